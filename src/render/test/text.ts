import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import type { CaseResult, TestFileResult } from '../../batch/criteria-tests/run.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { wrapCapped } from '../diagnostics.js';
import { SEE_ALL_IN_JSON } from '../diagnostic-cap.js';
import { createStyle, fitWidth, type RenderOptions } from '../style.js';
import { wrapParagraph, type Hang } from '../wrap.js';
import { diffLines, testSummaryLine } from './diff.js';


/** A line of the report after `indent`, wrapped to the width, its later lines under its text after a mark ("✔ ", "- "). */
const say = (text: string, width: number | undefined, indent: string, hang: Hang = {}): string[] =>
  wrapParagraph(text, width, { first: indent, rest: `${indent}  `, ...hang });

function caseLines(result: CaseResult, options: RenderOptions): string[] {
  const style = createStyle(options);
  const width = fitWidth(options);
  const name = sanitizeLine(result.name);
  if (result.status === 'pass') return say(`${style.green('✔')} ${name}`, width, '  ');
  const where = style.dim(`(${sanitizeLine(result.file)}:${result.line})`);
  if (result.status === 'error') {
    return [...say(`${style.red('✖')} ${name} ${where}: could not be graded`, width, '  '),
      ...wrapCapped(result.diagnostics, width, SEE_ALL_IN_JSON, options, '      ')];
  }
  return [...say(`${style.red('✖')} ${name} ${where}`, width, '  '),
    `      ${style.red('- expected')}  ${style.green('+ actual')}`,
    ...diffLines(result).flatMap(({ sign, text }) => say(`${sign} ${sanitizeLine(text)}`, width, '      ', { paint: sign === '-' ? style.red : style.green }))];
}

function fileLines(file: TestFileResult, options: RenderOptions): string[] {
  const style = createStyle(options);
  const width = fitWidth(options);
  const provenance = file.criteria ? style.dim(` (${sanitizeLine(file.criteria.framework)} ${sanitizeLine(file.criteria.version)}, sha256 ${file.criteria.sha256.slice(0, 12)})`) : '';
  return [
    ...say(`${style.bold(sanitizeLine(file.file))}${provenance}`, width, '', { rest: '    ' }),
    ...wrapCapped(file.diagnostics, width, SEE_ALL_IN_JSON, options, '  '),
    ...file.cases.flatMap((c) => caseLines(c, options)),
  ];
}

/**
 * Each test file with its cases (✔ or ✖ with a diff of expected and actual), then the summary
 * line; with a width (`fitWidth`), every line wrapped to it with a hanging indent.
 */
export function renderTestText(report: TestRun, options: RenderOptions): string {
  const style = createStyle(options);
  const blocks = report.files.map((file) => fileLines(file, options).join('\n'));
  const summary = testSummaryLine(report.summary);
  const last = wrapParagraph(summary, fitWidth(options), { paint: report.summary.ok ? style.green : style.red, rest: '  ' });
  return `${[...blocks, last.join('\n')].join('\n\n')}\n`;
}
