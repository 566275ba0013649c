import type { ValidationRun } from '../../batch/validate/validation-run.js';
import { criteriaUsed } from '../../batch/validate/validation-run.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { NAME_WIDTH } from '../box-table.js';
import { HANG, wrapCapped } from '../diagnostics.js';
import { SEE_ALL_IN_JSON } from '../diagnostic-cap.js';
import { createStyle, fitWidth, type RenderOptions } from '../style.js';
import { wrapParagraph } from '../wrap.js';
import { summaryLine } from './summary.js';
import { appendAll } from '../../shared/append.js';

/**
 * `file:line:column: severity: message [rule]` for every problem, sorted by file and position
 * (at most SHOWN_PER_FILE of a file, then a line counting the rest);
 * then the criteria (version and sha256) that the files are or were checked against; then the
 * summary line. With a width (`fitWidth`), each wraps to it with a hanging indent, a problem
 * keeping its `file:line:column: severity:` on the first line; without one, one line each.
 */
export function renderValidateText(report: ValidationRun, options: RenderOptions): string {
  const style = createStyle(options);
  const width = fitWidth(options);
  const lines = wrapCapped(report.files.flatMap((file) => file.diagnostics), width, SEE_ALL_IN_JSON, options);
  const criteria = criteriaUsed(report);
  if (criteria.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(style.bold('Criteria'));
    // Aligned up to NAME_WIDTH: one long id must not pad every other line to its length.
    const idWidth = Math.min(NAME_WIDTH, criteria.reduce((widest, c) => Math.max(widest, c.framework.length), 0));
    for (const c of criteria) {
      const text = `${sanitizeLine(c.framework).padEnd(idWidth)}  version ${sanitizeLine(c.version)}  sha256 ${c.sha256.slice(0, 12)}  ${style.dim(sanitizeLine(c.file))}`;
      appendAll(lines, wrapParagraph(text, width, { first: '  ', rest: `  ${HANG}` }));
    }
  }
  if (lines.length > 0) lines.push('');
  const summary = summaryLine(report.summary);
  appendAll(lines, wrapParagraph(summary, width, { paint: report.summary.valid ? style.green : style.red, rest: '  ' }));
  return `${lines.join('\n')}\n`;
}
