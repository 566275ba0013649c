import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import { sarifLog } from '../sarif-log.js';
import type { RenderOptions } from '../style.js';
import { TEST_RULES, testProblems } from './problems.js';

/** SARIF 2.1.0 (`sarifLog`): the diagnostic codes and `case-failed` as rules, a result per failed case or problem. */
export function renderTestSarif(report: TestRun, _options: RenderOptions): string {
  return sarifLog(testProblems(report), TEST_RULES);
}
