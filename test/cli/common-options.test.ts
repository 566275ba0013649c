import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-common-options-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sheet = join(scratch, 'np.csv');
const NP = 'evidence/hertfordshire-2007/neighbourhood-policing.json';

// One ordinary run of each command of SPEC §4.
const COMMANDS: ReadonlyArray<readonly string[]> = [
  ['neighbourhood-policing', NP],
  ['list'],
  ['show', 'neighbourhood-policing'],
  ['template', 'neighbourhood-policing'],
  ['import', 'neighbourhood-policing', sheet, '--force-id', 'synthetic-force-01', '--force-name', 'Synthetic Force 01'],
  ['report', 'evidence/hertfordshire-2007'],
  ['validate', 'criteria'],
  ['test'],
  ['batch', 'evidence/hertfordshire-2007'],
];

describe('the common options of SPEC §4', () => {
  beforeAll(async () => {
    writeFileSync(sheet, (await runInProcess(['template', 'neighbourhood-policing', '--format', 'csv'])).stdout);
  });

  it.each(COMMANDS)('grade %s … takes --no-color, and prints what it prints without it', async (...args) => {
    const plain = await runInProcess(args);
    const run = await runInProcess([...args, '--no-color']);
    expect(run.stderr).not.toContain('unknown option');
    expect(run.status).toBe(plain.status);
    expect(run.stdout).toBe(plain.stdout);
  });
});
