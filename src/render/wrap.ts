import { wrapText } from './wrap-text.js';
import fastStringWidth from './fast-string-width.js';

/** How a wrapped paragraph begins its lines. */
export interface Hang {
  /** Before the first line: an indent or a label (counted in the width). */
  first?: string;
  /** Before every other line: a hanging indent. Default: as wide as `first`, in spaces. */
  rest?: string;
  /** Colours `first` (the label); the text and the indents stay as they are. */
  paintFirst?: (text: string) => string;
  /** Colours each line's text (after wrapping, so the colour never counts in the width). */
  paint?: (text: string) => string;
}

/**
 * A paragraph of text output wrapped to `width` columns, with a label or indent before its first
 * line and a hanging indent before the others (see `wrapText`: words are never split unless one
 * is wider than a line). The text should be one line (sanitised: `sanitizeLine`); colour codes in
 * it take no columns. Without a width, the label and the text as one line.
 */
export function wrapParagraph(text: string, width: number | undefined, hang: Hang = {}): string[] {
  const first = hang.first ?? '';
  const paintText = hang.paint ?? ((line: string) => line);
  const label = hang.paintFirst && first.trim() !== '' ? hang.paintFirst(first) : first;
  if (width === undefined) return [`${label}${text === '' ? '' : paintText(text)}`];
  const firstWidth = fastStringWidth(first);
  const rest = hang.rest ?? ' '.repeat(firstWidth);
  const lines = wrapText(text, Math.max(1, width - firstWidth), Math.max(1, width - fastStringWidth(rest)));
  return lines.map((line, i) => `${i === 0 ? label : rest}${line === '' ? '' : paintText(line)}`);
}
