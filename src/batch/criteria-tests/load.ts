import { basename, dirname, isAbsolute, join } from 'node:path';
import { validateCriteriaTestDocument } from '../../generated/criteria-test-validator.js';
import { parseYamlSource } from '../../criteria/yaml-source.js';
import type { Diagnostic, Issue, Loaded } from '../../shared/diagnostics.js';
import { hasErrors } from '../../shared/diagnostics.js';
import { readTextFile } from '../../io/read-text.js';
import { prebuiltParse } from '../../io/prebuilt.js';
import { sparseItems, withoutRepeats } from '../../shared/salvage.js';
import { schemaErrorsToIssues, type SchemaError } from '../../shared/schema-issues.js';
import { nthItem } from '../../shared/paths.js';
import { quote } from '../../shared/quote.js';
import type { TestCase, TestFile, TestFileDocument } from './model.js';
import { appendAll } from '../../shared/append.js';

/** A criteria test file, and the means to position issues found later (in inline evidence). */
export interface LoadedTestFile {
  testFile: TestFile;
  locate: (issue: Issue) => Diagnostic;
}

const INLINE_KEYS = ['default', 'findings', 'excellence', 'critical', 'concerns', 'judgement'] as const;

/** The checks of a test file that need no criteria: unique case names, one source per case. */
export function checkTestFile(doc: TestFileDocument): Issue[] {
  const issues: Issue[] = [];
  const names = new Map<string, number>();
  doc.cases.forEach((testCase, index) => {
    const first = names.get(testCase.name);
    if (first !== undefined) {
      issues.push({ code: 'duplicate-case', severity: 'error', path: ['cases', index, 'name'],
        message: `duplicate case name ${quote(testCase.name)} (the first is ${nthItem('cases', first)})` });
    } else names.set(testCase.name, index);
    const inline = INLINE_KEYS.filter((key) => testCase[key] !== undefined);
    if (testCase.evidence !== undefined && inline.length > 0) {
      issues.push({ code: 'case-source', severity: 'error', path: ['cases', index, 'evidence'], atKey: true,
        message: `case "${testCase.name}" gives both an evidence file and inline ${inline.join(', ')}; give one or the other` });
    } else if (testCase.evidence === undefined && testCase.default === undefined && testCase.findings === undefined) {
      issues.push({ code: 'case-source', severity: 'error', path: ['cases', index],
        message: `case "${testCase.name}" has no evidence: give an evidence file, or inline findings (and/or a default status)` });
    }
  });
  return issues;
}

/** Where each case starts (1-based line and column), in case order. */
type CasePositions = ReadonlyArray<{ line: number; column: number }>;

function casePositions(doc: TestFileDocument, locate: LoadedTestFile['locate']): CasePositions {
  return doc.cases.map((_, index) => {
    const { line, column } = locate({ code: 'invalid-value', severity: 'error', message: '', path: ['cases', index] });
    return { line, column };
  });
}

function toModel(doc: TestFileDocument, file: string, positions: CasePositions): TestFile {
  const folder = dirname(file);
  const cases: TestCase[] = doc.cases.map((c, index) => ({
    name: c.name,
    index,
    line: positions[index]?.line ?? 1,
    column: positions[index]?.column ?? 1,
    ...(c.description !== undefined ? { description: c.description } : {}),
    source: c.evidence !== undefined
      ? { kind: 'file', path: isAbsolute(c.evidence) ? c.evidence : join(folder, c.evidence), given: c.evidence }
      : {
          kind: 'inline',
          ...(c.default !== undefined ? { default: c.default } : {}),
          ...(c.findings !== undefined ? { findings: c.findings } : {}),
          ...(c.excellence !== undefined ? { excellence: c.excellence } : {}),
          ...(c.critical !== undefined ? { critical: c.critical } : {}),
          ...(c.concerns !== undefined ? { concerns: c.concerns } : {}),
          ...(c.judgement !== undefined ? { judgement: c.judgement } : {}),
        },
    allowIncomplete: c.allowIncomplete === true,
    expect: c.expect,
  }));
  return { file, framework: doc.framework, ...(doc.description !== undefined ? { description: doc.description } : {}), cases };
}

/** The name a test file's build-time parse is stored under (`criteria-test-<name without .yaml>`). */
export function prebuiltTestName(file: string): string {
  return `criteria-test-${basename(file).replace(/\.ya?ml$/i, '')}`;
}

/**
 * A shipped test file's build-time parse (see io/prebuilt.ts), when the text is exactly the one
 * it was made from: the checked document and its warnings. Positions for issues found later (in
 * inline evidence) come from parsing the YAML then, which only a failing case needs.
 */
function cachedParse(text: string, file: string): Loaded<LoadedTestFile> | undefined {
  const cached = prebuiltParse(prebuiltTestName(file));
  if (!cached || cached.source !== text) return undefined;
  const { doc, positions, diagnostics } = JSON.parse(cached.parsed) as { doc: TestFileDocument; positions: CasePositions; diagnostics: Array<Omit<Diagnostic, 'file'>> };
  let locate: LoadedTestFile['locate'] | undefined;
  return { ok: true, value: { testFile: toModel(doc, file, positions), locate: (issue) => (locate ??= parseYamlSource(text, file, 'a criteria test file').locate)(issue) },
    diagnostics: diagnostics.map((d) => ({ ...d, file })) };
}

/**
 * The checked document of a test file as the build stores it (its cases as written, before the
 * paths in them are resolved against the file's folder, and where each starts), or undefined
 * when the file has errors.
 */
export function testFileDocument(text: string, file: string): { doc: TestFileDocument; positions: CasePositions; diagnostics: Diagnostic[] } | undefined {
  const { doc, diagnostics, locate } = parseDocument(text, file);
  return doc && locate ? { doc, positions: casePositions(doc, locate), diagnostics } : undefined;
}

function parseDocument(text: string, file: string): { doc?: TestFileDocument; diagnostics: Diagnostic[]; locate?: LoadedTestFile['locate'] } {
  const { data, diagnostics, locate } = parseYamlSource(text, file, 'a criteria test file');
  if (!data) return { diagnostics };
  if (!validateCriteriaTestDocument(data)) {
    appendAll(diagnostics, schemaErrorsToIssues((validateCriteriaTestDocument.errors ?? []) as SchemaError[], data).map(locate));
    // The case checks only compare names and see which keys are there: run them on every case
    // that is a mapping at all, so that one run reports every problem.
    const cases = sparseItems(data.cases, (item) => item) as unknown as TestFileDocument['cases'];
    appendAll(diagnostics, withoutRepeats(diagnostics, checkTestFile({ framework: '', cases }).map(locate)));
    return { diagnostics };
  }
  const doc = data as unknown as TestFileDocument;
  appendAll(diagnostics, checkTestFile(doc).map(locate));
  if (hasErrors(diagnostics)) return { diagnostics };
  return { doc, diagnostics, locate };
}

/** Parses and checks a criteria test file (schemas/criteria-test.schema.json). */
export function parseTestFile(text: string, file: string): Loaded<LoadedTestFile> {
  const cached = cachedParse(text, file);
  if (cached) return cached;
  const { doc, diagnostics, locate } = parseDocument(text, file);
  if (!doc || !locate) return { ok: false, diagnostics };
  return { ok: true, value: { testFile: toModel(doc, file, casePositions(doc, locate)), locate }, diagnostics };
}

/** Reads and parses a criteria test file. */
export async function loadTestFile(file: string, maxBytes?: number): Promise<Loaded<LoadedTestFile>> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  return parseTestFile(read.value, file);
}
