/**
 * Orders strings by UTF-16 code unit, the same on every machine and locale (never
 * localeCompare): every sort that decides output order uses it, so output is deterministic.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
