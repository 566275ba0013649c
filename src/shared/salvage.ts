import type { Diagnostic } from './diagnostics.js';

/**
 * Helpers for reading what is still readable in a document that failed its JSON Schema, so that
 * `validate` can report a file's semantic problems together with its shape problems.
 *
 * Salvaged arrays are sparse: an item the checks could not read is left as a hole, so every
 * item kept has its index in the file and issues about it are positioned correctly. The checks
 * that take salvaged documents iterate with forEach/filter/some, which skip holes.
 */

/** True for a plain JSON/YAML mapping (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The items of `value` (if it is an array) that `read` can turn into T, at their own indices. */
export function sparseItems<T>(value: unknown, read: (item: Record<string, unknown>) => T | undefined): T[] {
  const out: T[] = [];
  if (!Array.isArray(value)) return out;
  out.length = value.length;
  value.forEach((item, index) => {
    const kept = isRecord(item) ? read(item) : undefined;
    if (kept !== undefined) out[index] = kept;
  });
  return out;
}

/** A string field, or undefined when it is missing or not a string. */
export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** The diagnostics of `more` that do not repeat one of `found` (same code at the same place). */
export function withoutRepeats(found: readonly Diagnostic[], more: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.code}@${d.line}:${d.column}`;
  const seen = new Set(found.map(key));
  return more.filter((d) => !seen.has(key(d)));
}
