import fastStringWidth from './fast-string-width.js';

/** The narrowest a column is shrunk to, padding included: one column of text. */
export const MIN_COLUMN = 3;

/** The columns a table of these column widths (padding included) takes, with its borders. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w, 0) + widths.length + 1;
}

/**
 * A column's floor before its words are split: its widest word, padding included (at least
 * MIN_COLUMN); with `hyphens`, a hyphenated word counts by its widest part, as it breaks after a
 * hyphen when it must ("neighbourhood-" "policing").
 */
export function wordFloor(texts: Iterable<string>, hyphens = false): number {
  const words = hyphens ? /\s+|(?<=-)/ : /\s+/;
  let widest = 0;
  for (const text of texts) {
    for (const word of text.split(words)) widest = Math.max(widest, fastStringWidth(word));
  }
  return Math.max(MIN_COLUMN, widest + 2);
}

/** Takes a column at a time from the widest of those above their floor until the widths sum to `budget`. */
function shrink(widths: number[], floors: readonly number[], budget: number): void {
  let excess = widths.reduce((sum, w) => sum + w, 0) - budget;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > (floors[i] ?? MIN_COLUMN) && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) return;
    widths[widest] = (widths[widest] ?? MIN_COLUMN) - 1;
    excess--;
  }
}

/**
 * Column widths (padding included) shrunk so that the table, borders and all, is at most `width`
 * columns: the widest columns give way first, down to each of `floors` in turn (such as each
 * column's widest word, then its widest part of a hyphenated word: no word is split while a
 * floor is enough), then down to `least` (default MIN_COLUMN each). Widths that fit already come
 * back as they are; a table of more columns than `width` can hold at `least` stays wider.
 */
export function fitColumns(widths: readonly number[], width: number, floors: ReadonlyArray<readonly number[]> = [], least: readonly number[] = []): number[] {
  const fitted = [...widths];
  const budget = width - widths.length - 1;
  const lowest = fitted.map((w, i) => Math.min(w, Math.max(MIN_COLUMN, least[i] ?? MIN_COLUMN)));
  for (const floor of [...floors, lowest]) {
    shrink(fitted, fitted.map((w, i) => Math.max(lowest[i] ?? MIN_COLUMN, Math.min(w, floor[i] ?? MIN_COLUMN))), budget);
  }
  return fitted;
}
