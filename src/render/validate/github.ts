import type { Diagnostic } from '../../shared/diagnostics.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import type { ValidationRun } from '../../batch/validate/validation-run.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { RenderOptions } from '../style.js';
import { summaryLine } from './summary.js';

/**
 * GitHub shows at most 10 error and 10 warning annotations from one step (and 50 per job);
 * the rest are dropped silently. So at most this many of each are annotated, and the others
 * are printed as plain log lines, where nothing is lost.
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`file=`, `title=`…). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Diagnostic): string {
  const properties = [
    `file=${escapeProperty(sanitizeLine(d.file))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `title=${escapeProperty(`grade ${d.code}`)}`,
  ];
  return `::${d.severity} ${properties.join(',')}::${escapeData(sanitizeLine(`${d.message} [${d.code}]`))}`;
}

/**
 * GitHub Actions workflow commands: an `::error` or `::warning` annotation per problem, up to
 * ANNOTATIONS_PER_SEVERITY of each (in file and position order), the others as plain lines,
 * then the summary line. Paths are printed as given: run from the repository root.
 */
export function renderValidateGithub(report: ValidationRun, _options: RenderOptions): string {
  const used = { error: 0, warning: 0 };
  const lines: string[] = [];
  let plain = 0;
  for (const d of report.files.flatMap((file) => file.diagnostics)) {
    if (used[d.severity] < ANNOTATIONS_PER_SEVERITY) {
      used[d.severity]++;
      lines.push(annotation(d));
    } else {
      plain++;
      // A line that begins with "::" would be read as a command: these never do (they begin with the path).
      lines.push(formatDiagnostic(d, { color: false }).replace(/^::/, ' ::'));
    }
  }
  const summary = summaryLine(report.summary);
  if (plain > 0) {
    lines.push(`::notice title=${escapeProperty('grade validate')}::${escapeData(`${plain} more problem${plain === 1 ? ' is' : 's are'} not annotated (GitHub shows ${ANNOTATIONS_PER_SEVERITY} of each kind per step): see the log`)}`);
  }
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}
