import type { BatchFramework, BatchRun, BatchResult, GradeCounts, Move } from '../../batch/model.js';
import { gradeBadge, gradesBestFirst, type GradeBadge } from '../display.js';
import { formatCount } from './sections.js';

/** A row of the national summary: a group heading, or a framework with its counts. */
export type NationalRow =
  | { kind: 'group'; title: string }
  | { kind: 'framework'; framework: BatchFramework; counts: GradeCounts };

/** One national summary table: the frameworks of one grading scheme, with its grades best first as columns. */
export interface NationalTable {
  scheme: string;
  grades: GradeBadge[];
  rows: NationalRow[];
}

/**
 * The national summary of judgements: per grading scheme (in the order its first framework
 * comes), its frameworks under their group headings, in report order. A batch of one scheme
 * (hmic-2007's six frameworks) is one table, as in the source report.
 */
export function nationalTables(report: BatchRun): NationalTable[] {
  const tables = new Map<string, NationalTable & { group?: string }>();
  for (const framework of report.frameworks) {
    let table = tables.get(framework.scheme);
    if (!table) tables.set(framework.scheme, table = { scheme: framework.scheme, grades: gradesBestFirst(framework), rows: [] });
    if (framework.group !== table.group) {
      table.group = framework.group;
      table.rows.push({ kind: 'group', title: framework.group });
    }
    const counts = report.summary[framework.id] ?? Object.fromEntries(table.grades.map((g) => [g.id, 0]));
    table.rows.push({ kind: 'framework', framework, counts });
  }
  return [...tables.values()].map(({ group: _group, ...table }) => table);
}

/** One force's row of the force summary: its result per framework (undefined: no evidence graded). */
export interface ForceRow {
  force: { id: string; name: string };
  cells: Array<BatchResult | undefined>;
}

/** The force summary of judgements: one row per force (results are sorted by force id already). */
export function forceRows(report: BatchRun): ForceRow[] {
  const column = new Map(report.frameworks.map((f, index) => [f.id, index]));
  const rows: ForceRow[] = [];
  for (const result of report.results) {
    let row = rows[rows.length - 1];
    if (!row || row.force.id !== result.force.id) {
      row = { force: result.force, cells: report.frameworks.map(() => undefined) };
      rows.push(row);
    }
    const index = column.get(result.framework);
    if (index !== undefined) row.cells[index] = result;
  }
  return rows;
}

/** Marks after a grade in the force summary: judged (*) and incomplete (†). */
export function cellMarks(result: BatchResult): string {
  return `${result.judged ? '*' : ''}${result.incomplete ? '†' : ''}`;
}

/** The legend for the marks used in a force summary, or none. */
export function marksLegend(rows: readonly ForceRow[]): string[] {
  let judged = false;
  let incomplete = false;
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell?.judged) judged = true;
      if (cell?.incomplete) incomplete = true;
    }
  }
  const legend: string[] = [];
  if (judged) legend.push('* the final grade is a professional judgement (see the computed grade in the JSON or CSV output)');
  if (incomplete) legend.push('† graded on incomplete evidence (criteria without a finding counted as not met)');
  return legend;
}

/** Looks up a framework's title by id, falling back to the id (one map, not a search per row). */
export function frameworkTitles(report: BatchRun): (id: string) => string {
  const titles = new Map(report.frameworks.map((f) => [f.id, f.title]));
  return (id) => titles.get(id) ?? id;
}

/** Moves that changed the grade or could not be compared (the stable are only counted). */
export function changedMoves(moves: readonly Move[]): Move[] {
  return moves.filter((move) => move.direction !== 'stable');
}

/** How a framework's grade is shown ("Good", its colour), by the framework's scheme. */
export function gradeBadges(report: BatchRun): (framework: string, grade: string) => GradeBadge {
  const scales = new Map(report.frameworks.map((f) => [f.id, f]));
  return (framework, grade) => {
    const scale = scales.get(framework);
    return scale ? gradeBadge(scale, grade) : { id: grade, title: grade, colour: 'gray' };
  };
}

/** One line saying how the batch went; with `quiet`, that the warnings it counts are not shown. */
export function headline(report: BatchRun, options: { quiet?: boolean } = {}): string {
  const forces = new Set(report.results.map((r) => r.force.id)).size;
  const files = report.results.length;
  const warnings = report.warnings.length;
  const n = formatCount;
  const parts = [`${n(files)} evidence ${files === 1 ? 'file' : 'files'} graded for ${n(forces)} ${forces === 1 ? 'force' : 'forces'}`,
    `${n(report.errors.length)} could not be graded`];
  if (report.skipped.length > 0) parts.push(`${n(report.skipped.length)} skipped (not evidence)`);
  if (report.excluded > 0) parts.push(`${n(report.excluded)} left out by --exclude`);
  if (warnings > 0) parts.push(`${n(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}${options.quiet ? ' (not shown: --quiet)' : ''}`);
  return `${parts.join('; ')}.`;
}
