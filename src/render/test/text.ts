import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import type { CaseResult, TestFileResult } from '../../batch/criteria-tests/run.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { formatDiagnostic } from '../diagnostics.js';
import { createStyle, type RenderOptions } from '../style.js';
import { diffLines, testSummaryLine } from './diff.js';

function caseLines(result: CaseResult, options: RenderOptions): string[] {
  const style = createStyle(options);
  const name = sanitizeLine(result.name);
  if (result.status === 'pass') return [`  ${style.green('✔')} ${name}`];
  const where = style.dim(`(${sanitizeLine(result.file)}:${result.line})`);
  if (result.status === 'error') {
    return [`  ${style.red('✖')} ${name} ${where}: could not be graded`,
      ...result.diagnostics.map((d) => `      ${formatDiagnostic(d, options)}`)];
  }
  return [`  ${style.red('✖')} ${name} ${where}`,
    `      ${style.red('- expected')}  ${style.green('+ actual')}`,
    ...diffLines(result).map(({ sign, text }) => `      ${sign === '-' ? style.red(`- ${sanitizeLine(text)}`) : style.green(`+ ${sanitizeLine(text)}`)}`)];
}

function fileLines(file: TestFileResult, options: RenderOptions): string[] {
  const style = createStyle(options);
  const provenance = file.criteria ? style.dim(` (${sanitizeLine(file.criteria.framework)} ${sanitizeLine(file.criteria.version)}, sha256 ${file.criteria.sha256.slice(0, 12)})`) : '';
  return [
    `${style.bold(sanitizeLine(file.file))}${provenance}`,
    ...file.diagnostics.map((d) => `  ${formatDiagnostic(d, options)}`),
    ...file.cases.flatMap((c) => caseLines(c, options)),
  ];
}

/** Each test file with its cases (✔ or ✖ with a diff of expected and actual), then the summary line. */
export function renderTestText(report: TestRun, options: RenderOptions): string {
  const style = createStyle(options);
  const blocks = report.files.map((file) => fileLines(file, options).join('\n'));
  const summary = testSummaryLine(report.summary);
  return `${[...blocks, report.summary.ok ? style.green(summary) : style.red(summary)].join('\n\n')}\n`;
}
