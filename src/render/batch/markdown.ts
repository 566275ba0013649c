import { emptyMovementCounts, type BatchRun } from '../../batch/model.js';
import { MOVEMENT_TITLES } from '../../shared/movement.js';
import { formatDiagnostic } from '../diagnostics.js';
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js';
import { MOVEMENT_COLUMNS, errorLine, formatCount, missingLines, movementLines, skippedLines, warningGroups, type BatchRenderOptions } from './sections.js';
import { moderationLine, moderationShown, moderationTitle } from './moderation.js';
import { cellMarks, changedMoves, forceRows, frameworkTitles, gradeBadges, headline, marksLegend, nationalTables } from './tables.js';
import { appendAll } from '../../shared/append.js';

const cell = escapeTableCell;
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const rule = (columns: number, numeric: readonly number[] = []): string =>
  row(Array.from({ length: columns }, (_, i) => (numeric.includes(i) ? '---:' : '---')));

function nationalSummary(report: BatchRun): string[] {
  const tables = nationalTables(report);
  const out: string[] = [];
  for (const t of tables) {
    if (out.length > 0) out.push('');
    if (tables.length > 1) out.push(`*${escapeMarkdown(t.scheme)}*`, '');
    out.push(row(['', ...t.grades.map((g) => cell(g.title))]), rule(t.grades.length + 1, t.grades.map((_, i) => i + 1)));
    for (const r of t.rows) {
      if (r.kind === 'group') out.push(row([`**${cell(r.title)}**`, ...t.grades.map(() => '')]));
      else out.push(row([cell(r.framework.title), ...t.grades.map((g) => r.counts[g.id] ?? 0)]));
    }
  }
  return out;
}

function forceSummary(report: BatchRun): string[] {
  const rows = forceRows(report);
  if (rows.length === 0) return ['No force was graded.'];
  const badge = gradeBadges(report);
  const out = [row(['Force', ...report.frameworks.map((f) => cell(f.title))]), rule(report.frameworks.length + 1)];
  for (const r of rows) {
    out.push(row([cell(r.force.name), ...r.cells.map((c) => (c ? cell(`${badge(c.framework, c.grade).title}${cellMarks(c)}`) : '–'))]));
  }
  const legend = marksLegend(rows);
  return legend.length > 0 ? [...out, '', ...legend.map((line) => `${escapeMarkdown(line)}  `)] : out;
}

function movement(report: BatchRun): string[] {
  const m = report.movement;
  if (!m) return [];
  const out = [row(['Framework', ...MOVEMENT_COLUMNS.map((column) => column.title)]), rule(MOVEMENT_COLUMNS.length + 1, MOVEMENT_COLUMNS.map((_, i) => i + 1))];
  for (const f of report.frameworks) {
    const c = m.frameworks[f.id] ?? emptyMovementCounts();
    out.push(row([cell(f.title), ...MOVEMENT_COLUMNS.map((column) => c[column.key])]));
  }
  const changed = changedMoves(m.moves);
  if (changed.length > 0) {
    out.push('', row(['Force', 'Framework', 'Previous', 'Current', 'Direction']), rule(5));
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    for (const move of changed) {
      out.push(row([cell(move.force.name), cell(title(move.framework)), cell(badge(move.framework, move.previous).title), cell(badge(move.framework, move.current).title), MOVEMENT_TITLES[move.direction]]));
    }
  }
  return [...out, '', ...movementLines(report).map(escapeMarkdown)];
}

/** `grade batch --format markdown`: the same tables as the text form, as a Markdown document. */
export function renderBatchMarkdown(report: BatchRun, options: BatchRenderOptions): string {
  const out = ['# National summary of judgements', '', escapeMarkdown(headline(report, options)), '', ...nationalSummary(report), '',
    '## Force summary of judgements', '', ...forceSummary(report), ''];
  if (report.movement) appendAll(out, [`## Movement since ${escapeMarkdown(report.movement.previous)}`, ''], movement(report), ['']);
  if (report.moderation.length > 0) {
    const { shown, more } = moderationShown(report);
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    out.push(`## ${moderationTitle(report)}`, '');
    for (const item of shown) out.push(`- ${escapeMarkdown(moderationLine(item, title, (f, g) => badge(f, g).title))}`);
    if (more) out.push(`- ${escapeMarkdown(more)}`);
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push(`## Files that could not be graded (${formatCount(report.errors.length)})`, '');
    for (const e of report.errors) out.push(`- ${escapeMarkdown(errorLine(e, (d) => formatDiagnostic(d)))}`);
    out.push('');
  }
  if (report.warnings.length > 0 && !options.quiet) {
    out.push(`## Warnings (${formatCount(report.warnings.length)})`, '');
    for (const group of warningGroups(report.warnings)) {
      out.push(`- **${group.code}** (${formatCount(group.count)}): ${escapeMarkdown(group.description)}`);
      for (const w of group.shown) out.push(`  - ${escapeMarkdown(formatDiagnostic(w))}`);
      if (group.more) out.push(`  - ${escapeMarkdown(group.more)}`);
    }
    out.push('');
  }
  if (report.skipped.length > 0) {
    const { shown, more } = skippedLines(report);
    out.push(`## Skipped, not evidence (${formatCount(report.skipped.length)})`, '');
    for (const s of shown) out.push(`- ${escapeMarkdown(`${s.file}: ${s.reason}`)}`);
    if (more) out.push(`- ${escapeMarkdown(more)}`);
    out.push('');
  }
  const missing = missingLines(report);
  if (missing) {
    out.push(`## ${escapeMarkdown(missing.title)}`, '');
    if (missing.lines.length === 0) out.push('None: every registered force has evidence for every framework.');
    for (const line of missing.lines) out.push(`- **${escapeMarkdown(line.label)}** (${line.names.length}): ${line.names.map(escapeMarkdown).join(', ')}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
