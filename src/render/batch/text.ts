import Table from 'cli-table3';
import type { BatchReport } from '../../batch/model.js';
import { GRADE_META } from '../../shared/grades.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { formatDiagnostic } from '../diagnostics.js';
import { COMPACT } from '../table.js';
import { createStyle, paint, type RenderOptions } from '../style.js';
import { errorLine, missingLines, movementLines, wrapList, type Section } from './sections.js';
import { SUMMARY_GRADES, cellMarks, changedMoves, forceRows, frameworkTitle, gradeTitle, headline, marksLegend, nationalRows } from './tables.js';

function table(options: RenderOptions, head: string[], extra: Record<string, unknown> = {}): Table.Table {
  return new Table({ head, style: { head: options.color ? ['bold'] : [], border: options.color ? ['gray'] : [] }, chars: COMPACT, ...extra });
}

const right = (content: string | number) => ({ content: String(content), hAlign: 'right' as const });

function nationalSummary(report: BatchReport, options: RenderOptions): string {
  const style = createStyle(options);
  const t = table(options, ['', ...SUMMARY_GRADES.map(gradeTitle)]);
  for (const row of nationalRows(report)) {
    // No colSpan: cli-table3 draws stray junctions around spanned rows in COMPACT tables.
    if (row.kind === 'group') t.push([style.bold(sanitizeLine(row.title)), '', '', '', '']);
    else t.push([`  ${sanitizeLine(row.framework.title)}`, ...SUMMARY_GRADES.map((g) => right(row.counts[g]))]);
  }
  return t.toString();
}

function forceSummary(report: BatchReport, options: RenderOptions): string {
  const style = createStyle(options);
  const rows = forceRows(report);
  if (rows.length === 0) return 'No force was graded.';
  const nameWidth = Math.min(36, Math.max(5, ...rows.map((r) => sanitizeLine(r.force.name).length))) + 2;
  const t = table(options, ['Force', ...report.frameworks.map((f) => sanitizeLine(f.title))],
    { colWidths: [nameWidth, ...report.frameworks.map(() => 16)], wordWrap: true });
  for (const row of rows) {
    t.push([sanitizeLine(row.force.name), ...row.cells.map((cell) => (cell
      ? paint(style, GRADE_META[cell.grade].colour, `${gradeTitle(cell.grade)}${cellMarks(cell)}`)
      : style.dim('-')))]);
  }
  return [t.toString(), ...marksLegend(rows)].join('\n');
}

function movement(report: BatchReport, options: RenderOptions): string[] {
  const m = report.movement;
  if (!m) return [];
  const style = createStyle(options);
  const counts = table(options, ['Framework', 'Up', 'Same', 'Down', 'New']);
  for (const f of report.frameworks) {
    const c = m.frameworks[f.id] ?? { up: 0, same: 0, down: 0, new: 0 };
    counts.push([sanitizeLine(f.title), right(c.up), right(c.same), right(c.down), right(c.new)]);
  }
  const lines = [counts.toString()];
  const changed = changedMoves(m.moves);
  if (changed.length > 0) {
    const t = table(options, ['Force', 'Framework', 'Previous', 'Current', '']);
    for (const move of changed) {
      t.push([sanitizeLine(move.force.name), sanitizeLine(frameworkTitle(report, move.framework)), gradeTitle(move.previous),
        paint(style, GRADE_META[move.current].colour, gradeTitle(move.current)), move.direction === 'up' ? '▲ up' : '▼ down']);
    }
    lines.push('', 'Grades that moved', t.toString());
  }
  lines.push(...movementLines(report).map((line) => sanitizeLine(line)));
  return lines;
}

/** `grade batch` for people: the source report's summary tables, then what went wrong and who is missing. */
export function renderBatchText(report: BatchReport, options: RenderOptions): string {
  const style = createStyle(options);
  const heading = (text: string) => style.bold(text);
  const sections: Section[] = [
    { title: 'National summary of judgements', body: [nationalSummary(report, options)] },
    { title: 'Force summary of judgements', body: [forceSummary(report, options)] },
  ];
  if (report.movement) sections.push({ title: `Movement since ${sanitizeLine(report.movement.previous)}`, body: movement(report, options) });
  if (report.errors.length > 0) {
    sections.push({ title: `Files that could not be graded (${report.errors.length})`,
      body: report.errors.map((e) => `  ${errorLine(e, (d) => formatDiagnostic(d, options))}`) });
  }
  if (report.warnings.length > 0) {
    sections.push({ title: `Warnings (${report.warnings.length})`, body: report.warnings.map((w) => `  ${formatDiagnostic(w, options)}`) });
  }
  const missing = missingLines(report);
  if (missing) {
    const body = missing.lines.length === 0 ? ['  None: every registered force has evidence for every framework.']
      : missing.lines.flatMap((line) => wrapList(`  ${sanitizeLine(line.label)} (${line.names.length}):`, line.names.map(sanitizeLine), 100, '    '));
    sections.push({ title: sanitizeLine(missing.title), body });
  }
  const out = [sanitizeLine(headline(report))];
  for (const section of sections) out.push('', heading(section.title), ...section.body);
  return `${out.join('\n')}\n`;
}
