import { describe, expect, it } from 'vitest';
import { goldenName, goldenRecord, runInProcess } from '../helpers/cli.js';

/**
 * Golden CLI records of `grade validate` and `grade test` (see golden.test.ts): exit code,
 * stdout and stderr of each command line, in test/golden/.
 */
const COMMAND_LINES: string[][] = [
  ['validate'],
  ['validate', '--help'],
  ['validate', 'fixtures/invalid/criteria', '--criteria', 'fixtures/invalid/criteria'],
  ['validate', 'fixtures/invalid/criteria', '--criteria', 'fixtures/invalid/criteria', '--width', '80'],
  ['validate', 'fixtures/invalid/evidence', '--criteria', 'fixtures/validate/criteria'],
  ['validate', 'fixtures/invalid/evidence/many-problems.json', '--criteria', 'fixtures/validate/criteria', '--format', 'github'],
  ['validate', 'fixtures/invalid/criteria/missing-guidance.yaml', 'fixtures/invalid/criteria/list.yaml', '--format', 'junit'],
  ['validate', 'fixtures/invalid/evidence/unknown-factor.json', '--criteria', 'fixtures/validate/criteria', '--format', 'sarif'],
  ['validate', 'fixtures/invalid/criteria/missing-guidance.yaml', '--max-warnings', '1'],
  ['validate', 'fixtures/no-such-folder'],
  ['validate', 'README.md'],
  ['validate', '--max-warnings', 'many'],
  ['test'],
  ['test', '--help'],
  ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria'],
  ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria', '--width', '80'],
  ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria', '--format', 'github'],
  ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria', '--format', 'sarif'],
];

describe('golden CLI output: validate and test', () => {
  it.each(COMMAND_LINES.map((args) => [goldenName(args), args] as const))('%s', async (name, args) => {
    const run = await runInProcess(args);
    await expect(goldenRecord(args, run)).toMatchFileSnapshot(`../golden/${name}`);
  });
});
