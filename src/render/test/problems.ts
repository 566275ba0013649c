import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import type { CaseResult } from '../../batch/criteria-tests/run.js';
import { byCodeUnit } from '../../shared/order.js';
import { quote } from '../../shared/quote.js';
import type { Problem } from '../diagnostics.js';
import { DIAGNOSTIC_RULES, type SarifRule } from '../sarif-log.js';
import { showValue } from './diff.js';

/** The rule of a case whose result differs from what it expects: `grade test`'s own, beside the diagnostic codes. */
export const CASE_FAILED: SarifRule = {
  id: 'case-failed',
  description: 'A criteria test case gave another grade, rule or other expected value than the one it expects.',
  level: 'error',
};

/** The rules of `grade test`'s SARIF log: every diagnostic code and `case-failed`, sorted by id. */
export const TEST_RULES: readonly SarifRule[] = [...DIAGNOSTIC_RULES, CASE_FAILED].sort((a, b) => byCodeUnit(a.id, b.id));

/** Longest case name quoted in a message. */
const MAX_NAME = 120;

function caseProblems(result: CaseResult): Problem[] {
  const name = quote(result.name, MAX_NAME);
  const at = { file: result.file, line: result.line, column: result.column, severity: 'error' as const };
  if (result.status === 'pass') return [];
  if (result.status === 'fail') {
    const what = result.mismatches.map((m) => `${m.key}: expected ${showValue(m.expected)}, got ${showValue(m.actual)}`).join('; ');
    return [{ ...at, code: CASE_FAILED.id, message: `case ${name} failed: ${what}` }];
  }
  if (result.diagnostics.length === 0) return [{ ...at, code: CASE_FAILED.id, message: `case ${name} could not be graded` }];
  return result.diagnostics.map((d) => ({ ...d, message: `case ${name} could not be graded: ${d.message}` }));
}

/**
 * What the CI formats of `grade test` report, file by file (in the run's order): the problems of
 * the file as a whole, then for each case in file order a failure at the case (rule
 * `case-failed`: each expected value and the actual one) or, for a case that could not be
 * graded, its diagnostics, named after the case. Passing cases give nothing.
 */
export function testProblems(report: TestRun): Problem[] {
  return report.files.flatMap((file) => [...file.diagnostics, ...file.cases.flatMap(caseProblems)]);
}
