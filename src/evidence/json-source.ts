import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Diagnostic, Loaded } from '../shared/diagnostics.js';
import type { DocPath } from '../shared/paths.js';
import { LineIndex, type Position } from '../shared/positions.js';

/** Arrays and objects nested deeper than this are refused: no input may exhaust the stack. */
export const MAX_JSON_DEPTH = 256;

/** A parsed JSON document and the means to position any path in it. */
export interface JsonSource {
  data: unknown;
  /** Position of a path's value, or of its key when `atKey` is set. */
  locate(path: DocPath, atKey?: boolean): Position;
}

/**
 * Counts object keys in the source text of valid JSON: every string token followed by a colon.
 * A hand scan with indexOf rather than a regular expression: it runs on every file a batch reads.
 */
function countKeyTokens(text: string): number {
  let keys = 0;
  let start = text.indexOf('"');
  while (start !== -1) {
    let end = text.indexOf('"', start + 1);
    for (;;) {
      if (end === -1) return keys;
      let slashes = 0;
      for (let b = end - 1; text.charCodeAt(b) === 92; b--) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    let next = end + 1;
    for (let c = text.charCodeAt(next); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++next));
    if (text.charCodeAt(next) === 58) keys++;
    start = text.indexOf('"', next);
  }
  return keys;
}

/** Counts the keys of every object in a parsed value and checks its depth (iteratively). */
function countParsedKeys(root: unknown): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, level] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (level > depth) depth = level;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push([item, level + 1]);
    } else {
      for (const key in value) {
        keys++;
        const item = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push([item, level + 1]);
      }
    }
  }
  return { keys, depth };
}

/**
 * Offset of the first bracket that nests deeper than the limit, skipping strings, or undefined.
 * A linear scan: it runs before any recursive parser sees a text that might overflow the stack.
 */
function excessiveNesting(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) { // a string: skip to its closing quote
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (ch === 91 || ch === 123) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (ch === 93 || ch === 125) {
      depth--;
    }
  }
  return undefined;
}

function syntaxOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  // Some V8 messages ("Unexpected token") carry no position: ask a position-keeping parser.
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors[0]) return errors[0].offset;
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) {
    const lines = text.split(/\r\n|\r|\n/);
    let offset = 0;
    for (let i = 0; i < Number(lineColumn[1]) - 1; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  return text.length;
}

function cleanSyntaxMessage(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, (?:\.\.\.)?".*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of the file (truncated JSON?)')
    .replace(/^Unexpected /, 'unexpected ');
}

/** Walks a jsonc-parser tree for objects that name a key twice (JSON.parse keeps only the last). */
function findDuplicateKeys(root: JsonNode): JsonNode[] {
  const found: JsonNode[] = [];
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && seen.has(String(key.value))) found.push(key);
        else if (key) seen.add(String(key.value));
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Parses JSON strictly (JSON.parse is the judge of syntax) while keeping what it throws away:
 * duplicate keys are detected by comparing the key tokens in the text with the keys parsed,
 * and only when positions are needed is the text parsed again into a tree with offsets.
 */
export function parseJsonSource(input: string, file: string): Loaded<JsonSource> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let lineIndex: LineIndex | undefined;
  const position = (offset: number): Position => (lineIndex ??= new LineIndex(text)).position(offset);
  const fail = (code: Diagnostic['code'], message: string, offset: number): Loaded<JsonSource> =>
    ({ ok: false, diagnostics: [{ code, severity: 'error', message, file, ...position(offset) }] });

  if (text.trim() === '') return fail('syntax-error', 'the file is empty; expected a JSON object', 0);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = String((error as Error).message);
    const deep = excessiveNesting(text);
    if (error instanceof RangeError || deep !== undefined) {
      return fail('nesting-too-deep', `the JSON nests arrays and objects more than ${MAX_JSON_DEPTH} deep`, deep ?? 0);
    }
    return fail('syntax-error', `invalid JSON: ${cleanSyntaxMessage(message)}`, syntaxOffset(message, text));
  }
  const { keys, depth } = countParsedKeys(data);
  if (depth > MAX_JSON_DEPTH) {
    return fail('nesting-too-deep', `the JSON nests arrays and objects ${depth} deep; the limit is ${MAX_JSON_DEPTH}`, excessiveNesting(text) ?? 0);
  }

  let tree: JsonNode | undefined;
  const treeOf = (): JsonNode | undefined => (tree ??= parseTree(text, [], { disallowComments: true, allowTrailingComma: false }));
  if (countKeyTokens(text) !== keys) {
    const root = treeOf();
    const duplicates = root ? findDuplicateKeys(root) : [];
    if (duplicates.length > 0) {
      return { ok: false, diagnostics: duplicates.map((key) => ({ code: 'duplicate-key' as const, severity: 'error' as const,
        message: `duplicate key "${String(key.value)}": JSON keeps only the last one, so the earlier value would be silently lost`,
        file, ...position(key.offset) })) };
    }
  }
  const locate = (path: DocPath, atKey = false): Position => {
    const root = treeOf();
    if (!root) return position(0);
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
      if (!node) continue;
      if (atKey && n === path.length && node.parent?.type === 'property') return position(node.parent.offset);
      return position(node.offset);
    }
    return position(root.offset);
  };
  return { ok: true, value: { data, locate }, diagnostics: [] };
}
