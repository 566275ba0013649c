import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import { githubCommands } from '../github-commands.js';
import type { RenderOptions } from '../style.js';
import { testSummaryLine } from './diff.js';
import { testProblems } from './problems.js';

/**
 * GitHub Actions workflow commands (`githubCommands`): an annotation per failed case (at the case
 * in its test file) and per problem of a case or file that could not be run, then the summary line.
 */
export function renderTestGithub(report: TestRun, _options: RenderOptions): string {
  return githubCommands(testProblems(report), 'grade test', testSummaryLine(report.summary));
}
