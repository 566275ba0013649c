import { emptyMovementCounts, type BatchRun } from '../../batch/model.js';
import { MOVEMENT_TITLES } from '../../shared/movement.js';
import { formatDiagnostic } from '../diagnostics.js';
import { gradesBestFirst } from '../display.js';
import type { Block, TableRow } from '../report/document-model.js';
import { htmlPage } from '../report/html-writer.js';
import { distributionText } from '../report/sections.js';
import { moderationLine, moderationShown, moderationTitle } from './moderation.js';
import { MOVEMENT_COLUMNS, errorLine, formatCount, missingLines, movementLines, warningGroups, type BatchRenderOptions } from './sections.js';
import { cellMarks, changedMoves, forceRows, frameworkTitles, gradeBadges, headline, marksLegend, nationalTables } from './tables.js';

/** The national summary: one table per scheme (its grades as columns), and a chart per framework. */
function nationalBlocks(report: BatchRun): Block[] {
  const blocks: Block[] = [];
  const tables = nationalTables(report);
  for (const t of tables) {
    const bodies: Array<{ heading?: string; rows: TableRow[] }> = [];
    for (const row of t.rows) {
      if (row.kind === 'group') bodies.push({ heading: row.title, rows: [] });
      else (bodies[bodies.length - 1] ?? (bodies[0] = { rows: [] })).rows.push([{ text: row.framework.title },
        ...t.grades.map((g) => ({ text: String(row.counts[g.id] ?? 0) }))]);
    }
    blocks.push({ kind: 'table', layout: 'counts', caption: tables.length > 1 ? `Number of forces awarded each grade (${t.scheme})` : 'Number of forces awarded each grade',
      columns: ['Framework', ...t.grades.map((g) => g.title)], numeric: [false, ...t.grades.map(() => true)], bodies });
  }
  for (const framework of report.frameworks) {
    const counts = report.summary[framework.id] ?? {};
    blocks.push({ kind: 'chart', id: `chart-${framework.id}`, distribution: counts, highlight: '', grades: gradesBestFirst(framework), forceName: '',
      caption: `National grade distribution for ${framework.title}: ${distributionText(counts, framework)}.` });
  }
  return blocks;
}

/** The force summary: a row per force, a column per framework, each grade as its badge. */
function forceBlocks(report: BatchRun): Block[] {
  const rows = forceRows(report);
  if (rows.length === 0) return [{ kind: 'paragraph', note: true, text: 'No force was graded.' }];
  const badge = gradeBadges(report);
  const body: TableRow[] = rows.map((row) => [{ text: row.force.name }, ...row.cells.map((cell) => (cell
    ? { text: badge(cell.framework, cell.grade).title, grade: badge(cell.framework, cell.grade), ...(cellMarks(cell) ? { suffix: cellMarks(cell) } : {}) }
    : { text: '–' }))]);
  const legend = marksLegend(rows);
  return [
    { kind: 'table', layout: 'counts', caption: 'Grades awarded to each force', columns: ['Force', ...report.frameworks.map((f) => f.title)], bodies: [{ rows: body }] },
    ...(legend.length > 0 ? [{ kind: 'list' as const, items: legend }] : []),
  ];
}

/** With --compare: the movement counts per framework, the grades that moved, and the sentence of the text form. */
function movementBlocks(report: BatchRun): Block[] {
  const m = report.movement;
  if (!m) return [];
  const counts: TableRow[] = report.frameworks.map((f) => {
    const c = m.frameworks[f.id] ?? emptyMovementCounts();
    return [{ text: f.title }, ...MOVEMENT_COLUMNS.map((column) => ({ text: String(c[column.key]) }))];
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `Movement since ${m.previous}`, id: 'movement' },
    { kind: 'table', layout: 'counts', caption: 'Grades compared with the previous round', columns: ['Framework', ...MOVEMENT_COLUMNS.map((column) => column.title)],
      numeric: [false, ...MOVEMENT_COLUMNS.map(() => true)], bodies: [{ rows: counts }] },
  ];
  const changed = changedMoves(m.moves);
  if (changed.length > 0) {
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    blocks.push({ kind: 'table', layout: 'counts', caption: 'Grades that moved or could not be compared', columns: ['Force', 'Framework', 'Previous', 'Current', 'Direction'],
      bodies: [{ rows: changed.map((move) => [{ text: move.force.name }, { text: title(move.framework) }, { text: badge(move.framework, move.previous).title },
        { text: badge(move.framework, move.current).title, grade: badge(move.framework, move.current) }, { text: MOVEMENT_TITLES[move.direction] }]) }] });
  }
  return [...blocks, ...movementLines(report).map((text): Block => ({ kind: 'paragraph', text }))];
}

/**
 * `grade batch --format html`: the national round as one self-contained page, in the order of the
 * text form: the national summary (tables and a distribution chart per framework), the force
 * summary, the movement since the previous round (with --compare), the grades for moderation, what could not be graded, warnings by code, and the
 * registered forces with no evidence. Every text is escaped by the writer; nothing is fetched.
 */
export function renderBatchHtml(report: BatchRun, options: BatchRenderOptions): string {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'National summary of judgements' },
    { kind: 'paragraph', text: headline(report, options) },
    ...nationalBlocks(report),
    { kind: 'heading', level: 2, text: 'Force summary of judgements', id: 'force-summary' },
    ...forceBlocks(report),
    ...movementBlocks(report),
  ];
  if (report.moderation.length > 0) {
    const { shown, more } = moderationShown(report);
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    blocks.push({ kind: 'heading', level: 2, text: moderationTitle(report), id: 'moderation' },
      { kind: 'list', items: [...shown.map((item) => moderationLine(item, title, (f, g) => badge(f, g).title)), ...(more ? [more] : [])] });
  }
  if (report.errors.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: `Files that could not be graded (${formatCount(report.errors.length)})`, id: 'errors' },
      { kind: 'list', items: report.errors.map((e) => errorLine(e, (d) => formatDiagnostic(d))) });
  }
  if (report.warnings.length > 0 && !options.quiet) {
    blocks.push({ kind: 'heading', level: 2, text: `Warnings (${formatCount(report.warnings.length)})`, id: 'warnings' },
      { kind: 'list', items: warningGroups(report.warnings).map((g) => `${g.code} (${formatCount(g.count)}): ${g.description}`) });
  }
  const missing = missingLines(report);
  if (missing) {
    blocks.push({ kind: 'heading', level: 2, text: missing.title, id: 'missing' },
      missing.lines.length === 0 ? { kind: 'paragraph', text: 'None: every registered force has evidence for every framework.' }
        : { kind: 'list', items: missing.lines.map((line) => `${line.label} (${line.names.length}): ${line.names.join(', ')}`) });
  }
  return htmlPage('National summary of judgements', blocks);
}
