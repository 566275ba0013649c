import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const EVIDENCE = 'evidence/hertfordshire-2007/neighbourhood-policing.json';
const GRADE = ['neighbourhood-policing', EVIDENCE];
const BATCH = ['batch', 'fixtures/batch/small', '--forces', 'fixtures/batch/forces.yaml'];
const VALIDATE = ['validate', EVIDENCE];

/** A usage problem: exit 2, nothing on stdout, one `grade: error:` line on stderr, no stack. */
function expectUsageError(run: { status: number; stdout: string; stderr: string }, message?: RegExp): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^grade: error: [^\n]+\n$/);
  expect(run.stderr).not.toContain('internal error');
  if (message) expect(run.stderr).toMatch(message);
}

describe('bad option values are usage errors (exit 2, one line)', () => {
  const SIZE = /--max-file-size <bytes>' argument '.*' is invalid\. expected a size in bytes from 1 to 1g, such as 500000, 512k or 16m/;
  it.each(['abc', '-5', '1.5m', '', ' ', '0', '0k', '1e3', '0x10', '16 m', '16mm', '2g', '1025m', '99999999999999999999g', '9'.repeat(400)])(
    '--max-file-size %j', async (value) => {
      expectUsageError(await runInProcess([...GRADE, '--max-file-size', value]), SIZE);
    });

  it.each(['16m', '16MB', '1g', '1024m', ' 512k ', '100000', '0016m'])('--max-file-size %j is a size', async (value) => {
    const run = await runInProcess([...GRADE, '--max-file-size', value]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('--max-file-size 1 reads no criteria file, as a limit of 1 byte says', async () => {
    const run = await runInProcess([...GRADE, '--max-file-size', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('over the limit of 1 bytes');
  });

  const JOBS = /--jobs <n>' argument '.*' is invalid\. expected a whole number of worker threads from 1 to 256/;
  it.each(['abc', '-5', '1.5', '', '0', '1e1', '0x10', '+2', '257', '99999999', '9'.repeat(400)])('--jobs %j', async (value) => {
    expectUsageError(await runInProcess([...BATCH, '--jobs', value]), JOBS);
  });

  it.each(['1', '256'])('--jobs %s grades', async (value) => {
    expect((await runInProcess([...BATCH, '--jobs', value])).status).toBe(0);
  });

  const WARNINGS = /--max-warnings <count>' argument '.*' is invalid\. expected a whole number of warnings, such as 0 or 10/;
  it.each(['abc', '-5', '1.5', '', '1e3', '0x10', '-0', '99999999999999999999'])('--max-warnings %j', async (value) => {
    expectUsageError(await runInProcess([...VALIDATE, '--max-warnings', value]), WARNINGS);
  });

  it.each(['0', '10', String(Number.MAX_SAFE_INTEGER)])('--max-warnings %s counts', async (value) => {
    expect((await runInProcess([...VALIDATE, '--max-warnings', value])).status).toBe(0);
  });

  // An empty value was ignored (--output '' wrote to stdout, --compare '' compared nothing) or
  // named no file in its error: now it is refused like any bad value.
  it.each([
    [[...GRADE, '--output', ''], /--output <file>' argument '' is invalid\. expected a file name, not an empty value/],
    [[...GRADE, '--criteria', ''], /--criteria <dir>' argument '' is invalid\. expected a folder, not an empty value/],
    [[...BATCH, '--compare', ''], /--compare <batch.json>' argument '' is invalid\. expected a file, not an empty value/],
    [['batch', 'fixtures/batch/small', '--forces', ''], /--forces <file>' argument '' is invalid\. expected a file/],
    [['report', 'evidence/hertfordshire-2007', '--national', ''], /--national <batch.json>' argument '' is invalid\. expected a file/],
    [[...VALIDATE, '--framework', ''], /--framework <id>' argument '' is invalid\. expected a framework id/],
    [['list', '--criteria', ''], /expected a folder, not an empty value/],
    [['list', '--output', ''], /expected a file name, not an empty value/],
    [['template', 'neighbourhood-policing', '--criteria', ''], /expected a folder, not an empty value/],
    [['template', 'neighbourhood-policing', '--output', ''], /expected a file name, not an empty value/],
    [['test', '--output', ''], /expected a file name, not an empty value/],
    [[...GRADE, '--format', ''], /--format <name>' argument '' is invalid\. Allowed choices are/],
  ])('%j', async (args, message) => {
    expectUsageError(await runInProcess(args), message);
  });

  it('a bad value cannot write escape sequences to the terminal', async () => {
    const run = await runInProcess([...BATCH, '--jobs', '\u001b]0;owned\u0007\u001b[31m2']);
    expectUsageError(run, JOBS);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('grade <word> without an evidence file', () => {
  it.each([
    ['nosuchcmd', 'unknown command or framework "nosuchcmd" (see `grade --help` for the commands, `grade list` for the frameworks)'],
    ['lst', 'unknown command or framework "lst"; did you mean "list"?'],
    ['tempalte', 'unknown command or framework "tempalte"; did you mean "template"?'],
    ['neighbourhod-policing', 'unknown command or framework "neighbourhod-policing"; did you mean "neighbourhood-policing"?'],
    ['Child_Abuse', 'unknown command or framework "Child_Abuse"; did you mean "child-abuse"?'],
    ['neighbourhood-policing', 'missing the evidence file: grade neighbourhood-policing <evidence.json>'],
  ])('grade %s', async (word, message) => {
    const run = await runInProcess([word]);
    expectUsageError(run);
    expect(run.stderr).toBe(`grade: error: ${message}\n`);
  });

  it('takes the frameworks from --criteria', async () => {
    const run = await runInProcess(['synthetic', '--criteria', 'fixtures/validate/criteria']);
    expectUsageError(run, /missing the evidence file: grade synthetic <evidence.json>/);
    expectUsageError(await runInProcess(['neighbourhood-policing', '--criteria', 'fixtures/validate/criteria']), /unknown command or framework "neighbourhood-policing"/);
  });
});
