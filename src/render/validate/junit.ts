import { sanitizeLine } from '../../shared/sanitize.js';
import type { FileCheck, ValidationRun } from '../../batch/validate/validation-run.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { RenderOptions } from '../style.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xml-escape.js';
import { summaryLine } from './summary.js';

function testcase(file: FileCheck): string {
  const errors = file.diagnostics.filter((d) => d.severity === 'error');
  const warnings = file.diagnostics.filter((d) => d.severity === 'warning');
  const open = `    <testcase classname="${attr(`grade.validate.${file.kind}`)}" name="${attr(sanitizeLine(file.file))}" file="${attr(sanitizeLine(file.file))}">`;
  const body: string[] = [];
  if (errors.length > 0) {
    const first = errors[0];
    const message = `${errors.length} error${errors.length === 1 ? '' : 's'}: ${first ? sanitizeLine(first.message) : ''}`;
    body.push(`      <failure message="${attr(message)}" type="${attr(first?.code ?? 'error')}">${text(errors.map((d) => formatDiagnostic(d)).join('\n'))}</failure>`);
  }
  if (warnings.length > 0) body.push(`      <system-out>${text(warnings.map((d) => formatDiagnostic(d)).join('\n'))}</system-out>`);
  return body.length === 0 ? `${open.slice(0, -1)} />` : [open, ...body, '    </testcase>'].join('\n');
}

/**
 * JUnit XML: one test case per file, failing with every error of the file (warnings go to its
 * system-out); when --max-warnings is exceeded, one more failing case says so.
 */
export function renderValidateJunit(report: ValidationRun, _options: RenderOptions): string {
  const cases = report.files.map(testcase);
  const { summary } = report;
  if (summary.warningsExceeded) {
    cases.push(`    <testcase classname="grade.validate" name="--max-warnings">\n      <failure message="${attr(summaryLine(summary))}" type="max-warnings" />\n    </testcase>`);
  }
  const failures = report.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length + (summary.warningsExceeded ? 1 : 0);
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="grade validate" ${counts}>`,
    `  <testsuite name="grade validate" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
