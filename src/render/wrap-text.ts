import fastStringWidth, { isOneColumnText } from './fast-string-width.js';

/**
 * Greedy word wrap that keeps the text's own spacing between the words it keeps on a line; a
 * word longer than the width is split, so no text is ever cut off. Widths are terminal columns:
 * `width` for the first line, `restWidth` (default the same) for every line after it (a label or
 * a hanging indent before the first line).
 */
export function wrapText(text: string, width: number, restWidth: number = width): string[] {
  const lines: string[] = [];
  const spacing = /\s+/g;
  for (let from = 0; from <= text.length;) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    wrapParagraph(text, from, end, spacing, lines, width, restWidth);
    from = end + 1;
  }
  return lines;
}

/**
 * One paragraph, `text[from, end)`, onto `lines`. A line is held as ranges of the text, one in
 * all but lines of zero-width words (whose spacing is dropped), and sliced once when complete:
 * building it by concatenation held a rope node per word, and splitting the paragraph into
 * words first a string per word, a 15 MB text taking 580 MB (docs/performance.md).
 */
function wrapParagraph(text: string, from: number, end: number, spacing: RegExp, lines: string[], width: number, restWidth: number): void {
  const ranges: number[] = [];
  const take = (): string => {
    let line = '';
    for (let r = 0; r < ranges.length; r += 2) line += text.slice(ranges[r], ranges[r + 1]);
    ranges.length = 0;
    return line;
  };
  let lineWidth = 0;
  let space = 0;
  // In a paragraph of one-column text (most are) a word's width is its length: no word need be
  // cut out and measured, unless it is too long for a line.
  const oneColumn = isOneColumnText(from === 0 && end === text.length ? text : text.slice(from, end));
  for (let at = from; ;) {
    spacing.lastIndex = at;
    const found = spacing.exec(text);
    const wordEnd = found === null || found.index >= end ? end : found.index;
    const wordWidth = oneColumn ? wordEnd - at : fastStringWidth(text.slice(at, wordEnd));
    const joined = lineWidth + (lineWidth > 0 ? space : 0) + wordWidth;
    if (joined <= (lines.length === 0 ? width : restWidth)) {
      // With a width, the line ends where this word's spacing starts: the range grows over both.
      if (lineWidth > 0) ranges[ranges.length - 1] = wordEnd;
      else if (wordEnd > at) ranges.push(at, wordEnd);
      lineWidth = joined;
    } else {
      if (lineWidth > 0) lines.push(take());
      ranges.length = 0;
      const limit = lines.length === 0 ? width : restWidth;
      const word = text.slice(at, wordEnd);
      const pieces = wordWidth > limit ? splitWord(word, Math.min(limit, restWidth)) : [word];
      const last = pieces.pop() ?? '';
      for (const piece of pieces) lines.push(piece);
      // The pieces are the word in order, so the last is its end.
      if (last !== '') ranges.push(wordEnd - last.length, wordEnd);
      lineWidth = pieces.length === 0 ? wordWidth : fastStringWidth(last);
    }
    if (wordEnd >= end) break;
    const spaceEnd = Math.min(end, found!.index + found![0].length);
    space = spaceEnd - wordEnd;
    at = spaceEnd;
  }
  if (lineWidth > 0 || lines.length === 0) lines.push(take());
}

// eslint-disable-next-line no-control-regex -- the SGR codes that `createStyle` writes.
const CHARACTER_OR_COLOUR = /\u001b\[[0-9;]*m|[\s\S]/gu;

/**
 * A word in pieces of at most `width` columns (at least one character each), in one pass; a
 * piece ends after its last hyphen when it has one ("neighbourhood-" "policing").
 */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  if (isOneColumnText(word)) {
    for (let start = 0; start < word.length;) {
      let end = Math.min(word.length, start + width);
      // Searched within the piece only: a long word is split in time linear in its length.
      const hyphen = end < word.length ? word.slice(start, end).lastIndexOf('-') : -1;
      if (hyphen > 0) end = start + hyphen + 1;
      pieces.push(word.slice(start, end));
      start = end;
    }
    return pieces;
  }
  // string-width is slow per call (an emoji regex each time), and such text repeats its characters.
  const widths = new Map<string, number>();
  let piece = '';
  let used = 0;
  // A colour code is one zero-width unit, never cut in two.
  for (const [character] of word.matchAll(CHARACTER_OR_COLOUR)) {
    let next = widths.get(character);
    if (next === undefined) widths.set(character, next = fastStringWidth(character));
    if (piece !== '' && used + next > width) {
      const hyphen = piece.lastIndexOf('-');
      const rest = hyphen > 0 ? piece.slice(hyphen + 1) : '';
      pieces.push(hyphen > 0 ? piece.slice(0, hyphen + 1) : piece);
      piece = rest;
      used = rest === '' ? 0 : fastStringWidth(rest);
    }
    piece += character;
    used += next;
  }
  pieces.push(piece);
  return pieces;
}
