import type { DocPath } from '../shared/paths.js';

/** A string token, or one structural character, of JSON text (numbers and literals lie between them). */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\]:,]/g;
const BLANK = /[ \t\n\r]*/y;

function skipBlank(text: string, at: number): number {
  BLANK.lastIndex = at;
  BLANK.test(text);
  return BLANK.lastIndex;
}

function nextToken(text: string, from: number): RegExpExecArray | null {
  TOKEN.lastIndex = from;
  return TOKEN.exec(text);
}

/** The offset just past the value that starts at `at` (a primitive ends before the next delimiter). */
function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === 34) return at + (nextToken(text, at) as RegExpExecArray)[0].length;
  if (first !== 123 && first !== 91) return at;
  let depth = 0;
  let from = at;
  for (;;) {
    const token = nextToken(text, from) as RegExpExecArray;
    from = token.index + token[0].length;
    const c = token[0].charCodeAt(0);
    if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) return from;
  }
}

/** The key and value offsets of an object's property (its only one: no key is named twice), or undefined. */
function propertyOf(text: string, at: number, name: string): { key: number; value: number } | undefined {
  let from = at + 1;
  for (;;) {
    const key = nextToken(text, from) as RegExpExecArray;
    if (key[0] === '}') return undefined;
    if (key[0] === ',') { from = key.index + 1; continue; }
    const colon = nextToken(text, key.index + key[0].length) as RegExpExecArray;
    const value = skipBlank(text, colon.index + 1);
    const raw = key[0];
    if ((raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1)) === name) return { key: key.index, value };
    from = skipValue(text, value);
  }
}

/** The offset of an array's element, or undefined. */
function elementOf(text: string, at: number, index: number): number | undefined {
  let value = skipBlank(text, at + 1);
  if (text.charCodeAt(value) === 93) return undefined;
  for (let i = 0; i < index; i++) {
    const after = nextToken(text, skipValue(text, value)) as RegExpExecArray;
    if (after[0] !== ',') return undefined;
    value = skipBlank(text, after.index + 1);
  }
  return value;
}

/**
 * The offset of a path's value in valid JSON text that names no key twice in one object, or of its
 * key when `atKey` is set and the whole path exists; else of the deepest value on the path that
 * does. The same offsets as jsonc-parser's tree (`parseTree`) gives, found by scanning only the
 * text before the value: positioning one problem then costs no tree of the whole file.
 */
export function locateInJson(text: string, path: DocPath, atKey = false): number {
  let at = skipBlank(text, 0);
  let key = -1;
  for (const segment of path) {
    const c = text.charCodeAt(at);
    let next: { key: number; value: number } | undefined;
    if (c === 123) next = propertyOf(text, at, String(segment));
    else if (c === 91 && typeof segment === 'number') {
      const value = elementOf(text, at, segment);
      next = value === undefined ? undefined : { key: -1, value };
    }
    if (next === undefined) return at;
    at = next.value;
    key = next.key;
  }
  return atKey && key >= 0 ? key : at;
}
