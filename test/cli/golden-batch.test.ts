import { describe, expect, it } from 'vitest';
import { goldenName, goldenRecord, runInProcess } from '../helpers/cli.js';

/**
 * Golden records of `grade batch` (run in-process from the sources, FORCE_COLOR=0): every
 * format on a small fixture, a batch mixing good and bad files (also with --exclude and --quiet),
 * movement since a previous batch, and the usage errors.
 */
const SMALL = ['batch', 'fixtures/batch/small', '--forces', 'fixtures/batch/forces.yaml'];
const MIXED = ['batch', 'fixtures/batch/small', 'fixtures/batch/bad', '--forces', 'fixtures/batch/forces.yaml'];
const COMPARE = [...SMALL, '--compare', 'fixtures/batch/previous.json'];

const COMMAND_LINES: string[][] = [
  SMALL,
  [...SMALL, '--format', 'json'],
  [...SMALL, '--format', 'csv'],
  [...SMALL, '--format', 'markdown'],
  [...SMALL, '--format', 'html'],
  MIXED,
  [...MIXED, '--format', 'json'],
  [...MIXED, '--format', 'csv'],
  [...MIXED, '--format', 'markdown'],
  [...MIXED, '--exclude', 'duplicate', '--quiet'],
  [...MIXED, '--width', '80'],
  [...MIXED, '--exclude', 'duplicate', '--quiet', '--format', 'csv'],
  COMPARE,
  [...COMPARE, '--format', 'markdown'],
  [...COMPARE, '--format', 'json'],
  ['batch', 'fixtures/batch/quoting', '--forces', 'fixtures/batch/forces.yaml', '--format', 'csv'],
  // An advisory (borderline-poor) and an incomplete file counted with --allow-incomplete.
  ['batch', 'fixtures/cli/borderline-poor.json', 'fixtures/batch/bad/incomplete.json', '--forces', 'fixtures/batch/forces.yaml', '--allow-incomplete', '--format', 'csv'],
  ['batch', 'fixtures/batch/small/synthetic-force-07'],
  ['batch', 'fixtures/batch/no-such-folder'],
  ['batch', 'fixtures/batch/small', '--jobs', '0'],
  ['batch', 'fixtures/batch/small', '--forces', 'fixtures/batch/previous.json'],
  ['batch', 'fixtures/batch/small', '--compare', 'fixtures/batch/forces.yaml'],
  ['batch', 'fixtures/batch/small', '--format', 'xml'],
  ['batch', '--help'],
];

describe('golden batch output', () => {
  it.each(COMMAND_LINES.map((args) => [goldenName(args), args] as const))('%s', async (name, args) => {
    const run = await runInProcess(args);
    await expect(goldenRecord(args, run)).toMatchFileSnapshot(`../golden/${name}`);
  });
});
