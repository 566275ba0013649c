/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces, so that a document of tens of
 * megabytes (a national batch) is written as it is made instead of built as one object tree and
 * one string. The pieces joined are byte for byte the same text: objects are written an entry at
 * a time, arrays an element at a time (each element with `JSON.stringify`, re-indented: JSON
 * escapes every newline inside a string, so each newline in its text starts a line).
 */

/** A list whose elements are made into JSON values one at a time, as they are written. */
export class JsonList<T> {
  constructor(readonly items: readonly T[], readonly map: (item: T) => unknown) {}
}

/** A JSON array of `items.map(map)`, made an element at a time (see `jsonPieces`). */
export const jsonList = <T>(items: readonly T[], map: (item: T) => unknown): JsonList<T> => new JsonList(items, map);

const indented = (text: string, indent: string): string => (indent === '' ? text : text.replaceAll('\n', `\n${indent}`));

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const isOmitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A plain object or array whose entries can be written one by one (no toJSON of its own). */
const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

function* elements<T>(items: readonly T[], map: (item: T) => unknown, indent: string): Generator<string> {
  if (items.length === 0) { yield '[]'; return; }
  const inner = `${indent}  `;
  for (let i = 0; i < items.length; i++) {
    const text = JSON.stringify(map(items[i] as T), null, 2) ?? 'null';
    yield `${i === 0 ? '[' : ','}\n${inner}${indented(text, inner)}`;
  }
  yield `\n${indent}]`;
}

function* entries(object: object, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let written = 0;
  for (const [key, value] of Object.entries(object)) {
    if (isOmitted(value)) continue;
    yield `${written++ === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* pieces(value, inner);
  }
  yield written === 0 ? '{}' : `\n${indent}}`;
}

const same = (item: unknown): unknown => item;

function* pieces(value: unknown, indent: string): Generator<string> {
  if (value instanceof JsonList) yield* elements(value.items as unknown[], value.map, indent);
  else if (Array.isArray(value)) yield* elements(value as unknown[], same, indent);
  else if (isContainer(value)) yield* entries(value, indent);
  else yield indented(JSON.stringify(value, null, 2) ?? 'null', indent);
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, where `value` may hold `JsonList`s (written as
 * the arrays they stand for). Pure: nothing is written, and each piece is made when asked for.
 */
export function jsonPieces(value: unknown): Generator<string> {
  return pieces(value, '');
}
