import { describe, expect, it } from 'vitest';
import { goldenName, goldenRecord, runInProcess } from '../helpers/cli.js';

/**
 * Golden CLI tests of `grade report` and `grade <framework> --format html`: exit code, stdout
 * and stderr must match the records in test/golden/ (`npx vitest run -u` rewrites them).
 */
const HOSTILE = ['--criteria', 'fixtures/report/hostile/criteria'];
const COMMAND_LINES: string[][] = [
  ['report', 'evidence/hertfordshire-2007', '--national', 'fixtures/report/national-2007.json', '--format', 'markdown'],
  ['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json', '--format', 'html'],
  ['neighbourhood-policing', 'fixtures/cli/borderline-poor.json', '--format', 'html', '--show-evidence'],
  ['report', 'fixtures/report/hostile/evidence', ...HOSTILE, '--national', 'fixtures/report/hostile/national.json', '--format', 'markdown'],
  ['report', 'fixtures/report/hostile/evidence', 'fixtures/report/errors/other-force.json', ...HOSTILE],
  ['report', 'fixtures/report/errors/unknown-framework.json', ...HOSTILE],
  ['report', 'fixtures/report/hostile/evidence', ...HOSTILE, '--national', 'fixtures/report/errors/bad-national.json'],
  ['report', 'fixtures/report/hostile/evidence', ...HOSTILE, '--national', 'fixtures/report/errors/not-batch.json'],
  ['report', 'fixtures/report/hostile/evidence', ...HOSTILE, '--national', 'fixtures/report/no-such-batch.json'],
  ['report', 'fixtures/report/no-such-folder'],
  ['report', 'fixtures/report/hostile/criteria'],
  ['report', 'evidence/hertfordshire-2007', '--format', 'pdf'],
  ['report', '--help'],
];

describe('golden CLI output: grade report', () => {
  it.each(COMMAND_LINES.map((args) => [goldenName(args), args] as const))('%s', async (name, args) => {
    const run = await runInProcess(args);
    await expect(goldenRecord(args, run)).toMatchFileSnapshot(`../golden/${name}`);
  });
});
