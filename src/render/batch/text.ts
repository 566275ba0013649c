import type { BatchRun } from '../../batch/model.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { NAME_WIDTH, columnWidth } from '../box-table.js';
import { cutText } from '../cut-text.js';
import { formatDiagnostic } from '../diagnostics.js';
import { createStyle, paint, type RenderOptions } from '../style.js';
import { compactTable as table, cutCell as cut, rightCell as right } from '../text-table.js';
import { errorLine, formatCount, missingLines, movementLines, skippedLines, warningGroups, wrapList, type BatchRenderOptions, type Section } from './sections.js';
import { moderationLine, moderationShown, moderationTitle } from './moderation.js';
import { wrapParagraph } from '../wrap.js';
import { cellMarks, changedMoves, forceRows, frameworkTitles, gradeBadges, headline, marksLegend, nationalTables } from './tables.js';

/** Width of each framework's column in the force summary, padding included: titles wrap in it. */
const GRADE_COLUMN_WIDTH = 16;

function nationalSummary(report: BatchRun, options: RenderOptions): string {
  const style = createStyle(options);
  const tables = nationalTables(report);
  return tables.map((t) => {
    const rows = t.rows.map((row) => (row.kind === 'group'
      ? [cut(sanitizeLine(row.title), style.bold), ...t.grades.map(() => cut(''))]
      : [cut(`  ${sanitizeLine(row.framework.title)}`), ...t.grades.map((g) => right(row.counts[g.id] ?? 0))]));
    const drawn = table(options, ['', ...t.grades.map((g) => sanitizeLine(g.title))], rows);
    return tables.length > 1 ? `${sanitizeLine(t.scheme)}\n${drawn}` : drawn;
  }).join('\n\n');
}

function forceSummary(report: BatchRun, options: RenderOptions): string {
  const style = createStyle(options);
  const badge = gradeBadges(report);
  const forces = forceRows(report);
  if (forces.length === 0) return 'No force was graded.';
  const rows = forces.map((row) => [cut(sanitizeLine(row.force.name)), ...row.cells.map((cell) => (cell
    ? cut(`${sanitizeLine(badge(cell.framework, cell.grade).title)}${cellMarks(cell)}`, (text) => paint(style, badge(cell.framework, cell.grade).colour, text))
    : cut('-', style.dim)))]);
  const nameWidth = columnWidth(['Force', ...rows.map((cells) => cells[0]?.text ?? '')]);
  // Titles wrap in their column, cut first so that no title is more than a few lines tall.
  const head = ['Force', ...report.frameworks.map((f) => cutText(sanitizeLine(f.title), NAME_WIDTH))];
  return [table(options, head, rows, [nameWidth, ...report.frameworks.map(() => GRADE_COLUMN_WIDTH)]), ...marksLegend(forces)].join('\n');
}

function movement(report: BatchRun, options: RenderOptions): string[] {
  const m = report.movement;
  if (!m) return [];
  const style = createStyle(options);
  const counts = report.frameworks.map((f) => {
    const c = m.frameworks[f.id] ?? { up: 0, same: 0, down: 0, new: 0 };
    return [cut(sanitizeLine(f.title)), right(c.up), right(c.same), right(c.down), right(c.new)];
  });
  const lines = [table(options, ['Framework', 'Up', 'Same', 'Down', 'New'], counts)];
  const changed = changedMoves(m.moves);
  if (changed.length > 0) {
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    const rows = changed.map((move) => [cut(sanitizeLine(move.force.name)), cut(sanitizeLine(title(move.framework))), cut(sanitizeLine(badge(move.framework, move.previous).title)),
      cut(sanitizeLine(badge(move.framework, move.current).title), (text) => paint(style, badge(move.framework, move.current).colour, text)), cut(move.direction === 'up' ? '▲ up' : '▼ down')]);
    lines.push('', 'Grades that moved', table(options, ['Force', 'Framework', 'Previous', 'Current', ''], rows));
  }
  for (const line of movementLines(report)) lines.push(sanitizeLine(line));
  return lines;
}

/** The missing-forces section: each line's force names, cut to NAME_WIDTH, wrapped at 100 columns. */
function missingBody(missing: NonNullable<ReturnType<typeof missingLines>>): string[] {
  if (missing.lines.length === 0) return ['  None: every registered force has evidence for every framework.'];
  return missing.lines.flatMap((line) => wrapList(`  ${cutText(sanitizeLine(line.label), NAME_WIDTH)} (${line.names.length}):`,
    line.names.map((name) => cutText(sanitizeLine(name), NAME_WIDTH)), 100, '    '));
}

/** The warnings by code: a line per code with its count and meaning, its first few, and how many more. */
function warningBody(report: BatchRun, options: RenderOptions): string[] {
  const body: string[] = [];
  for (const group of warningGroups(report.warnings)) {
    body.push(`  ${group.code} (${formatCount(group.count)}): ${group.description}`);
    for (const warning of group.shown) body.push(`    ${formatDiagnostic(warning, options)}`);
    if (group.more) body.push(`    ${group.more}`);
  }
  return body;
}

function skippedBody(report: BatchRun): string[] {
  const { shown, more } = skippedLines(report);
  return [...shown.map((s) => `  ${sanitizeLine(s.file)}: ${s.reason}`), ...(more ? [`  ${more}`] : [])];
}

/**
 * What a batch printed as CSV or to --output shows on stderr: every error, the warnings by code
 * (unless `quiet`) and the files skipped, as the text report lists them.
 */
export function renderBatchProblems(report: BatchRun, options: BatchRenderOptions): string {
  const lines = report.errors.map((e) => formatDiagnostic(e.diagnostic, options));
  if (!options.quiet) {
    for (const group of warningGroups(report.warnings)) {
      for (const warning of group.shown) lines.push(formatDiagnostic(warning, options));
      if (group.more) lines.push(group.more);
    }
  }
  const { shown, more } = skippedLines(report);
  for (const s of shown) lines.push(`${sanitizeLine(s.file)}: skipped, ${s.reason}`);
  if (more) lines.push(`skipped: ${more}`);
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * `grade batch` for people: the source report's summary tables, then what went wrong and who is
 * missing. Names and titles in the tables and the missing list are cut to NAME_WIDTH columns.
 */
export function renderBatchText(report: BatchRun, options: BatchRenderOptions): string {
  const style = createStyle(options);
  const sections: Section[] = [
    { title: 'National summary of judgements', body: [nationalSummary(report, options)] },
    { title: 'Force summary of judgements', body: [forceSummary(report, options)] },
  ];
  if (report.movement) sections.push({ title: `Movement since ${sanitizeLine(report.movement.previous)}`, body: movement(report, options) });
  if (report.moderation.length > 0) {
    const { shown, more } = moderationShown(report);
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    sections.push({ title: moderationTitle(report), body: [...shown.flatMap((item) => wrapParagraph(sanitizeLine(moderationLine(item, title, (f, g) => badge(f, g).title)), 100, { first: '  ', rest: '    ' })),
      ...(more ? [`  ${more}`] : [])] });
  }
  if (report.errors.length > 0) {
    sections.push({ title: `Files that could not be graded (${formatCount(report.errors.length)})`,
      body: report.errors.map((e) => `  ${errorLine(e, (d) => formatDiagnostic(d, options))}`) });
  }
  if (report.warnings.length > 0 && !options.quiet) {
    sections.push({ title: `Warnings (${formatCount(report.warnings.length)})`, body: warningBody(report, options) });
  }
  if (report.skipped.length > 0) {
    sections.push({ title: `Skipped, not evidence (${formatCount(report.skipped.length)})`, body: skippedBody(report) });
  }
  const missing = missingLines(report);
  if (missing) sections.push({ title: sanitizeLine(missing.title), body: missingBody(missing) });
  const out = [sanitizeLine(headline(report, options))];
  for (const section of sections) {
    out.push('', style.bold(section.title));
    // One push per line: spreading a section of 100,000+ lines into push() overflows the stack.
    for (const line of section.body) out.push(line);
  }
  return `${out.join('\n')}\n`;
}
