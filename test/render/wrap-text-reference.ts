// The word wrapper as it was before it worked on offsets (commit b207487): the reference the
// property test holds the new one to. Not used by src/.
import fastStringWidth, { isOneColumnText } from '../../src/render/fast-string-width.js';

/**
 * Greedy word wrap that keeps the text's own spacing between the words it keeps on a line; a
 * word longer than the width is split, so no text is ever cut off. Widths are terminal columns:
 * `width` for the first line, `restWidth` (default the same) for every line after it (a label or
 * a hanging indent before the first line).
 */
export function referenceWrapText(text: string, width: number, restWidth: number = width): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const parts = paragraph.split(/(\s+)/);
    let line = '';
    let lineWidth = 0;
    let space = '';
    for (let i = 0; i < parts.length; i += 2) {
      const word = parts[i] ?? '';
      const wordWidth = fastStringWidth(word);
      const joined = lineWidth + (lineWidth > 0 ? space.length : 0) + wordWidth;
      if (joined <= (lines.length === 0 ? width : restWidth)) {
        line += (lineWidth > 0 ? space : '') + word;
        lineWidth = joined;
      } else {
        if (lineWidth > 0) lines.push(line);
        const limit = lines.length === 0 ? width : restWidth;
        const pieces = wordWidth > limit ? splitWord(word, Math.min(limit, restWidth)) : [word];
        const last = pieces.pop() ?? '';
        for (const piece of pieces) lines.push(piece);
        line = last;
        lineWidth = pieces.length === 0 ? wordWidth : fastStringWidth(last);
      }
      space = parts[i + 1] ?? '';
    }
    if (lineWidth > 0 || lines.length === 0) lines.push(line);
  }
  return lines;
}

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
