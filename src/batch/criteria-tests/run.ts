import type { Criteria } from '../../criteria/model.js';
import type { CriteriaStore } from '../../criteria/store.js';
import type { GradeResult } from '../../engine/result.js';
import { loadEvidenceFile } from '../../evidence/load.js';
import { decideLoaded, gradeLoaded } from '../../engine/sequence.js';
import type { Diagnostic, Issue } from '../../shared/diagnostics.js';
import { unknownFrameworkMessage } from '../../shared/unknown-framework.js';
import { provenanceOf, type CriteriaProvenance } from '../../criteria/provenance.js';
import { loadInlineCase } from './inline.js';
import type { LoadedTestFile } from './load.js';
import type { Expectation, TestCase } from './model.js';

/** One expected value that the result did not give. */
export interface Mismatch {
  key: keyof Expectation;
  expected: unknown;
  actual: unknown;
}

/** The outcome of one case: pass, fail (a mismatch) or error (it could not be graded). */
export interface CaseResult {
  name: string;
  file: string;
  line: number;
  column: number;
  status: 'pass' | 'fail' | 'error';
  expected: Expectation;
  /** The result's values for the keys the case expects; null when it could not be graded. */
  actual: Partial<Expectation> | null;
  mismatches: Mismatch[];
  diagnostics: Diagnostic[];
}

/** The outcome of one test file. */
export interface TestFileResult {
  file: string;
  framework: string;
  criteria: CriteriaProvenance | null;
  /** Problems of the file as a whole (its framework unknown, its criteria invalid). */
  diagnostics: Diagnostic[];
  cases: CaseResult[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** What the result says for each key a case expects. */
export function actualFor(expect: Expectation, result: GradeResult): Partial<Expectation> {
  const all: Required<Expectation> = {
    grade: result.grade,
    rule: result.decision.rule,
    computedGrade: result.computedGrade,
    changesNeeded: result.nextGrade ? result.nextGrade.changesNeeded : null,
    margin: result.margin ? result.margin.changesNeeded : null,
    limiters: result.limiters.map((l) => l.id),
    advisories: result.advisories.map((a) => a.code),
    incomplete: result.incomplete,
  };
  const actual: Partial<Expectation> = {};
  for (const key of Object.keys(expect) as Array<keyof Expectation>) (actual as Record<string, unknown>)[key] = all[key];
  return actual;
}

/** The expected values the result did not give, in the order the case lists them. Pure. */
export function compareExpectation(expect: Expectation, actual: Partial<Expectation>): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const key of Object.keys(expect) as Array<keyof Expectation>) {
    const want = expect[key];
    const got = actual[key];
    const equal = Array.isArray(want) && Array.isArray(got) ? sameSet(want, got) : want === got;
    if (!equal) mismatches.push({ key, expected: want, actual: got });
  }
  return mismatches;
}

async function runCase(criteria: Criteria, loaded: LoadedTestFile, testCase: TestCase, maxBytes?: number, checkOnly = false): Promise<CaseResult> {
  const base = { name: testCase.name, file: loaded.testFile.file, line: testCase.line, column: testCase.column, expected: testCase.expect };
  const error = (diagnostics: Diagnostic[]): CaseResult => ({ ...base, status: 'error', actual: null, mismatches: [], diagnostics });
  let evidence;
  if (testCase.source.kind === 'file') {
    const read = await loadEvidenceFile(testCase.source.path, maxBytes);
    if (!read.ok) {
      const unreadable = read.diagnostics.find((d) => d.code === 'file-unreadable' || d.code === 'file-too-large');
      if (unreadable) {
        return error([loaded.locate({ code: unreadable.code, severity: 'error', path: ['cases', testCase.index, 'evidence'],
          message: `evidence file ${testCase.source.given}: ${unreadable.message}` })]);
      }
      return error(read.diagnostics);
    }
    evidence = read.value;
  } else {
    evidence = loadInlineCase(criteria, loaded, { ...testCase, source: testCase.source });
  }
  // Inline findings are statuses alone, by design: no warning that they cite no evidence.
  const gradeOptions = { framework: criteria.framework, allowIncomplete: testCase.allowIncomplete, ignoreUncited: testCase.source.kind !== 'file' };
  if (checkOnly) {
    // The same checks and grade, without the justification: all that validation reads of a case.
    const decided = decideLoaded(criteria, evidence, gradeOptions);
    return decided.ok ? { ...base, status: 'pass', actual: null, mismatches: [], diagnostics: decided.diagnostics } : error(decided.diagnostics);
  }
  const graded = gradeLoaded(criteria, evidence, gradeOptions);
  if (!graded.ok) return error(graded.diagnostics);
  const actual = actualFor(testCase.expect, graded.result);
  const mismatches = compareExpectation(testCase.expect, actual);
  return { ...base, status: mismatches.length === 0 ? 'pass' : 'fail', actual, mismatches, diagnostics: graded.diagnostics };
}

/**
 * Runs every case of a loaded test file against its framework's criteria from the store. With
 * `checkOnly` (validation), each case's evidence is checked and graded but not compared or
 * explained: every case with valid evidence passes.
 */
export async function runTestFile(loaded: LoadedTestFile, store: CriteriaStore, maxBytes?: number, checkOnly = false): Promise<TestFileResult> {
  const { file, framework } = loaded.testFile;
  const fileProblem = (issue: Omit<Issue, 'severity' | 'path'>): TestFileResult =>
    ({ file, framework, criteria: null, diagnostics: [loaded.locate({ ...issue, severity: 'error', path: ['framework'] })], cases: [] });
  const loading = store.forFramework(framework);
  if (!loading) {
    return fileProblem({ code: 'unknown-framework', message: unknownFrameworkMessage(framework, store.ids, store.dir) });
  }
  const criteria = await loading;
  if (!criteria.ok) {
    return fileProblem({ code: 'criteria-invalid', message: `cannot test ${store.fileOf(framework)}: it is invalid (see \`grade validate ${store.fileOf(framework)}\`)` });
  }
  const cases: CaseResult[] = [];
  for (const testCase of loaded.testFile.cases) cases.push(await runCase(criteria.value, loaded, testCase, maxBytes, checkOnly));
  return { file, framework, criteria: provenanceOf(criteria.value), diagnostics: [], cases };
}
