import type { ValidationRun } from '../../batch/validate/validation-run.js';
import { criteriaUsed } from '../../batch/validate/validation-run.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { NAME_WIDTH } from '../box-table.js';
import { formatDiagnostic } from '../diagnostics.js';
import { createStyle, type RenderOptions } from '../style.js';
import { summaryLine } from './summary.js';

/**
 * `file:line:column: severity: message [rule]` for every problem, sorted by file and position;
 * then the criteria (version and sha256) that the files are or were checked against; then the
 * summary line.
 */
export function renderValidateText(report: ValidationRun, options: RenderOptions): string {
  const style = createStyle(options);
  const lines = report.files.flatMap((file) => file.diagnostics.map((d) => formatDiagnostic(d, options)));
  const criteria = criteriaUsed(report);
  if (criteria.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(style.bold('Criteria'));
    // Aligned up to NAME_WIDTH: one long id must not pad every other line to its length.
    const width = Math.min(NAME_WIDTH, criteria.reduce((widest, c) => Math.max(widest, c.framework.length), 0));
    for (const c of criteria) {
      lines.push(`  ${sanitizeLine(c.framework).padEnd(width)}  version ${sanitizeLine(c.version)}  sha256 ${c.sha256.slice(0, 12)}  ${style.dim(sanitizeLine(c.file))}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const summary = summaryLine(report.summary);
  lines.push(report.summary.valid ? style.green(summary) : style.red(summary));
  return `${lines.join('\n')}\n`;
}
