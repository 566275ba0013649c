import { columnWidth, drawBoxTable, indentedText, type BoxCell } from './box-table.js';
import { cutText } from './cut-text.js';
import fastStringWidth from './fast-string-width.js';
import { MIN_COLUMN, fitColumns, tableWidth, wordFloor } from './fit-columns.js';
import { createStyle, fitWidth, type RenderOptions } from './style.js';

/** A one-line cell, cut with an ellipsis to its column's width. */
export function cutCell(text: string, paint?: (text: string) => string): BoxCell {
  return paint ? { text, overflow: 'cut', paint } : { text, overflow: 'cut' };
}

/** A one-line cell lined up on the right of its column (counts). */
export function rightCell(value: string | number): BoxCell {
  return { text: String(value), align: 'right', overflow: 'cut' };
}

/**
 * The column widths a table is drawn at within `width` (see `fitColumns`), and its cells: in a
 * column that had to shrink, a cut cell wraps what it would have shown at its own width instead
 * (a name cut at NAME_WIDTH keeps that cut), so nothing is lost to the narrower column; `wraps`
 * says whether a row of it now takes more than one line.
 */
function fitted(natural: readonly number[], width: number | undefined, head: readonly BoxCell[], rows: readonly (readonly BoxCell[])[]) {
  if (width === undefined || tableWidth(natural) <= width) return { widths: natural, head, rows, wraps: false };
  const shown = (cell: BoxCell, i: number) => (cell.overflow === 'cut' ? cutText(cell.text, (natural[i] ?? 2) - 2 - (cell.indent ?? 0)) : cell.text);
  const columns = natural.map((_, i) => [head[i], ...rows.map((cells) => cells[i])].filter((cell): cell is BoxCell => cell !== undefined));
  const texts = columns.map((cells, i) => cells.map((cell) => shown(cell, i)));
  const indents = columns.map((cells) => cells.reduce((most, cell) => Math.max(most, cell.indent ?? 0), 0));
  const floor = (hyphens: boolean) => texts.map((column, i) => wordFloor(column, hyphens) + (indents[i] ?? 0));
  const widths = fitColumns(natural, width, [floor(false), floor(true)], indents.map((indent) => MIN_COLUMN + indent));
  let wraps = false;
  const fit = (cells: readonly BoxCell[]) => cells.map((cell, i): BoxCell => {
    if ((widths[i] ?? 0) >= (natural[i] ?? 0) || cell.overflow !== 'cut') return cell;
    const text = shown(cell, i);
    wraps ||= fastStringWidth(text) > (widths[i] ?? 0) - 2 - (cell.indent ?? 0);
    return { ...cell, text, overflow: 'wrap' };
  });
  const fittedRows = rows.map(fit);
  return { widths, head: fit(head), rows: fittedRows, wraps };
}

/**
 * A compact table (rules above and below only) with a bold head and grey borders when colour is
 * on. Without `widths`, each column fits its head and cells, capped at NAME_WIDTH columns of
 * text (see `columnWidth`), and the head stays on one line; with them, head cells wrap. With a
 * width in the options (`fitWidth`), a table wider than that shrinks its widest columns, their
 * cells wrapping, until it fits; it then has rules between its rows if any row wraps.
 */
export function compactTable(options: RenderOptions, head: readonly string[], rows: readonly (readonly BoxCell[])[], widths?: readonly number[]): string {
  const style = createStyle(options);
  const natural = widths ?? head.map((title, i) => columnWidth([title, ...rows.map((cells) => (cells[i] ? indentedText(cells[i]) : ''))]));
  const heads = head.map((text): BoxCell => ({ text, paint: style.bold, overflow: widths ? 'wrap' : 'cut' }));
  const table = fitted(natural, fitWidth(options), heads, rows);
  // Rows that wrap need rules between them, or a wrapped line would read as a row of its own.
  return drawBoxTable({ widths: table.widths, head: table.head, rows: table.rows.map((cells) => ({ cells })), border: style.gray, compact: !table.wraps });
}
