import type { ValidationRun } from '../../batch/validate/validation-run.js';
import { DIAGNOSTIC_RULES, sarifLog } from '../sarif-log.js';
import type { RenderOptions } from '../style.js';

/** SARIF 2.1.0 (`sarifLog`): every diagnostic code as a rule, a result per problem, and a failing --max-warnings as a notification. */
export function renderValidateSarif(report: ValidationRun, _options: RenderOptions): string {
  const { summary } = report;
  const failure = summary.warningsExceeded ? `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}: more than --max-warnings ${summary.maxWarnings ?? 0}` : undefined;
  return sarifLog(report.files.flatMap((file) => file.diagnostics), DIAGNOSTIC_RULES, failure);
}
