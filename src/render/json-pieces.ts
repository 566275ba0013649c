/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces, so that a document of tens of
 * megabytes (a national batch) is written as it is made instead of built as one object tree and
 * one string. The pieces joined are byte for byte the same text: objects are written an entry at
 * a time, arrays a few hundred elements at a time, each batch by `JSON.stringify` itself, nested
 * as deep as it stands in the document so that it is indented as there.
 */

/** A list whose elements are made into JSON values as they are written, a few hundred at a time. */
export class JsonList<T> {
  constructor(readonly items: readonly T[], readonly map: (item: T) => unknown) {}
}

/** A JSON array of `items.map(map)`, made as it is written (see `jsonPieces`). */
export const jsonList = <T>(items: readonly T[], map: (item: T) => unknown): JsonList<T> => new JsonList(items, map);

const indented = (text: string, indent: string): string => (indent === '' ? text : text.replaceAll('\n', `\n${indent}`));

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const isOmitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A plain object or array whose entries can be written one by one (no toJSON of its own). */
const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** Elements stringified together: one native call for many, in pieces of some tens of kB (below V8's large-object size). */
const BATCH = 64;

/** `value` inside `depth` arrays, so that JSON.stringify indents it as it stands in the document. */
const nested = (value: unknown, depth: number): unknown => (depth === 0 ? value : nested([value], depth - 1));

/** Where a list's elements start and how much follows them, when it is nested `depth` deep. */
const bounds = new Map<number, { start: number; end: number }>();
function boundsAt(depth: number): { start: number; end: number } {
  let b = bounds.get(depth);
  if (!b) {
    const probe = JSON.stringify(nested([0], depth), null, 2);
    bounds.set(depth, b = { start: probe.indexOf('0'), end: probe.length - probe.indexOf('0') - 1 });
  }
  return b;
}

function* elements<T>(items: readonly T[], map: (item: T) => unknown, indent: string): Generator<string> {
  if (items.length === 0) { yield '[]'; return; }
  const { start, end } = boundsAt(indent.length / 2);
  for (let from = 0; from < items.length; from += BATCH) {
    const batch = items.slice(from, from + BATCH).map((item) => map(item));
    // Stringified where it stands, the batch is its elements joined by ",\n" and the indent, indented as they should be.
    const text = JSON.stringify(nested(batch, indent.length / 2), null, 2);
    yield `${from === 0 ? '[' : ','}\n${indent}  ${text.slice(start, text.length - end)}`;
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
