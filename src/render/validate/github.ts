import type { ValidationRun } from '../../batch/validate/validation-run.js';
import { githubCommands } from '../github-commands.js';
import type { RenderOptions } from '../style.js';
import { summaryLine } from './summary.js';

/**
 * GitHub Actions workflow commands (`githubCommands`): an annotation per problem, in file and
 * position order, up to the number GitHub shows, then the summary line.
 */
export function renderValidateGithub(report: ValidationRun, _options: RenderOptions): string {
  return githubCommands(report.files.flatMap((file) => file.diagnostics), 'grade validate', summaryLine(report.summary));
}
