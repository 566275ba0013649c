import { describe, expect, it } from 'vitest';
import { goldenName, goldenRecord, runInProcess } from '../helpers/cli.js';

/**
 * Golden CLI tests: each command line runs `run(argv, io)` from the sources, in this process
 * (FORCE_COLOR=0), and its exit code, stdout and stderr must match the record in test/golden/
 * (`npx vitest -u` rewrites them). The built binary gives the same bytes (test/dist/).
 */
const COMMAND_LINES: string[][] = [
  ['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json'],
  ['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json', '--format', 'markdown'],
  ['list'],
  ['list', '--format', 'json'],
  ['list', '--width', '80'],
  ['template', 'neighbourhood-policing'],
  ['schema', '--help'],
  ['schema', 'evidnce'],
  ['template', 'neighbourhood-policing', '--format', 'csv'],
  ['show', 'neighbourhood-policing'],
  ['show', 'neighbourhood-policing', 'NP-G7', '--format', 'markdown'],
  ['show', 'neighbourhood-policing', 'NP-G77'],
  ['show', 'neighbourhood-policing', 'NP-G7', 'beacon', '--width', '80'],
  ['--help'],
  ['neighbourhood-policing', 'fixtures/cli/missing-file.json'],
  ['neighbourhod-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json'],
  ['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json', '--format', 'yaml'],
  ['neighbourhood-policing', 'fixtures/cli/judged.json'],
  ['neighbourhood-policing', 'fixtures/cli/borderline-poor.json'],
  ['neighbourhood-policing', 'fixtures/cli/borderline-poor.json', '--show-evidence', '--width', '80'],
  ['neighbourhood-policing', 'fixtures/cli/borderline-poor.json', '--format', 'markdown', '--show-evidence'],
  ['neighbourhood-policing', 'fixtures/cli/judged.json', '--format', 'markdown'],
  ['neighbourhood-policing', 'fixtures/cli/incomplete.json'],
  ['neighbourhood-policing', 'fixtures/cli/incomplete.json', '--allow-incomplete', '--format', 'markdown'],
  ['neighbourhood-policing', 'fixtures/cli/invalid.json'],
  ['neighbourhood-policing', 'fixtures/cli/duplicate-key.json'],
  ['child-abuse', 'evidence/hertfordshire-2007/neighbourhood-policing.json'],
  ['domestic-violence', 'evidence/hertfordshire-2007/domestic-violence.json'],
  [],
  ['lst'],
  ['neighbourhood-policing'],
];

describe('golden CLI output', () => {
  it.each(COMMAND_LINES.map((args) => [goldenName(args), args] as const))('%s', async (name, args) => {
    const run = await runInProcess(args);
    await expect(goldenRecord(args, run)).toMatchFileSnapshot(`../golden/${name}`);
  });
});
