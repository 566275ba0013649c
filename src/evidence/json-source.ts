import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Diagnostic, Loaded } from '../shared/diagnostics.js';
import type { DocPath } from '../shared/paths.js';
import { LineIndex, type Position } from '../shared/positions.js';
import { quote } from '../shared/quote.js';
import { explainJsonSyntax } from './json-syntax.js';
import { locateInJson } from './json-locate.js';
import { JsonOffsets } from './json-offsets.js';

/** Arrays and objects nested deeper than this are refused: no input may exhaust the stack. */
export const MAX_JSON_DEPTH = 256;

/** Problems positioned by a scan of the text before the tree is built (each scan reads up to the whole text). */
const MAX_SCANNED_LOCATES = 8;

/** A parsed JSON document and the means to position any path in it. */
export interface JsonSource {
  data: unknown;
  /** Position of a path's value, or of its key when `atKey` is set. */
  locate(path: DocPath, atKey?: boolean): Position;
}

/**
 * Counts object keys in the source text of valid JSON: colons whose previous non-blank character
 * is a quote preceded by an even number of backslashes. Every key ends that way (a colon outside
 * a string follows a key's closing quote, and a quote inside a string is always escaped). The
 * only other colon that does is one right after a string's opening quote (a string that starts
 * with ":"), so the count is never too low, and too high only costs the careful path: with
 * text ≥ keys ≥ parsed keys, equal counts prove there is no duplicate. Colons are far fewer than
 * quotes, so this visits little of the text: it runs on every file a batch reads.
 */
function countKeyTokens(text: string): number {
  let keys = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    for (let c = text.charCodeAt(before); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(--before));
    if (text.charCodeAt(before) !== 34) continue;
    let slashes = 0;
    while (text.charCodeAt(before - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) keys++;
  }
  return keys;
}

/**
 * Counts the keys of every object in a parsed value, or returns -1 as soon as it finds arrays
 * and objects nested deeper than MAX_JSON_DEPTH (so the recursion itself is bounded).
 */
function countParsedKeys(value: unknown, level = 1): number {
  if (level > MAX_JSON_DEPTH) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    // An index, not for…of: until V8 optimises it, an array iterator costs several times more per item.
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      const inner = countParsedKeys(item, level + 1);
      if (inner < 0) return -1;
      keys += inner;
    }
    return keys;
  }
  for (const key in value as Record<string, unknown>) {
    keys++;
    const item = (value as Record<string, unknown>)[key];
    if (item === null || typeof item !== 'object') continue;
    const inner = countParsedKeys(item, level + 1);
    if (inner < 0) return -1;
    keys += inner;
  }
  return keys;
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

function cleanSyntaxMessage(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, (?:\.\.\.)?".*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of the file (truncated JSON?)')
    .replace(/^Unexpected /, 'unexpected ');
}

/**
 * The offset and message of a JSON syntax error. JSON.parse is the judge; `explainJsonSyntax`
 * names the mistake and where it is (a comment, a trailing comma, curly quotes, an unclosed
 * bracket…). Should it find nothing, JSON.parse's own message is used, positioned as before.
 */
function syntaxError(message: string, text: string): { offset: number; message: string } {
  const explained = explainJsonSyntax(text, MAX_JSON_DEPTH);
  if (explained) return explained;
  const position = /at position (\d+)/.exec(message);
  if (position) return { offset: Number(position[1]), message: `invalid JSON: ${cleanSyntaxMessage(message)}` };
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const token = text.slice(first.offset, first.offset + first.length);
    return { offset: first.offset, message: token.trim() === '' ? 'invalid JSON: unexpected end of the file (truncated JSON?)' : `invalid JSON: unexpected token '${token}'` };
  }
  return { offset: text.length, message: `invalid JSON: ${cleanSyntaxMessage(message)}` };
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
 * Duplicate keys fail the parse, but the parsed value (the last one wins, as in JSON.parse)
 * comes back as `partial`, so a caller can go on to report the file's other problems too.
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
    const syntax = syntaxError(message, text);
    return fail('syntax-error', syntax.message, syntax.offset);
  }
  const keys = data !== null && typeof data === 'object' ? countParsedKeys(data) : 0;
  if (keys < 0) {
    return fail('nesting-too-deep', `the JSON nests arrays and objects more than ${MAX_JSON_DEPTH} deep`, excessiveNesting(text) ?? 0);
  }

  const diagnostics: Diagnostic[] = [];
  // Equal counts prove that no object names a key twice: then a few problems are positioned by
  // scanning the text (json-locate.ts), and only more than that index the offsets.
  let scans = countKeyTokens(text) === keys ? MAX_SCANNED_LOCATES : 0;
  if (scans === 0) {
    const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
    for (const key of root ? findDuplicateKeys(root) : []) {
      diagnostics.push({ code: 'duplicate-key', severity: 'error', file, ...position(key.offset),
        message: `duplicate key ${quote(String(key.value))}: JSON keeps only the last one, so the earlier value would be silently lost` });
    }
  }
  let offsets: JsonOffsets | undefined;
  const locate = (path: DocPath, atKey = false): Position => {
    if (offsets === undefined && scans-- > 0) return position(locateInJson(text, path, atKey));
    return position((offsets ??= new JsonOffsets(text)).locate(path, atKey));
  };
  const value = { data, locate };
  return diagnostics.length > 0 ? { ok: false, diagnostics, partial: value } : { ok: true, value, diagnostics };
}
