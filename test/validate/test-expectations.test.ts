import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/**
 * A criteria test case that expects a grade, rule, limiter or advisory its scheme does not have
 * can never pass: `validate` says so at the name, with the closest the scheme has, and `test`
 * reports the case as not gradable instead of as an ordinary difference (found by an
 * independent check: `validate` passed such a file).
 */
const dir = mkdtempSync(join(tmpdir(), 'grade-test-expectations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = join(dir, 'neighbourhood-policing.test.yaml');
writeFileSync(file, `framework: neighbourhood-policing
cases:
  - { name: "typos", default: met, expect: { grade: outstanding, rule: excelent } }
  - { name: "lists", default: met, expect: { grade: good, rule: good, computedGrade: god, limiters: [cap], advisories: [borderline-por] } }
  - { name: "names the scheme has", default: met, expect: { grade: good, rule: good, advisories: [borderline-poor] } }
`);

interface Reported { files: Array<{ diagnostics: Array<{ code: string; line: number; column: number; message: string }> }> }

describe('expectations a scheme cannot meet', () => {
  it('validate names each, where it is written', async () => {
    const run = await runInProcess(['validate', file, '--format', 'json']);
    expect(run.status).toBe(1);
    const found = (JSON.parse(run.stdout) as Reported).files.flatMap((f) => f.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
    expect(found).toEqual([
      '3:53 unknown-grade case "typos" expects grade "outstanding", which hmic-2007 does not have (it has "poor", "fair", "good", "excellent")',
      '3:72 unknown-rule case "typos" expects rule "excelent", which hmic-2007 does not have; did you mean "excellent"?',
      '4:86 unknown-grade case "lists" expects grade "god", which hmic-2007 does not have; did you mean "good"?',
      '4:102 unknown-rule case "lists" expects limiter "cap", which hmic-2007 does not have (it has none)',
      '4:121 unknown-rule case "lists" expects advisory "borderline-por", which hmic-2007 does not have; did you mean "borderline-poor"?',
    ]);
  });

  it('test reports those cases as not gradable and still runs the others', async () => {
    const run = await runInProcess(['test', file, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: Array<{ cases: Array<{ name: string; status: string }> }> };
    expect(report.files.flatMap((f) => f.cases).map((c) => `${c.name}: ${c.status}`)).toEqual([
      'typos: error', 'lists: error', 'names the scheme has: fail',
    ]);
  });

  it('a test file with no cases is refused: it would check nothing', async () => {
    const empty = join(dir, 'empty.test.yaml');
    writeFileSync(empty, 'framework: neighbourhood-policing\ncases: []\n');
    for (const command of ['validate', 'test']) {
      const run = await runInProcess([command, empty]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`${empty}:2:8: error: cases must have at least 1 entry; got 0 [invalid-value]`);
    }
  });
});
