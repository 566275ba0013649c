import { compareDiagnostics } from '../../shared/diagnostics.js';
import type { TestFileResult } from './run.js';
import { byCodeUnit } from '../../shared/order.js';

export interface TestSummary {
  files: number;
  cases: number;
  passed: number;
  failed: number;
  /** Cases that could not be graded. */
  errors: number;
  /** Test files that could not be run at all (invalid, or their criteria unknown or invalid). */
  invalidFiles: number;
  /** Every case passed and every file ran. */
  ok: boolean;
}

/** Everything `grade test` found, files sorted by name (cases in file order). */
export interface TestRun {
  files: TestFileResult[];
  summary: TestSummary;
}

/** Sorts the files and counts up their cases. */
export function summariseTestRun(files: readonly TestFileResult[]): TestRun {
  const sorted = [...files]
    .sort((a, b) => byCodeUnit(a.file, b.file))
    .map((file) => ({
      ...file,
      diagnostics: [...file.diagnostics].sort(compareDiagnostics),
      cases: file.cases.map((c) => ({ ...c, diagnostics: [...c.diagnostics].sort(compareDiagnostics) })),
    }));
  const cases = sorted.flatMap((file) => file.cases);
  const invalidFiles = sorted.filter((file) => file.diagnostics.some((d) => d.severity === 'error')).length;
  const passed = cases.filter((c) => c.status === 'pass').length;
  const failed = cases.filter((c) => c.status === 'fail').length;
  const errors = cases.filter((c) => c.status === 'error').length;
  return { files: sorted, summary: { files: sorted.length, cases: cases.length, passed, failed, errors, invalidFiles,
    ok: failed === 0 && errors === 0 && invalidFiles === 0 } };
}
