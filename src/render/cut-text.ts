import fastStringWidth, { isOneColumnText } from './fast-string-width.js';

/** What a cut text ends with: one column wide. */
export const ELLIPSIS = '…';

/**
 * The most UTF-16 code units a cut text keeps per column of its width: room for the longest
 * emoji sequences, but a run of combining marks (zero columns each) cannot make a cell megabytes long.
 */
export const UNITS_PER_COLUMN = 16;

// Made on first use: building a segmenter loads ICU data, a noticeable part of a cold start,
// and most output is plain text that never needs one.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
// A line break is counted as the space it becomes.
const LINE_BREAK = /^[\r\n]/;
const oneLine = (text: string): string => text.replace(/\r\n|[\r\n]/g, ' ');
// "Force name…", not "Force …": the ellipsis goes straight after the last word kept.
const ellipsis = (kept: string): string => `${kept.trimEnd()}${ELLIPSIS}`;

/**
 * `text` if it fits in `width` terminal columns (and `UNITS_PER_COLUMN * width` code units),
 * else its longest start of whole graphemes that fits in `width - 1` (less any spaces it ends
 * with), followed by `ELLIPSIS`;
 * line breaks become spaces. Reads no more of the text than that, so cutting a name of
 * megabytes costs no more than cutting a short one.
 */
export function cutText(text: string, width: number): string {
  if (width < 1) return '';
  const head = text.slice(0, width + 1);
  if (isOneColumnText(head)) return text.length <= width ? text : ellipsis(head.slice(0, width - 1));
  // Intl.Segmenter reads all of the string it is given up front (about a second for a few
  // megabytes), so it is given a window of the text, grown only while that is too little to decide.
  for (let window = 4 * width + 16; ; window *= 2) {
    const cut = cutWithin(text, width, window);
    if (cut !== undefined) return oneLine(cut);
  }
}

/** The cut of `text` decided from its first `window` code units, or undefined when they are too few. */
function cutWithin(text: string, width: number, window: number): string | undefined {
  const whole = text.length <= window;
  const part = whole ? text : text.slice(0, window);
  const limit = UNITS_PER_COLUMN * width;
  let used = 0;
  let keep = 0;
  for (const { segment, index } of graphemes().segment(part)) {
    const end = index + segment.length;
    if (end > limit) return ellipsis(text.slice(0, keep));
    // The window's last grapheme may go on past it: only the whole text's last one is complete.
    if (!whole && end === part.length) return undefined;
    used += LINE_BREAK.test(segment) ? 1 : fastStringWidth(segment);
    if (used > width) return ellipsis(text.slice(0, keep));
    if (used <= width - 1) keep = end;
  }
  return whole ? text : undefined;
}
