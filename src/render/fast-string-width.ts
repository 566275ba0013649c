import stringWidth from 'string-width';

// Printable ASCII, Latin-1 and Latin Extended letters, and the visible General Punctuation
// (dashes, curly quotes, bullets, ellipsis) and the status marks our tables draw (✓ ✔ ✖ ✘ ◐):
// one column each, with no escape codes to strip.
const ONE_COLUMN_TEXT = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20ac\u2713\u2714\u2716\u2718\u25d0]*$/;

/** Whether every UTF-16 code unit of `text` is one terminal column (so its width is its length). */
export function isOneColumnText(text: string): boolean {
  return ONE_COLUMN_TEXT.test(text);
}

/**
 * string-width with a fast path. The real function runs a very large emoji regex over every
 * string, which made measuring table cells most of `grade`'s start-up. The build routes the
 * `string-width` import of dependencies here too.
 */
export default function fastStringWidth(text: string): number {
  return ONE_COLUMN_TEXT.test(text) ? text.length : stringWidth(text);
}
