import type { Criteria } from '../../criteria/model.js';
import type { CriteriaStore } from '../../criteria/store.js';
import { loadEvidenceFile } from '../../evidence/load.js';
import { checked } from '../../engine/sequence.js';
import { testedDecision, type TestedDecision } from '../../engine/tested.js';
import type { Diagnostic, Issue } from '../../shared/diagnostics.js';
import { unknownFrameworkMessage } from '../../shared/unknown-framework.js';
import { provenanceOf, type CriteriaProvenance } from '../../criteria/provenance.js';
import { loadInlineCase } from './inline.js';
import { expectationIssues } from './expectations.js';
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

/** How to read each value a case can expect from the decision (the searches run only when read). */
const READ: { [K in keyof Expectation]-?: (decision: TestedDecision) => Required<Expectation>[K] } = {
  grade: (d) => d.grade,
  rule: (d) => d.rule,
  computedGrade: (d) => d.computedGrade,
  changesNeeded: (d) => d.nextGradeChanges(),
  margin: (d) => d.marginChanges(),
  limiters: (d) => [...d.limiters],
  advisories: (d) => d.advisories.map((a) => a.code),
  incomplete: (d) => d.incomplete,
};

/** Every value a case can expect, as the full result (`gradeEvidence`) would give it. */
export function testedValues(decision: TestedDecision): Required<Expectation> {
  return actualFor(READ, decision) as Required<Expectation>;
}

/** What the decision says for each key a case expects. */
export function actualFor(expect: Partial<Record<keyof Expectation, unknown>>, decision: TestedDecision): Partial<Expectation> {
  const actual: Partial<Expectation> = {};
  for (const key of Object.keys(expect) as Array<keyof Expectation>) (actual as Record<string, unknown>)[key] = READ[key](decision);
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
  const impossible = expectationIssues(criteria, testCase);
  if (impossible.length > 0) return error(impossible.map((issue) => loaded.locate(issue)));
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
  // The same sequence as `gradeLoaded` (the checks, the decision, the judgement's step limit),
  // deciding only the values a case compares: no justification, and no search it does not read.
  const graded = checked(criteria, evidence, gradeOptions, testedDecision, (decision) => decision.rule);
  if (!graded.ok) return error(graded.diagnostics);
  // All that validation reads of a case: its diagnostics.
  if (checkOnly) return { ...base, status: 'pass', actual: null, mismatches: [], diagnostics: graded.diagnostics };
  const actual = actualFor(testCase.expect, graded.value);
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
