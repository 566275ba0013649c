import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const SYNTHETIC = ['--criteria', 'fixtures/validate/criteria'];

interface JsonCase { name: string; status: string; expected: Record<string, unknown>; actual: Record<string, unknown> | null; mismatches: Array<{ key: string; expected: unknown; actual: unknown }>; diagnostics: Array<{ code: string; line: number; column: number }> }
interface JsonFile { file: string; framework: string; criteria: { version: string; sha256: string } | null; diagnostics: Array<{ code: string; line: number; column: number }>; cases: JsonCase[] }

async function testJson(args: string[]): Promise<{ status: number; ok: boolean; summary: Record<string, number | boolean>; files: JsonFile[] }> {
  const run = await runInProcess(['test', ...args, '--format', 'json']);
  return { status: run.status, ...JSON.parse(run.stdout) };
}

describe('grade test on the shipped criteria', async () => {
  const run = await testJson([]);

  it('passes every case (exit 0)', () => {
    expect(run.status).toBe(0);
    expect(run.summary.failed).toBe(0);
    expect(run.summary.errors).toBe(0);
  });

  it('pins every framework at each grade and rule, a dominant failure included, and its Hertfordshire evidence', () => {
    // Hertfordshire's six frameworks, and the PEEL and CQC worked examples (tested on their own below).
    const hmic = run.files.filter((f) => !/(peel|cqc)/.test(f.file));
    expect([run.files.length, hmic.length]).toEqual([8, 6]);
    for (const file of hmic) {
      const expected = file.cases.map((c) => `${String(c.expected.grade)}/${String(c.expected.rule)}`);
      for (const pair of ['excellent/excellent', 'good/good', 'fair/fair', 'poor/significant', 'poor/dominant']) {
        expect(expected, `${file.file} has no ${pair} case`).toContain(pair);
      }
      expect(file.cases.some((c) => c.name.startsWith('Hertfordshire'))).toBe(true);
      expect(file.criteria?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it.each([
    ['peel-2021-example', ['cause-of-concern', 'outstanding', 'good', 'adequate', 'requires-improvement']],
    ['cqc-saf-example', ['outstanding', 'good', 'requires-improvement', 'inadequate']],
  ])('pins the %s worked example at every rule of its scheme, each example evidence file included', (framework, rules) => {
    const file = run.files.find((f) => f.file.includes(framework));
    expect(file?.cases.length).toBeGreaterThan(rules.length);
    const expectedRules = new Set(file?.cases.map((c) => String(c.expected.rule)));
    for (const rule of rules) expect(expectedRules, `${framework} has no case for rule ${rule}`).toContain(rule);
    expect(file?.cases.filter((c) => c.name.startsWith('Example ')).length).toBe(5);
  });

  it('pins the CQC significant-shortfall limiter, both where it caps the grade and where it does not', () => {
    const file = run.files.find((f) => f.file.includes('cqc-saf-example'));
    const limited = file?.cases.filter((c) => (c.expected as { limiters?: string[] }).limiters?.includes('significant-shortfall')) ?? [];
    expect(limited.length).toBeGreaterThanOrEqual(3);
    expect(limited.every((c) => c.expected.grade === 'requires-improvement')).toBe(true);
  });
});

describe('grade test reports failures', () => {
  it('exits 1 and shows a diff of expected and actual, and why a case could not be graded', async () => {
    const run = await runInProcess(['test', 'fixtures/criteria-tests/failing.test.yaml', ...SYNTHETIC]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain([
      '  ✖ expects the wrong grade (fixtures/criteria-tests/failing.test.yaml:8)',
      '      - expected  + actual',
      '      - grade: fair',
      '      + grade: poor',
    ].join('\n'));
    expect(run.stdout).toContain('fixtures/criteria-tests/failing.test.yaml:14:17: error: finding for unknown criterion "G9"; did you mean "G1"? [unknown-criterion]');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 3 cases: 1 failed, 1 could not be graded, 1 passed in 1 file');
  });

  it('gives the same in JSON', async () => {
    const run = await testJson(['fixtures/criteria-tests/failing.test.yaml', ...SYNTHETIC]);
    const [file] = run.files;
    expect(file?.cases.map((c) => c.status)).toEqual(['pass', 'fail', 'error']);
    expect(file?.cases[1]?.mismatches).toEqual([{ key: 'grade', expected: 'fair', actual: 'poor' }]);
    expect(file?.cases[1]?.actual).toEqual({ grade: 'poor', rule: 'significant', advisories: [] });
    expect(file?.cases[2]?.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['unknown-criterion', 14, 17]]);
  });

  it('writes well-formed JUnit XML with a test case per case', async () => {
    const run = await runInProcess(['test', 'fixtures/criteria-tests', ...SYNTHETIC, '--format', 'junit']);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(run.stdout);
    expect([xml.testsuites.tests, xml.testsuites.failures, xml.testsuites.errors]).toEqual(['5', '1', '1']);
    const cases = xml.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase) as Array<Record<string, unknown>>;
    expect(cases.map((c) => [c.name, c.failure !== undefined, c.error !== undefined])).toEqual([
      ['passes', false, false],
      ['expects the wrong grade', true, false],
      ['cannot be graded', false, true],
      ['every criterion met, no excellence evidence', false, false],
      ['the evidence file', false, false],
    ]);
  });

  it('reports every problem of a malformed test file, positioned', async () => {
    const run = await testJson(['fixtures/invalid/criteria-tests/bad-shape.test.yaml', ...SYNTHETIC]);
    expect(run.status).toBe(1);
    expect(run.files[0]?.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '6:11 duplicate-case',
      '10:5 case-source',
      '13:5 case-source',
      '17:13 missing-key',
      '17:28 unknown-key',
    ]);
  });

  it('says which framework is unknown, with a suggestion', async () => {
    const run = await testJson(['fixtures/criteria-tests/synthetic.test.yaml', '--criteria', 'criteria']);
    expect(run.status).toBe(1);
    expect(run.files[0]?.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['unknown-framework', 3, 12]]);
  });
});

describe('grade test usage problems (exit 2)', () => {
  it.each([
    [['test', 'fixtures/criteria-tests/nope.test.yaml']],
    [['test', 'README.md']],
    [['test', 'fixtures/validate/evidence']],
    [['test', '--format', 'xml']],
  ])('%j', async (args) => {
    expect((await runInProcess(args)).status).toBe(2);
  });
});
