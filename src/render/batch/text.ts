import { emptyMovementCounts, type BatchRun } from '../../batch/model.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { NAME_WIDTH } from '../box-table.js';
import { cutText } from '../cut-text.js';
import { HANG, formatDiagnostic, wrapDiagnostic } from '../diagnostics.js';
import { createStyle, fitWidth, paint, type RenderOptions } from '../style.js';
import { compactTable as table, cutCell as cut, rightCell as right } from '../text-table.js';
import { wrapParagraph } from '../wrap.js';
import { forceSummary } from './force-summary.js';
import { MOVEMENT_COLUMNS, errorLine, formatCount, missingLines, moveLabel, movementLines, skippedLines, warningGroups, wrapList, type BatchRenderOptions, type Section } from './sections.js';
import { moderationLine, moderationShown, moderationTitle } from './moderation.js';
import { changedMoves, frameworkTitles, gradeBadges, headline, nationalTables } from './tables.js';
import { appendAll } from '../../shared/append.js';

function nationalSummary(report: BatchRun, options: RenderOptions): string {
  const style = createStyle(options);
  const tables = nationalTables(report);
  return tables.map((t) => {
    const rows = t.rows.map((row) => (row.kind === 'group'
      ? [cut(sanitizeLine(row.title), style.bold), ...t.grades.map(() => cut(''))]
      : [{ ...cut(sanitizeLine(row.framework.title)), indent: 2 }, ...t.grades.map((g) => right(row.counts[g.id] ?? 0))]));
    const drawn = table(options, ['', ...t.grades.map((g) => sanitizeLine(g.title))], rows);
    return tables.length > 1 ? [...wrapParagraph(sanitizeLine(t.scheme), fitWidth(options)), drawn].join('\n') : drawn;
  }).join('\n\n');
}

function movement(report: BatchRun, options: RenderOptions): string[] {
  const m = report.movement;
  if (!m) return [];
  const style = createStyle(options);
  const counts = report.frameworks.map((f) => {
    const c = m.frameworks[f.id] ?? emptyMovementCounts();
    return [cut(sanitizeLine(f.title)), ...MOVEMENT_COLUMNS.map((column) => right(c[column.key]))];
  });
  const lines = [table(options, ['Framework', ...MOVEMENT_COLUMNS.map((column) => column.title)], counts)];
  const changed = changedMoves(m.moves);
  if (changed.length > 0) {
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    const rows = changed.map((move) => [cut(sanitizeLine(move.force.name)), cut(sanitizeLine(title(move.framework))), cut(sanitizeLine(badge(move.framework, move.previous).title)),
      cut(sanitizeLine(badge(move.framework, move.current).title), (text) => paint(style, badge(move.framework, move.current).colour, text)), cut(moveLabel(move.direction))]);
    lines.push('', 'Grades that moved', table(options, ['Force', 'Framework', 'Previous', 'Current', ''], rows));
  }
  for (const line of movementLines(report)) appendAll(lines, wrapParagraph(sanitizeLine(line), fitWidth(options)));
  return lines;
}

/** The missing-forces section: each line's force names, cut to NAME_WIDTH, wrapped at the width (100 columns without one). */
function missingBody(missing: NonNullable<ReturnType<typeof missingLines>>, width: number | undefined): string[] {
  if (missing.lines.length === 0) return wrapParagraph('None: every registered force has evidence for every framework.', width, { first: '  ' });
  // A force missing from several frameworks is named in each list: its name is made safe once.
  const shown = new Map<string, string>();
  const show = (name: string): string => {
    let text = shown.get(name);
    if (text === undefined) shown.set(name, (text = cutText(sanitizeLine(name), NAME_WIDTH)));
    return text;
  };
  return missing.lines.flatMap((line) => wrapList(`  ${cutText(sanitizeLine(line.label), NAME_WIDTH)} (${line.names.length}):`,
    line.names.map(show), width ?? 100, '    '));
}

/** Lines of a body indented by `indent`, and by two more after a wrap. */
const indented = (text: string, width: number | undefined, indent: string): string[] => wrapParagraph(text, width, { first: indent, rest: `${indent}  ` });

/** The warnings by code: a line per code with its count and meaning, its first few, and how many more. */
function warningBody(report: BatchRun, options: RenderOptions): string[] {
  const width = fitWidth(options);
  const body: string[] = [];
  for (const group of warningGroups(report.warnings)) {
    appendAll(body, indented(`${group.code} (${formatCount(group.count)}): ${group.description}`, width, '  '));
    for (const warning of group.shown) appendAll(body, wrapDiagnostic(warning, width, options, '    '));
    if (group.more) appendAll(body, indented(group.more, width, '    '));
  }
  return body;
}

function skippedBody(report: BatchRun, width: number | undefined): string[] {
  const { shown, more } = skippedLines(report);
  return [...shown.flatMap((s) => indented(`${sanitizeLine(s.file)}: ${s.reason}`, width, '  ')), ...(more ? indented(more, width, '  ') : [])];
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
 * With a width (`fitWidth`), every line fits it: tables shrink their columns, the force summary
 * splits into tables of fewer frameworks, and lists and diagnostics wrap with a hanging indent.
 */
export function renderBatchText(report: BatchRun, options: BatchRenderOptions): string {
  const style = createStyle(options);
  const width = fitWidth(options);
  const sections: Section[] = [
    { title: 'National summary of judgements', body: [nationalSummary(report, options)] },
    { title: 'Force summary of judgements', body: [forceSummary(report, options)] },
  ];
  if (report.movement) sections.push({ title: `Movement since ${sanitizeLine(report.movement.previous)}`, body: movement(report, options) });
  if (report.moderation.length > 0) {
    const { shown, more } = moderationShown(report);
    const title = frameworkTitles(report);
    const badge = gradeBadges(report);
    sections.push({ title: moderationTitle(report), body: [...shown.flatMap((item) => wrapParagraph(sanitizeLine(moderationLine(item, title, (f, g) => badge(f, g).title)), width ?? 100, { first: '  ', rest: '    ' })),
      ...(more ? [`  ${more}`] : [])] });
  }
  if (report.errors.length > 0) {
    sections.push({ title: `Files that could not be graded (${formatCount(report.errors.length)})`,
      body: report.errors.flatMap((e) => wrapParagraph(errorLine(e, (d) => formatDiagnostic(d, options)), width, { first: '  ', rest: `  ${HANG}` })) });
  }
  if (report.warnings.length > 0 && !options.quiet) {
    sections.push({ title: `Warnings (${formatCount(report.warnings.length)})`, body: warningBody(report, options) });
  }
  if (report.skipped.length > 0) {
    sections.push({ title: `Skipped, not evidence (${formatCount(report.skipped.length)})`, body: skippedBody(report, width) });
  }
  const missing = missingLines(report);
  if (missing) sections.push({ title: sanitizeLine(missing.title), body: missingBody(missing, width) });
  const out = wrapParagraph(sanitizeLine(headline(report, options)), width);
  for (const section of sections) {
    appendAll(out, [''], wrapParagraph(section.title, width, { paint: style.bold }));
    // One push per line: spreading a section of 100,000+ lines into push() overflows the stack.
    for (const line of section.body) out.push(line);
  }
  return `${out.join('\n')}\n`;
}
