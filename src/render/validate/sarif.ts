import type { ValidationRun } from '../../batch/validate/validation-run.js';
import { DIAGNOSTIC_RULES, sarifLog } from '../sarif-log.js';
import type { RenderOptions } from '../style.js';

/** SARIF 2.1.0 (`sarifLog`): every diagnostic code as a rule, and a result per problem. */
export function renderValidateSarif(report: ValidationRun, _options: RenderOptions): string {
  return sarifLog(report.files.flatMap((file) => file.diagnostics), DIAGNOSTIC_RULES);
}
