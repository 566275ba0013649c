import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { sarifValidator } from '../helpers/sarif.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const CRITERIA = ['--criteria', 'fixtures/validate/criteria'];
/** Errors in an evidence file, warnings in a criteria file, and a valid file. */
const MIXED = ['fixtures/invalid/evidence/many-problems.json', 'fixtures/invalid/criteria/missing-guidance.yaml', 'fixtures/validate/evidence/valid.json'];

function validate(args: string[]) {
  return runInProcess(['validate', ...args, ...CRITERIA]);
}

/** A temporary evidence file whose text is given (cleaned up with the OS temp folder). */
function tempEvidence(name: string, data: unknown, folder = mkdtempSync(join(tmpdir(), 'grade-validate-'))): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
}

function evidenceWith(findings: Array<{ criterion: string; status: string; sources?: string[] }>, extra: Record<string, unknown> = {}) {
  return { framework: 'synthetic', criteriaVersion: '1', force: { id: 'synthetic-force', name: 'Synthetic Force' }, findings, ...extra };
}

const ALL_MET = ['F1', 'F2', 'F3', 'G1', 'G2', 'G3'].map((criterion) => ({ criterion, status: 'met', sources: ['Synthetic'] }));

describe('validate --format json', () => {
  it('parses, counts every problem, and gives the provenance of the criteria used', async () => {
    const run = await validate([...MIXED, '--format', 'json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toEqual({ files: 3, filesWithProblems: 2, errors: 12, warnings: 2, maxWarnings: null, warningsExceeded: false, valid: false });
    expect(out.files.map((f: { file: string; kind: string; valid: boolean }) => [f.file, f.kind, f.valid])).toEqual([
      ['fixtures/invalid/criteria/missing-guidance.yaml', 'criteria', true],
      ['fixtures/invalid/evidence/many-problems.json', 'evidence', false],
      ['fixtures/validate/evidence/valid.json', 'evidence', true],
    ]);
    const synthetic = 'fixtures/validate/criteria/synthetic.yaml';
    const sha256 = createHash('sha256').update(readFileSync(synthetic)).digest('hex');
    expect(out.criteria).toContainEqual({ framework: 'synthetic', version: '1', sha256, file: synthetic });
    expect(out.files[2].criteria).toEqual({ framework: 'synthetic', version: '1', sha256, file: synthetic });
    const validOutput = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schemas/validate-result.schema.json', 'utf8')));
    expect(validOutput(out), JSON.stringify(validOutput.errors)).toBe(true);
  });

  it('says valid with exit 0 when there are only warnings, and not with --max-warnings 1', async () => {
    const ok = await validate(['fixtures/invalid/criteria/missing-guidance.yaml', '--format', 'json']);
    expect([ok.status, JSON.parse(ok.stdout).valid]).toEqual([0, true]);
    const strict = await validate(['fixtures/invalid/criteria/missing-guidance.yaml', '--format', 'json', '--max-warnings', '1']);
    expect([strict.status, JSON.parse(strict.stdout).summary.warningsExceeded]).toEqual([1, true]);
  });
});

describe('validate --format junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' || name === 'testsuite' });

  it('is well-formed JUnit XML with one test case per file, failing on errors only', async () => {
    const run = await validate([...MIXED, '--format', 'junit']);
    expect(run.status).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const xml = parser.parse(run.stdout);
    const suite = xml.testsuites.testsuite[0];
    expect([xml.testsuites.tests, xml.testsuites.failures, suite.tests, suite.failures]).toEqual(['3', '1', '3', '1']);
    const cases = suite.testcase as Array<Record<string, unknown>>;
    expect(cases.map((c) => [c.name, c.failure !== undefined])).toEqual([
      ['fixtures/invalid/criteria/missing-guidance.yaml', false],
      ['fixtures/invalid/evidence/many-problems.json', true],
      ['fixtures/validate/evidence/valid.json', false],
    ]);
    expect(String(cases[0]?.['system-out'])).toContain('[missing-guidance]');
    expect(String((cases[1]?.failure as Record<string, string>)['#text']).split('\n')).toHaveLength(12);
  });

  it('escapes markup and drops nothing XML cannot carry', async () => {
    const file = tempEvidence('hostile.json', JSON.stringify(evidenceWith(ALL_MET, { 'a<b>&"c\'\u0001\u001b': 1 })));
    const run = await validate([file, '--format', 'junit']);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const failure = parser.parse(run.stdout).testsuites.testsuite[0].testcase[0].failure;
    // The message quotes the key as JSON does (control characters escaped), then XML escapes it.
    expect(failure.message).toContain('unknown key "a<b>&\\"c\'\\u0001\\u001b"');
    expect(failure['#text']).toContain('unknown key "a<b>&\\"c\'\\u0001\\u001b"');
  });

  it('adds a failing case when --max-warnings is exceeded', async () => {
    const run = await validate(['fixtures/invalid/criteria/missing-guidance.yaml', '--format', 'junit', '--max-warnings', '0']);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const cases = parser.parse(run.stdout).testsuites.testsuite[0].testcase;
    expect(cases.map((c: { name: string }) => c.name)).toEqual(['fixtures/invalid/criteria/missing-guidance.yaml', '--max-warnings']);
  });
});

describe('validate --format sarif', () => {
  const validSarif = sarifValidator();

  it('validates against the SARIF 2.1.0 JSON schema, with a result per problem', async () => {
    const run = await validate([...MIXED, '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    expect(validSarif(log), JSON.stringify(validSarif.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const [sarifRun] = log.runs;
    expect(sarifRun.results).toHaveLength(14);
    const rules = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const result of sarifRun.results) expect(rules[result.ruleIndex]).toBe(result.ruleId);
    expect(sarifRun.results).toContainEqual(expect.objectContaining({
      ruleId: 'unknown-criterion', level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/invalid/evidence/many-problems.json' }, region: { startLine: 8, startColumn: 20 } } }],
    }));
    expect(sarifRun.results.filter((r: { level: string }) => r.level === 'warning')).toHaveLength(2);
  });

  it('still validates with no problems at all, and for an absolute path', async () => {
    const clean = JSON.parse((await validate(['fixtures/validate/evidence/valid.json', '--format', 'sarif'])).stdout);
    expect(validSarif(clean)).toBe(true);
    expect(clean.runs[0].results).toEqual([]);
    const file = tempEvidence('bad file.json', evidenceWith([...ALL_MET, { criterion: 'G9', status: 'met' }]));
    const absolute = JSON.parse((await validate([file, '--format', 'sarif'])).stdout);
    expect(validSarif(absolute)).toBe(true);
    expect(absolute.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*\/bad%20file\.json$/);
  });
});

describe('validate --format sarif with --max-warnings', () => {
  const validSarif = sarifValidator();

  it('says in the invocation that the run failed on too many warnings, and only then', async () => {
    const failed = JSON.parse((await validate(['fixtures/invalid/criteria/missing-guidance.yaml', '--format', 'sarif', '--max-warnings', '0'])).stdout);
    expect(validSarif(failed), JSON.stringify(validSarif.errors, null, 2)).toBe(true);
    expect(failed.runs[0].invocations).toEqual([{ executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'error', message: { text: expect.stringMatching(/^\d+ warnings?: more than --max-warnings 0$/) } }] }]);
    const within = JSON.parse((await validate(['fixtures/invalid/criteria/missing-guidance.yaml', '--format', 'sarif', '--max-warnings', '100'])).stdout);
    expect(within.runs[0].invocations).toBeUndefined();
  });
});

describe('validate --format github', () => {
  const COMMAND = /^::(error|warning|notice) ((?:[a-z]+=[^,:]*,)*[a-z]+=[^,:]*)::(.*)$/;

  it('prints a workflow annotation per problem (up to 10 errors) and a summary line', async () => {
    const run = await validate([...MIXED, '--format', 'github']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('✖ 14 problems (12 errors, 2 warnings) in 2 of 3 files');
    const commands = lines.filter((l) => l.startsWith('::'));
    for (const line of commands) expect(line).toMatch(COMMAND);
    expect(commands.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(commands.filter((l) => l.startsWith('::warning '))).toHaveLength(2);
    expect(commands).toContain('::error file=fixtures/invalid/evidence/many-problems.json,line=8,col=20,title=grade unknown-criterion::'
      + 'finding for unknown criterion "F22"; did you mean "F2"? [unknown-criterion]');
    // The 11th and 12th errors (by file and position) are plain log lines.
    expect(lines.filter((l) => !l.startsWith('::'))).toEqual([
      'fixtures/invalid/evidence/many-problems.json:15:53: error: a professional judgement needs a rationale [empty-rationale]',
      'fixtures/invalid/evidence/many-problems.json:15:63: error: a professional judgement must say who made it ("by") [empty-rationale]',
      '✖ 14 problems (12 errors, 2 warnings) in 2 of 3 files',
    ]);
  });

  it('annotates at most 10 errors, prints the rest as plain lines, and says so', async () => {
    const unknown = Array.from({ length: 25 }, (_, i) => ({ criterion: `X${i + 1}`, status: 'met' }));
    const run = await validate([tempEvidence('many.json', evidenceWith([...ALL_MET, ...unknown])), '--format', 'github']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => / error: finding for unknown criterion/.test(l) && !l.startsWith('::'))).toHaveLength(15);
    expect(lines.at(-2)).toMatch(/^::notice title=grade validate::15 more problems are not annotated/);
    expect(lines.at(-1)).toBe('✖ 25 problems (25 errors, 0 warnings) in 1 of 1 file');
  });

  it('escapes %, line ends, and : and , in properties', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'grade-validate-')), 'a,b:c%d');
    const file = tempEvidence('x.json', evidenceWith(ALL_MET, { '100%\nsure': 1 }), folder);
    const [line] = (await validate([file, '--format', 'github'])).stdout.split('\n');
    expect(line).toMatch(COMMAND);
    const [, , properties, message] = COMMAND.exec(line ?? '') ?? [];
    expect(properties).toContain('/a%2Cb%3Ac%25d/x.json,line=');
    // The key is quoted as JSON does (its line break written \n); the % is escaped.
    expect(message).toBe('unknown key "100%25\\nsure" at the top level [unknown-key]');
  });
});
