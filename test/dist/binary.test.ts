import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, goldenName, goldenRecord, ROOT, runCli, runInProcess } from '../helpers/cli.js';

/**
 * The built binary against what the sources give in-process: the golden records (test/golden/,
 * made in-process) for one command line of each kind and exit code, through a real process.
 */
assertBuilt();

const SAMPLE: Array<[number, string[]]> = [
  [0, ['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json']],
  [0, ['--help']],
  [0, ['list', '--format', 'json']],
  [0, ['batch', 'fixtures/batch/small', '--forces', 'fixtures/batch/forces.yaml', '--format', 'csv']],
  [0, ['report', 'evidence/hertfordshire-2007', '--national', 'fixtures/report/national-2007.json', '--format', 'markdown']],
  [1, ['neighbourhood-policing', 'fixtures/cli/invalid.json']],
  [1, ['validate', 'fixtures/invalid/evidence/unknown-factor.json', '--criteria', 'fixtures/validate/criteria', '--format', 'sarif']],
  [1, ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria']],
  [2, []],
  [2, ['lst']],
];

describe('the binary prints the golden records', () => {
  it.each(SAMPLE.map(([status, args]) => [goldenName(args), status, args] as const))('%s (exit %i)', (name, status, args) => {
    const run = runCli(args);
    expect(run.status).toBe(status);
    expect(goldenRecord(args, run)).toBe(readFileSync(join(ROOT, 'test', 'golden', name), 'utf8'));
  });
});

describe('the binary and the sources agree', () => {
  it('on --version: the package\'s version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${version}\n`, '']);
    expect(await runInProcess(['--version'])).toEqual(run);
  });

  it('on a report, whatever the time zone and locale of the process', async () => {
    const args = ['report', 'evidence/hertfordshire-2007', '--national', 'fixtures/report/national-2007.json'];
    const elsewhere = runCli(args, { env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
    expect(elsewhere.status).toBe(0);
    expect(elsewhere.stdout).toBe((await runInProcess(args)).stdout);
  });
});
