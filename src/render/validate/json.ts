import type { ValidationRun } from '../../batch/validate/validation-run.js';
import { criteriaUsed } from '../../batch/validate/validation-run.js';
import type { RenderOptions } from '../style.js';

/** Version of the `validate --format json` shape (schemas/validate-result.schema.json). */
export const VALIDATE_SCHEMA_VERSION = 1;

/** The report as one JSON object: summary, the criteria used (provenance), and every file with its diagnostics. */
export function renderValidateJson(report: ValidationRun, _options: RenderOptions): string {
  const output = {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    valid: report.summary.valid,
    summary: report.summary,
    criteria: criteriaUsed(report),
    files: report.files.map((file) => ({
      file: file.file,
      kind: file.kind,
      valid: !file.diagnostics.some((d) => d.severity === 'error'),
      errors: file.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: file.diagnostics.filter((d) => d.severity === 'warning').length,
      criteria: file.criteria,
      diagnostics: file.diagnostics,
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
