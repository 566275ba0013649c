import { cutText } from './cut-text.js';
import fastStringWidth from './fast-string-width.js';
import { wrapText } from './wrap-text.js';

/** A cell's text, and how to lay it out and colour it (the padding stays uncoloured). */
export interface BoxCell {
  text: string;
  paint?: (text: string) => string;
  /** `right` lines the text up on the column's right edge (counts); `left` by default. */
  align?: 'left' | 'right';
  /** `cut` keeps the cell on one line, cut with an ellipsis to the column's width; `wrap` (the default) wraps it. */
  overflow?: 'wrap' | 'cut';
  /** Spaces before each of its lines (within the column's width): a row under a heading row. */
  indent?: number;
}

/** A row: one cell per column, or one cell across the whole table. */
export type BoxRow = { cells: readonly BoxCell[] } | { span: BoxCell };

/** A table of fixed column widths. */
export interface BoxTable {
  /** Each column's width, counting one space of padding on either side. */
  widths: readonly number[];
  head: readonly BoxCell[];
  rows: readonly BoxRow[];
  /** Colours the border lines. */
  border?: (text: string) => string;
  /** No rule between rows, only above and below the table: short tables of one-line rows. */
  compact?: boolean;
}

/**
 * The widest a name or title is drawn in a table column, in terminal columns: longer ones are
 * cut with an ellipsis (see `cutText`), so no name can widen a table past the terminal.
 */
export const NAME_WIDTH = 36;

const plain = (text: string): string => text;

/**
 * A column's width (padding included) that fits its widest text, but no wider than `cap`
 * columns of text: what a `cut` cell of that column shows. Measures at most `cap + 1` columns of each text.
 */
export function columnWidth(texts: Iterable<string>, cap: number = NAME_WIDTH): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, fastStringWidth(cutText(text, cap)));
  return widest + 2;
}

function padded(cell: BoxCell, line: string, width: number): string {
  const fill = ' '.repeat(Math.max(0, width - 2 - fastStringWidth(line)));
  const text = line === '' ? '' : (cell.paint ?? plain)(line);
  return cell.align === 'right' ? ` ${fill}${text} ` : ` ${text}${fill} `;
}

function cellLines(cell: BoxCell, width: number): string[] {
  const indent = cell.indent ?? 0;
  const inner = Math.max(1, width - 2 - indent);
  const lines = cell.overflow === 'cut' ? [cutText(cell.text, inner)] : wrapText(cell.text, inner);
  return indent === 0 ? lines : lines.map((line) => (line === '' ? line : `${' '.repeat(indent)}${line}`));
}

/** A cell's text as its column measures it: with its indent. */
export function indentedText(cell: BoxCell): string {
  return cell.indent ? `${' '.repeat(cell.indent)}${cell.text}` : cell.text;
}

/** The column boundaries (1..n-1) a row draws a vertical line at. */
function boundaries(row: BoxRow | undefined, columns: number): boolean[] {
  return Array.from({ length: columns - 1 }, () => row !== undefined && !('span' in row));
}

/**
 * A horizontal rule between two rows (either undefined at the top or bottom), choosing each
 * junction by whether the rows above and below have a line there, as box drawing does.
 */
function rule(widths: readonly number[], above: BoxRow | undefined, below: BoxRow | undefined): string {
  const up = boundaries(above, widths.length);
  const down = boundaries(below, widths.length);
  const [left, right] = above === undefined ? ['┌', '┐'] : below === undefined ? ['└', '┘'] : ['├', '┤'];
  let line = left;
  widths.forEach((width, i) => {
    line += '─'.repeat(width);
    if (i === widths.length - 1) return;
    line += up[i] && down[i] ? '┼' : up[i] ? '┴' : down[i] ? '┬' : '─';
  });
  return line + right;
}

/** Drawn one-line cells of one table, by cell and width: tables share cells between rows (a grade, a dash). */
type DrawnCells = Map<BoxCell, { width: number; text: string }>;

/** A `cut` cell drawn at `width` (it is always one line), drawn once however many rows share it. */
function drawnCut(drawn: DrawnCells, cell: BoxCell, width: number): string {
  const hit = drawn.get(cell);
  if (hit !== undefined && hit.width === width) return hit.text;
  const text = padded(cell, cellLines(cell, width)[0] ?? '', width);
  drawn.set(cell, { width, text });
  return text;
}

function rowLines(widths: readonly number[], row: BoxRow, border: (text: string) => string, drawn: DrawnCells): string[] {
  const bar = border('│');
  if ('span' in row) {
    const width = widths.reduce((sum, w) => sum + w, 0) + widths.length - 1;
    return cellLines(row.span, width).map((line) => `${bar}${padded(row.span, line, width)}${bar}`);
  }
  if (row.cells.every((cell) => cell.overflow === 'cut')) {
    let line = bar;
    row.cells.forEach((cell, i) => { line += `${drawnCut(drawn, cell, widths[i] ?? 2)}${bar}`; });
    return [line];
  }
  const laid = row.cells.map((cell, i) => cellLines(cell, widths[i] ?? 2));
  const height = laid.reduce((most, lines) => Math.max(most, lines.length), 0);
  const lines: string[] = [];
  for (let l = 0; l < height; l++) {
    lines.push(`${bar}${row.cells.map((cell, i) => padded(cell, laid[i]?.[l] ?? '', widths[i] ?? 2)).join(bar)}${bar}`);
  }
  return lines;
}

/**
 * Draws a box table of fixed column widths, with full-width rows for group headings; every
 * table of the text output. Linear in its cells' text: cli-table3, which drew the batch and
 * list tables before, spent seconds on one 200,000-character name (its wrapping is quadratic).
 */
export function drawBoxTable(table: BoxTable): string {
  const border = table.border ?? plain;
  const rows: BoxRow[] = [{ cells: table.head }, ...table.rows];
  const out: string[] = [border(rule(table.widths, undefined, rows[0]))];
  const drawn: DrawnCells = new Map();
  rows.forEach((row, i) => {
    // One push per line: a spread of a long cell's many lines would overflow the call stack.
    for (const line of rowLines(table.widths, row, border, drawn)) out.push(line);
    const next = rows[i + 1];
    if (!table.compact || next === undefined) out.push(border(rule(table.widths, row, next)));
  });
  return out.join('\n');
}
