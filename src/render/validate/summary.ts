import type { ValidationSummary } from '../../batch/validate/validation-run.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The closing line of `validate`: "✔ 9 files valid" or "✖ 3 problems (2 errors, 1 warning) in 2 of 9 files". */
export function summaryLine(summary: ValidationSummary): string {
  const { files, errors, warnings, filesWithProblems, maxWarnings } = summary;
  if (summary.valid) {
    return `✔ ${plural(files, 'file')} valid${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}`;
  }
  const exceeded = summary.warningsExceeded ? `; more than --max-warnings ${maxWarnings ?? 0}` : '';
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${filesWithProblems} of ${plural(files, 'file')}${exceeded}`;
}
