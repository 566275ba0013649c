import type { TestRun } from '../../batch/criteria-tests/test-run.js';
import type { CaseResult, TestFileResult } from '../../batch/criteria-tests/run.js';
import { sanitizeLine } from '../../shared/sanitize.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { RenderOptions } from '../style.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xml-escape.js';
import { diffLines, showValue } from './diff.js';

function testcase(file: TestFileResult, result: CaseResult): string {
  const open = `    <testcase classname="${attr(`grade.test.${file.framework}`)}" name="${attr(sanitizeLine(result.name))}" file="${attr(sanitizeLine(file.file))}" line="${result.line}">`;
  if (result.status === 'pass') return `${open.slice(0, -1)} />`;
  const body = result.status === 'fail'
    ? `      <failure message="${attr(result.mismatches.map((m) => `${m.key}: expected ${showValue(m.expected)}, got ${showValue(m.actual)}`).join('; '))}" type="mismatch">${text(diffLines(result).map((l) => `${l.sign} ${l.text}`).join('\n'))}</failure>`
    : `      <error message="could not be graded" type="${attr(result.diagnostics[0]?.code ?? 'error')}">${text(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'))}</error>`;
  return [open, body, '    </testcase>'].join('\n');
}

function suite(file: TestFileResult): string {
  const cases = file.cases.map((c) => testcase(file, c));
  if (file.diagnostics.length > 0) {
    cases.push(`    <testcase classname="${attr(`grade.test.${file.framework}`)}" name="(file)" file="${attr(sanitizeLine(file.file))}">\n`
      + `      <error message="the test file could not be run" type="${attr(file.diagnostics[0]?.code ?? 'error')}">${text(file.diagnostics.map((d) => formatDiagnostic(d)).join('\n'))}</error>\n    </testcase>`);
  }
  const failures = file.cases.filter((c) => c.status === 'fail').length;
  const errors = file.cases.filter((c) => c.status === 'error').length + (file.diagnostics.length > 0 ? 1 : 0);
  return [`  <testsuite name="${attr(sanitizeLine(file.file))}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">`, ...cases, '  </testsuite>'].join('\n');
}

/** JUnit XML: a test suite per test file and a test case per case (failure: the diff; error: the diagnostics). */
export function renderTestJunit(report: TestRun, _options: RenderOptions): string {
  const suites = report.files.map(suite);
  const tests = report.files.reduce((n, f) => n + f.cases.length + (f.diagnostics.length > 0 ? 1 : 0), 0);
  const { failed, errors, invalidFiles } = report.summary;
  return ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="grade test" tests="${tests}" failures="${failed}" errors="${errors + invalidFiles}">`, ...suites, '</testsuites>', ''].join('\n');
}
