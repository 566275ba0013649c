import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { sarifValidator } from '../helpers/sarif.js';

const SYNTHETIC = ['--criteria', 'fixtures/validate/criteria'];
const FIXTURES = ['fixtures/criteria-tests', ...SYNTHETIC];
const COMMAND = /^::(error|warning|notice) ((?:[a-z]+=[^,:]*,)*[a-z]+=[^,:]*)::(.*)$/;

interface SarifResult { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }
interface SarifLog { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: SarifResult[] }> }

/** A test file of `count` inline cases that each expect the wrong grade. */
function failingCases(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'grade-test-ci-'));
  const file = join(folder, 'many.test.yaml');
  const cases = Array.from({ length: count }, (_, i) => `  - name: wrong ${i + 1}\n    default: met\n    expect: { grade: poor, rule: good }\n`);
  writeFileSync(file, `framework: synthetic\ncases:\n${cases.join('')}`);
  return file;
}

describe('grade test --format sarif', () => {
  const validSarif = sarifValidator();

  it('validates against the SARIF 2.1.0 schema: a result per failed case and per problem of a case not graded', async () => {
    const run = await runInProcess(['test', ...FIXTURES, '--format', 'sarif']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(validSarif(log), JSON.stringify(validSarif.errors, null, 2)).toBe(true);
    const [sarifRun] = log.runs;
    const rules = sarifRun?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(rules).toContain('case-failed');
    expect(rules).toEqual([...rules].sort());
    for (const result of sarifRun?.results ?? []) expect(rules[result.ruleIndex]).toBe(result.ruleId);
    expect(sarifRun?.results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['case-failed', 'error', 8],
      ['unknown-criterion', 'error', 14],
    ]);
    expect(sarifRun?.results[0]?.message.text).toBe('case "expects the wrong grade" failed: grade: expected fair, got poor');
  });

  it('still validates when every case passes (no results), and for a test file that cannot be run', async () => {
    const clean = JSON.parse((await runInProcess(['test', 'fixtures/criteria-tests/synthetic.test.yaml', ...SYNTHETIC, '--format', 'sarif'])).stdout) as SarifLog;
    expect(validSarif(clean)).toBe(true);
    expect(clean.runs[0]?.results).toEqual([]);
    const unknown = await runInProcess(['test', 'fixtures/criteria-tests/synthetic.test.yaml', '--criteria', 'criteria', '--format', 'sarif']);
    expect(unknown.status).toBe(1);
    const log = JSON.parse(unknown.stdout) as SarifLog;
    expect(validSarif(log)).toBe(true);
    expect(log.runs[0]?.results.map((r) => r.ruleId)).toEqual(['unknown-framework']);
  });
});

describe('grade test --format github', () => {
  it('annotates each failed case at the case, then prints the summary line', async () => {
    const run = await runInProcess(['test', ...FIXTURES, '--format', 'github']);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(COMMAND);
    expect(lines[0]).toBe('::error file=fixtures/criteria-tests/failing.test.yaml,line=8,col=5,title=grade case-failed::'
      + 'case "expects the wrong grade" failed: grade: expected fair, got poor [case-failed]');
    expect(lines.at(-1)).toBe('✖ 5 cases: 1 failed, 1 could not be graded, 3 passed in 2 files');
  });

  it('prints only the summary line when every case passes', async () => {
    const run = await runInProcess(['test', 'fixtures/criteria-tests/synthetic.test.yaml', ...SYNTHETIC, '--format', 'github']);
    expect([run.status, run.stdout]).toEqual([0, '✔ 2 cases passed in 1 file\n']);
  });

  it('annotates at most 10 failures, prints the rest as plain lines, and says so', async () => {
    const run = await runInProcess(['test', failingCases(13), ...SYNTHETIC, '--format', 'github']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => /: error: case "wrong \d+" failed: grade: expected poor, got good \[case-failed\]$/.test(l))).toHaveLength(3);
    expect(lines.at(-2)).toMatch(/^::notice title=grade test::3 more problems are not annotated/);
    expect(lines.at(-1)).toBe('✖ 13 cases: 13 failed, 0 passed in 1 file');
  });
});
