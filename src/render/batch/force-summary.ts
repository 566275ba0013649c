import type { BatchResult, BatchRun } from '../../batch/model.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { NAME_WIDTH, columnWidth, type BoxCell } from '../box-table.js';
import { cutText } from '../cut-text.js';
import { createStyle, fitWidth, paint, type RenderOptions } from '../style.js';
import { compactTable as table, cutCell as cut } from '../text-table.js';
import { wrapParagraph } from '../wrap.js';
import { cellMarks, forceRows, gradeBadges, marksLegend } from './tables.js';

/** Width of each framework's column in the force summary, padding included: titles wrap in it. */
const GRADE_COLUMN_WIDTH = 16;

/**
 * The frameworks' columns in groups of as many as fit beside the force names in `width`
 * (each group one table), as even as they can be; one group without a width.
 */
function columnGroups(count: number, nameWidth: number, width: number | undefined): Array<[number, number]> {
  // Borders: one left of each column and one at the right.
  const fit = width === undefined ? Math.max(1, count) : Math.max(1, Math.floor((width - nameWidth - 2) / (GRADE_COLUMN_WIDTH + 1)));
  const groups = Math.max(1, Math.ceil(count / fit));
  const size = Math.ceil(count / groups);
  return Array.from({ length: groups }, (_, g) => [g * size, Math.min(count, (g + 1) * size)] as [number, number]);
}

/**
 * The force summary of judgements: a row per force, a column per framework, each grade with its
 * marks (judged *, incomplete †) and the legend for them. Too many frameworks for the width are
 * drawn as several tables of the same rows, each with the force names, so no grade is split.
 */
export function forceSummary(report: BatchRun, options: RenderOptions): string {
  const style = createStyle(options);
  const badge = gradeBadges(report);
  const forces = forceRows(report);
  if (forces.length === 0) return 'No force was graded.';
  const names = forces.map((row) => cut(sanitizeLine(row.force.name)));
  // A round has few distinct grade cells (framework, grade, marks) and many forces: each cell is
  // made once and shared by every row that shows it (cells are never changed once made).
  const none = cut('-', style.dim);
  const made = new Map<string, BoxCell>();
  const gradeCell = (cell: BatchResult): BoxCell => {
    const marks = cellMarks(cell);
    const key = `${cell.framework}\u0000${cell.grade}\u0000${marks}`;
    let shown = made.get(key);
    if (!shown) {
      const { title, colour } = badge(cell.framework, cell.grade);
      shown = cut(`${sanitizeLine(title)}${marks}`, (text) => paint(style, colour, text));
      made.set(key, shown);
    }
    return shown;
  };
  const grades = forces.map((row) => row.cells.map((cell): BoxCell => (cell ? gradeCell(cell) : none)));
  const nameWidth = columnWidth(['Force', ...names.map((cell) => cell.text)]);
  // Titles wrap in their column, cut first so that no title is more than a few lines tall.
  const titles = report.frameworks.map((f) => cutText(sanitizeLine(f.title), NAME_WIDTH));
  const width = fitWidth(options);
  const tables = columnGroups(titles.length, nameWidth, width).map(([from, to]) => table(options, ['Force', ...titles.slice(from, to)],
    names.map((name, i) => [name, ...(grades[i] ?? []).slice(from, to)]), [nameWidth, ...titles.slice(from, to).map(() => GRADE_COLUMN_WIDTH)]));
  const legend = marksLegend(forces).flatMap((line) => wrapParagraph(line, width, { rest: '  ' }));
  return [tables.join('\n\n'), ...legend].join('\n');
}
