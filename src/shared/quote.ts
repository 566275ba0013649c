/** Longest piece of user text quoted in a message; longer text is cut with an ellipsis. */
export const MAX_QUOTED = 60;

/** What JSON leaves as it is but a reader could not see or tell apart: outside printable ASCII. */
const UNUSUAL = /[^\x20-\x7e]/g;

const asEscape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text as it appears between the quotes of `quote`: JSON escapes, and every code unit outside
 * printable ASCII as `\uXXXX`, so an invisible character (U+200B) or a look-alike letter
 * (Cyrillic "М") shows as what it is and two different ids never print the same.
 */
export function escapeVisibly(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(UNUSUAL, asEscape);
}

/**
 * A user-supplied value quoted for a message: JSON-quoted with `escapeVisibly` (so control,
 * invisible and non-ASCII characters show as escapes) and cut to `maxLength` code units, so no
 * input can flood, forge or disguise a diagnostic line. Printable ASCII is as `JSON.stringify`.
 */
export function quote(value: unknown, maxLength = MAX_QUOTED): string {
  const isString = typeof value === 'string';
  const text = isString ? value : JSON.stringify(value) ?? String(value);
  const cut = text.length > maxLength;
  const shown = cut ? text.slice(0, maxLength) : text;
  const ellipsis = cut ? '…' : '';
  return isString ? `"${escapeVisibly(shown)}${ellipsis}"` : `${shown.replace(UNUSUAL, asEscape)}${ellipsis}`;
}

/** Text cut to `maxLength` code units with an ellipsis, otherwise as it is: a name shown in a message's prose (display cells are cut by width in src/render/cut-text.ts). */
export function cutForMessage(text: string, maxLength = MAX_QUOTED): string {
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
