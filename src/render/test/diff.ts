import type { CaseResult } from '../../batch/criteria-tests/run.js';
import type { TestSummary } from '../../batch/criteria-tests/test-run.js';

/** A value as a case file would write it. */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? 'undefined';
}

/** The mismatches of a failed case as diff lines: `- key: expected` then `+ key: actual`. */
export function diffLines(result: CaseResult): Array<{ sign: '-' | '+'; text: string }> {
  return result.mismatches.flatMap((m) => [
    { sign: '-' as const, text: `${m.key}: ${showValue(m.expected)}` },
    { sign: '+' as const, text: `${m.key}: ${showValue(m.actual)}` },
  ]);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The closing line of `grade test`: "✔ 91 cases passed in 6 files" or what failed. */
export function testSummaryLine(s: TestSummary): string {
  const files = `in ${plural(s.files, 'file')}`;
  if (s.ok) return `✔ ${plural(s.cases, 'case')} passed ${files}`;
  const parts = [`${s.failed} failed`, ...(s.errors > 0 ? [`${s.errors} could not be graded`] : []), `${s.passed} passed`];
  const invalid = s.invalidFiles > 0 ? `; ${plural(s.invalidFiles, 'test file')} could not be run` : '';
  return `✖ ${plural(s.cases, 'case')}: ${parts.join(', ')} ${files}${invalid}`;
}
