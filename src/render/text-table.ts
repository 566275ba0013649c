import { columnWidth, drawBoxTable, type BoxCell } from './box-table.js';
import { createStyle, type RenderOptions } from './style.js';

/** A one-line cell, cut with an ellipsis to its column's width. */
export function cutCell(text: string, paint?: (text: string) => string): BoxCell {
  return { text, overflow: 'cut', ...(paint ? { paint } : {}) };
}

/** A one-line cell lined up on the right of its column (counts). */
export function rightCell(value: string | number): BoxCell {
  return { text: String(value), align: 'right', overflow: 'cut' };
}

/**
 * A compact table (rules above and below only) with a bold head and grey borders when colour is
 * on. Without `widths`, each column fits its head and cells, capped at NAME_WIDTH columns of
 * text (see `columnWidth`), and the head stays on one line; with them, head cells wrap.
 */
export function compactTable(options: RenderOptions, head: readonly string[], rows: readonly (readonly BoxCell[])[], widths?: readonly number[]): string {
  const style = createStyle(options);
  return drawBoxTable({
    widths: widths ?? head.map((title, i) => columnWidth([title, ...rows.map((cells) => cells[i]?.text ?? '')])),
    head: head.map((text): BoxCell => ({ text, paint: style.bold, overflow: widths ? 'wrap' : 'cut' })),
    rows: rows.map((cells) => ({ cells })),
    border: style.gray,
    compact: true,
  });
}
