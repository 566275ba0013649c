import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import type { RenderOptions } from '../style.js';

/** The test report as one JSON object: `{schemaVersion, ok, summary, files: [{…, cases}]}`. */
export function renderTestJson(report: TestRun, _options: RenderOptions): string {
  return `${JSON.stringify({ schemaVersion: 1, ok: report.summary.ok, summary: report.summary, files: report.files }, null, 2)}\n`;
}
