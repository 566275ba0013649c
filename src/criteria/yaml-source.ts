import { createRequire } from 'node:module';
import { longRun } from '../io/compiler.js';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import type { Diagnostic, Issue } from '../shared/diagnostics.js';
import type { DocPath } from '../shared/paths.js';
import { LineIndex } from '../shared/positions.js';

/** The `yaml` package's API, as the loaders use it. */
export type YamlLibrary = typeof import('yaml');
let library: YamlLibrary | undefined;
let loader: (() => YamlLibrary) | undefined;

/**
 * Tells the loaders how to load the YAML parser when they first need it. Only an entry point
 * does this (bin/grade.js, through `main`: the parser bundled with its compiled code cached);
 * without it, the `yaml` package is required.
 */
export function useYamlLibrary(load: (() => YamlLibrary) | undefined): void {
  loader = load;
  library = undefined;
}

/**
 * The YAML parser, loaded on first use: most runs read no YAML at all (the shipped criteria
 * and registry are parsed at build time, and a registry written as JSON skips it), and loading
 * it is a large part of a cold start (docs/performance.md).
 */
function yaml(): YamlLibrary {
  return (library ??= loader?.() ?? (createRequire(import.meta.url)('yaml') as YamlLibrary));
}

type Ranged = { range?: [number, number, number] | null };

function startOf(node: unknown): number | undefined {
  return (node as Ranged | null)?.range?.[0] ?? undefined;
}

/**
 * The character offset of a path in a parsed YAML document: the value's start, or the key's
 * start when `atKey` is set. A path that runs out early resolves to the deepest node found.
 */
export function yamlOffset(doc: Document, path: DocPath, atKey = false): number {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const keyStart = startOf(pair.key);
      if (last && atKey && keyStart !== undefined) return keyStart;
      node = pair.value;
      offset = startOf(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: YamlNode | undefined = node.items[segment] as YamlNode | undefined;
      if (item === undefined) return offset;
      node = item;
      offset = startOf(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** YAML aliases expanded at most this many times per document: refuses "billion laughs" files fast. */
const MAX_ALIAS_COUNT = 1000;

/** From this length, parsing YAML is a long run (src/io/compiler.ts; docs/decisions.md, "A long YAML file is a long run"). */
const LONG_PARSE_CHARS = 64 * 1024;

/**
 * How every YAML file is read: duplicate keys refused; the YAML 1.2 core schema whatever a
 * `%YAML 1.1` directive says (so `yes` stays a string and `010` a decimal), without the 1.1 types
 * the parser would otherwise resolve when tagged (`!!binary`, `!!set`, `!!omap`, `!!pairs`,
 * `!!timestamp`), so such a tag is unresolved and refused; every mapping key a string as written
 * (a list or mapping as a key is an error, not a key stringified behind the author's back); and
 * no process warnings (`logLevel`), since every problem comes back as a diagnostic instead.
 */
const YAML_OPTIONS = {
  uniqueKeys: true, prettyErrors: false, strict: true,
  schema: 'core', resolveKnownTags: false, stringKeys: true, logLevel: 'error',
} as const;

/** The core schema's tags, which only say (or force) a type plain YAML has: the ones allowed. */
const CORE_TAG_KINDS: Record<string, string> = {
  str: 'a string', int: 'a whole number', float: 'a number', bool: 'true or false', null: 'null', seq: 'a list', map: 'a mapping',
};
const CORE_TAGS = Object.keys(CORE_TAG_KINDS).map((name) => `!!${name}`).join(', ');

/** The tag written at an offset (`!foo`, `!!binary`, `!<tag:…>`, `!e!x`), as its author wrote it. */
function tagAt(text: string, offset: number): string | undefined {
  return /^!(?:<[^>\n]*>|[^\s,[\]{}]*)/.exec(text.slice(offset, offset + 1024))?.[0];
}

type At = (offset: number, code: Diagnostic['code'], message: string) => Diagnostic;

/** A tag the core schema has no type for, or a core tag its value does not fit. */
function unresolvedTag(text: string, warning: YAMLError, at: At): Diagnostic {
  const offset = warning.pos[0];
  const resolved = /^Unresolved tag: (\S+)/.exec(warning.message)?.[1];
  const core = resolved?.startsWith('tag:yaml.org,2002:') ? CORE_TAG_KINDS[resolved.slice('tag:yaml.org,2002:'.length)] : undefined;
  const written = tagAt(text, offset) ?? resolved ?? 'here';
  if (core !== undefined) return at(offset, 'invalid-value', `the value tagged ${written} is not ${core} as YAML's core schema writes one (leave the tag out?)`);
  return at(offset, 'unknown-tag', `the YAML tag ${written} is not supported (only ${CORE_TAGS} are): its value would not be read as written`);
}

/** A mapping key that is not plain text: a list or mapping, an alias, or a tag other than `!!str`. */
function nonStringKey(text: string, offset: number, at: At): Diagnostic {
  const tag = text[offset] === '!' ? tagAt(text, offset) : undefined;
  if (tag !== undefined) return at(offset, 'unknown-tag', `a mapping key must be plain text, not tagged ${tag}`);
  if (text[offset] === '*') return at(offset, 'complex-key', `a mapping key must be plain text, not an alias (${/^\*[^\s,[\]{}]*/.exec(text.slice(offset))?.[0] ?? '*'})`);
  return at(offset, 'complex-key', 'a mapping key must be plain text, not a list or mapping (YAML complex keys are not supported)');
}

/** A YAML text parsed for checking. */
export interface YamlSource {
  /** The top-level mapping; undefined when the text is not one (the diagnostics say why). */
  data: Record<string, unknown> | undefined;
  /** Problems of parsing: syntax errors, duplicate keys, unsupported tags and keys, a top level that is not a mapping. */
  diagnostics: Diagnostic[];
  /** Positions an issue found in `data` at its place in the text. */
  locate: (issue: Issue) => Diagnostic;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** What a person can do about the YAML parser's commonest complaints, said after them. */
const SYNTAX_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/^Nested mappings are not allowed in compact mappings/, 'a text with ": " in it needs quotes (text: "Trends: analysed")'],
  [/block sequence may not be used as an implicit map key|must start at the same column|Sequence item without - indicator/,
    'check this line\'s indentation: the items of one list or mapping start in the same column'],
];

/** The parser's message, with what to do about it when it is a common one. */
function syntaxMessage(message: string): string {
  const text = firstLine(message);
  const hint = SYNTAX_HINTS.find(([pattern]) => pattern.test(text));
  return hint ? `${text}; ${hint[1]}` : text;
}

/**
 * Parses YAML strictly (duplicate keys, tags outside the core schema and keys that are not plain
 * text refused; aliases limited; see YAML_OPTIONS). After a syntax error nothing
 * else can be trusted, so `data` is undefined; after a duplicate key (the last one wins) the
 * rest can still be checked, so every problem is reported in one run. `what` names the kind of
 * file in messages ("a criteria file").
 */
export function parseYamlSource(text: string, file: string, what: string): YamlSource {
  // A long parse (a registry of thousands of forces) repays V8's optimising compiler, which a busy command turns off.
  if (text.length >= LONG_PARSE_CHARS) longRun();
  const lines = new LineIndex(text);
  const at = (offset: number, code: Diagnostic['code'], message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic =>
    ({ code, severity, message, file, ...lines.position(offset) });
  const doc = yaml().parseDocument(text, YAML_OPTIONS);
  const locate = (issue: Issue): Diagnostic => at(yamlOffset(doc, issue.path, issue.atKey), issue.code, issue.message, issue.severity);
  const syntaxError = (source: string, error: YAMLError): Diagnostic => {
    if (error.code === 'MULTIPLE_DOCS') {
      return at(documentMarkerBefore(source, error.pos[0]), 'syntax-error',
        `a second YAML document starts at this "---" line: ${what} is one document; remove the line, or split the file in two`);
    }
    const quote = openingQuote(source, error);
    return quote === undefined ? at(error.pos[0], 'syntax-error', syntaxMessage(error.message))
      : at(quote, 'syntax-error', `the quoted string that starts here is never closed (missing ${source[quote]})`);
  };
  const structural = firstStructuralError(text, doc.errors);
  const diagnostics = doc.errors.filter((error) => error.code === 'DUPLICATE_KEY').map((error) =>
    at(error.pos[0], 'duplicate-key', `duplicate key${keyAt(text, error.pos[0])}: YAML keeps only the last one, so the earlier value would be silently lost`));
  if (structural !== undefined) {
    const error = structural.error;
    diagnostics.push(structural.tabs !== undefined ? at(error.pos[0], 'syntax-error', structural.tabs)
      : error.code === 'NON_STRING_KEY' ? nonStringKey(text, error.pos[0], at)
      : /Maximum call stack/.test(error.message) ? at(error.pos[0], 'nesting-too-deep', 'the YAML nests too deeply to read')
      : syntaxError(text, error));
  }
  // The parser only warns about a tag it cannot resolve, and keeps the value as a plain string:
  // a value read otherwise than its author meant. Here it is an error.
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') diagnostics.push(unresolvedTag(text, warning, at));
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  // Past a structural error the parser's picture of the file is a guess: keep only what comes before it.
  if (structural !== undefined) {
    const reported = diagnostics.findIndex((d) => isStructural(d.code));
    if (reported >= 0) diagnostics.splice(reported + 1);
  }
  if (diagnostics.some((d) => d.code !== 'duplicate-key')) return { data: undefined, diagnostics, locate };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = firstLine(String((error as Error).message));
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(message);
    diagnostics.push(unresolved
      ? at(aliasOffset(doc, unresolved[1] ?? ''), 'syntax-error', `unknown alias *${unresolved[1]}: no anchor &${unresolved[1]} comes before it`)
      : at(0, 'alias-limit', `the YAML expands aliases too many times (${message})`));
    return { data: undefined, diagnostics, locate };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(at(0, 'invalid-type', `${what} must be a YAML mapping, not ${data === null ? 'empty' : Array.isArray(data) ? 'a sequence' : 'a scalar'}`));
    return { data: undefined, diagnostics, locate };
  }
  return { data: data as Record<string, unknown>, diagnostics, locate };
}

/** Where the `---` line that starts the document holding `offset` is (the parser points past it). */
function documentMarkerBefore(text: string, offset: number): number {
  let found = offset;
  for (const match of text.matchAll(/^---(?=[ \t\r\n]|$)/gm)) {
    if (match.index > offset) break;
    found = match.index;
  }
  return found;
}

const isStructural = (code: Diagnostic['code']): boolean => code === 'syntax-error' || code === 'complex-key' || code === 'nesting-too-deep';

/**
 * The one error of the file's structure to report (any error but a duplicate key): after the
 * first, the parser's others are mostly its consequences (a tab used to indent one line gives a
 * dozen). A tab that indents a line is the likeliest cause of everything else, so it is the one
 * reported, with the other lines a tab indents; otherwise the first error in the text.
 */
function firstStructuralError(text: string, errors: readonly YAMLError[]): { error: YAMLError; tabs?: string } | undefined {
  const structural = errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  if (structural.length === 0) return undefined;
  const first = structural.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  const tabs = structural.filter((error) => error.code === 'TAB_AS_INDENT');
  if (tabs.length === 0) return { error: first };
  const lines = new LineIndex(text);
  const lineOf = (error: YAMLError): number => lines.position(error.pos[0]).line;
  const tab = tabs.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  // A tab after an unrelated earlier error is not that error's cause.
  if (lineOf(first) < lineOf(tab)) return { error: first };
  // The parser stops seeing tabs once the structure is lost: the other lines are found in the text.
  const others = tabIndentedLines(text).filter((line) => line > lineOf(tab));
  const more = others.length === 0 ? ''
    : ` (so ${others.length === 1 ? 'is line' : 'are lines'} ${others.slice(0, 5).join(', ')}${others.length > 5 ? `, and ${others.length - 5} more` : ''})`;
  return { error: tab, tabs: `this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces${more}` };
}

/** The 1-based numbers of the lines whose indentation holds a tab, in order. */
function tabIndentedLines(text: string): number[] {
  const found: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (/^[ \t]*\t[ \t]*\S/.test(line)) found.push(index + 1);
  });
  return found;
}

/** The first use of an alias in a document. */
function aliasOffset(doc: Document, name: string): number {
  const { visit } = yaml();
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (node.source !== name) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Where to point at a YAML syntax error. The parser reports an unclosed quoted string at the
 * end of the file, where it gave up; the reader needs its opening quote, which is the last
 * unescaped quote of that kind before the end (the string holds no closing one).
 */
function openingQuote(text: string, error: YAMLError): number | undefined {
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote === undefined) return undefined;
  for (let i = Math.min(error.pos[0], text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i - 1] === "'") { i--; continue; }
    if (quote === '"') {
      let slashes = 0;
      while (text[i - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 1) continue;
    }
    return i;
  }
  return undefined;
}

/** ` "name"` for the plain or quoted mapping key written at an offset, or nothing. */
function keyAt(text: string, offset: number): string {
  const key = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^:#\n]*?))\s*:/.exec(text.slice(offset, offset + 200));
  const name = key?.[1] ?? key?.[2]?.replace(/''/g, "'") ?? key?.[3];
  return name ? ` "${name}"` : '';
}
