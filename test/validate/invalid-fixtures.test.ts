import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/**
 * One small bad file per kind of problem SPEC §2 (criteria) and §3 (evidence) lists: each must
 * give exit 1 and the rule at the right 1-based line and column. The positions were worked out
 * by hand from the fixture text (line of the offending token, column of its first character).
 */
interface Row {
  /** In the table's folder, or a path from the project root. */
  file: string;
  code: string;
  line: number;
  column: number;
  /** Extra arguments (e.g. --framework). */
  args?: string[];
  /** Other diagnostics the file rightly gives too (default: none). */
  others?: number;
}

const CRITERIA: Row[] = [
  { file: 'unknown-key.yaml', code: 'unknown-key', line: 3, column: 1, others: 1 }, // and missing "title"
  { file: 'unknown-key-nested.yaml', code: 'unknown-key', line: 20, column: 5 },
  { file: 'framework-id-mismatch.yaml', code: 'framework-id-mismatch', line: 2, column: 12 },
  { file: 'list.yaml', code: 'framework-id-reserved', line: 2, column: 12 },
  { file: 'duplicate-id.yaml', code: 'duplicate-id', line: 23, column: 9 },
  { file: 'good-criterion-flag.yaml', code: 'flag-level', line: 26, column: 5 },
  { file: 'dominant-not-significant.yaml', code: 'missing-implied-flag', line: 13, column: 5 },
  { file: 'no-fair-criteria.yaml', code: 'require-unmatched', line: 10, column: 3 },
  { file: 'no-significant-criteria.yaml', code: 'require-unmatched', line: 10, column: 3 },
  { file: 'no-good-criteria.yaml', code: 'require-unmatched', line: 10, column: 3 },
  { file: 'threshold-range.yaml', code: 'threshold-range', line: 6, column: 21 },
  { file: 'threshold-order.yaml', code: 'threshold-order', line: 6, column: 21 },
  { file: 'unknown-theme.yaml', code: 'unknown-theme', line: 25, column: 12 },
  { file: 'unknown-theme-crlf.yaml', code: 'unknown-theme', line: 25, column: 12 }, // BOM and CRLF
  { file: 'syntax-error.yaml', code: 'syntax-error', line: 26, column: 11 }, // the opening quote
  { file: 'duplicate-key.yaml', code: 'duplicate-key', line: 25, column: 5 },
  { file: 'invalid-type.yaml', code: 'invalid-type', line: 5, column: 10 },
  { file: 'missing-key.yaml', code: 'missing-key', line: 2, column: 1 },
  { file: 'invalid-value.yaml', code: 'unknown-level', line: 24, column: 12 },
];

const EVIDENCE: Row[] = [
  { file: 'unknown-key.json', code: 'unknown-key', line: 8, column: 43 },
  { file: 'unknown-criterion.json', code: 'unknown-criterion', line: 13, column: 20 },
  { file: 'unknown-criterion-crlf-bom.json', code: 'unknown-criterion', line: 13, column: 20 },
  { file: 'duplicate-finding.json', code: 'duplicate-finding', line: 13, column: 20 },
  { file: 'duplicate-key.json', code: 'duplicate-key', line: 6, column: 3 },
  { file: 'fixtures/validate/evidence/valid.json', code: 'framework-mismatch', line: 3, column: 16, args: ['--framework', 'synthetic-two'] },
  { file: 'unknown-framework.json', code: 'unknown-framework', line: 3, column: 16 },
  { file: 'criteria-version-mismatch.json', code: 'criteria-version-mismatch', line: 4, column: 22 },
  { file: 'unknown-factor.json', code: 'unknown-factor', line: 15, column: 17 },
  { file: 'not-applicable-dominant.json', code: 'always-applicable', line: 7, column: 36 },
  { file: 'empty-rationale.json', code: 'empty-rationale', line: 14, column: 48 },
  { file: 'no-applicable-good.json', code: 'no-share', line: 6, column: 15 },
  { file: 'missing-finding.json', code: 'missing-finding', line: 6, column: 15 },
  { file: 'judgement-shift.json', code: 'judgement-shift', line: 14, column: 27 },
  { file: 'invalid-value.json', code: 'invalid-value', line: 8, column: 36 },
  { file: 'invalid-type.json', code: 'invalid-type', line: 4, column: 22 },
  { file: 'missing-key.json', code: 'missing-key', line: 1, column: 1 },
  { file: 'syntax-error.json', code: 'syntax-error', line: 12, column: 43 }, // a trailing comma: at the comma itself
  { file: 'syntax-error-token.json', code: 'syntax-error', line: 12, column: 36 },
];

interface JsonDiagnostic { code: string; severity: string; file: string; line: number; column: number; message: string }

async function validate(args: string[]): Promise<{ status: number; diagnostics: JsonDiagnostic[] }> {
  const run = await runInProcess(['validate', ...args, '--format', 'json']);
  const output = JSON.parse(run.stdout) as { files: Array<{ diagnostics: JsonDiagnostic[] }> };
  return { status: run.status, diagnostics: output.files.flatMap((f) => f.diagnostics) };
}

async function expectRow(row: Row, dir: string, criteriaDir: string): Promise<void> {
  const file = row.file.includes('/') ? row.file : `${dir}/${row.file}`;
  const { status, diagnostics } = await validate([file, '--criteria', criteriaDir, ...(row.args ?? [])]);
  expect(status).toBe(1);
  expect(diagnostics.map((d) => [d.code, d.line, d.column])).toContainEqual([row.code, row.line, row.column]);
  expect(diagnostics).toHaveLength(1 + (row.others ?? 0));
  expect(diagnostics.every((d) => d.file === file && d.severity === 'error')).toBe(true);
}

describe('grade validate: one bad criteria file per kind (SPEC §2)', () => {
  it.each(CRITERIA.map((row) => [row.file, row] as const))('%s', async (_name, row) => {
    await expectRow(row, 'fixtures/invalid/criteria', 'fixtures/invalid/criteria');
  });
});

describe('grade validate: one bad evidence file per kind (SPEC §3)', () => {
  it.each(EVIDENCE.map((row) => [row.file, row] as const))('%s', async (_name, row) => {
    await expectRow(row, 'fixtures/invalid/evidence', 'fixtures/validate/criteria');
  });
});

describe('grade validate: warnings', () => {
  it.each([
    ['missing-guidance.yaml', 'missing-guidance', [[10, 5], [16, 5]]],
    ['no-dominant-criterion.yaml', 'unused-flag', [[10, 3]]],
  ] as const)('%s warns and passes; --max-warnings 0 fails', async (file, code, positions) => {
    const path = `fixtures/invalid/criteria/${file}`;
    const passed = await validate([path, '--criteria', 'fixtures/invalid/criteria']);
    expect(passed.status).toBe(0);
    expect(passed.diagnostics.map((d) => [d.code, d.severity, d.line, d.column]))
      .toEqual(positions.map(([line, column]) => [code, 'warning', line, column]));
    expect((await validate([path, '--criteria', 'fixtures/invalid/criteria', '--max-warnings', String(positions.length)])).status).toBe(0);
    expect((await validate([path, '--criteria', 'fixtures/invalid/criteria', '--max-warnings', String(positions.length - 1)])).status).toBe(1);
  });
});

describe('grade validate: every problem of a file in one run', () => {
  it('reports schema, duplicate-key and criteria problems of one evidence file together, sorted by position', async () => {
    const { status, diagnostics } = await validate(['fixtures/invalid/evidence/many-problems.json', '--criteria', 'fixtures/validate/criteria']);
    expect(status).toBe(1);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '4:66 unknown-key',
      '5:15 missing-finding',
      '6:36 always-applicable',
      '7:36 invalid-value',
      '8:20 unknown-criterion',
      '9:43 duplicate-key',
      '10:20 duplicate-finding',
      '11:5 missing-key',
      '12:5 invalid-type',
      '14:51 empty-rationale',
      '15:53 empty-rationale',
      '15:63 empty-rationale',
    ]);
  });

  it('--allow-incomplete drops the missing findings and nothing else', async () => {
    const { diagnostics } = await validate(['fixtures/invalid/evidence/many-problems.json', '--criteria', 'fixtures/validate/criteria', '--allow-incomplete']);
    expect(diagnostics.map((d) => d.code)).not.toContain('missing-finding');
    expect(diagnostics).toHaveLength(11);
  });

  it('passes incomplete evidence with --allow-incomplete', async () => {
    expect((await validate(['fixtures/invalid/evidence/missing-finding.json', '--criteria', 'fixtures/validate/criteria', '--allow-incomplete'])).status).toBe(0);
  });
});
