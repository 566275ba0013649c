import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/** `--output -` is standard output in every command that takes --output; `./-` is a file of that name. */
const scratch = mkdtempSync(join(tmpdir(), 'grade-output-dash-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const at = (path: string) => join(ROOT, path);
const EVIDENCE = at('evidence/hertfordshire-2007');

const COMMANDS: Array<[string, string[]]> = [
  ['grade', ['child-abuse', at('evidence/hertfordshire-2007/child-abuse.json'), '--format', 'json']],
  ['list', ['list']],
  ['show', ['show', 'child-abuse', 'CA-F1']],
  ['template', ['template', 'child-abuse']],
  ['report', ['report', EVIDENCE, '--format', 'markdown']],
  ['validate', ['validate', at('criteria/child-abuse.yaml')]],
  ['test', ['test', at('criteria/tests')]],
  ['batch (text)', ['batch', EVIDENCE]],
  ['batch (csv, streamed)', ['batch', EVIDENCE, '--format', 'csv']],
  ['batch (json, in pieces)', ['batch', EVIDENCE, '--format', 'json']],
  ['schema', ['schema', 'evidence']],
];

describe('--output -', () => {
  it.each(COMMANDS)('%s writes to stdout what it writes without --output, and no file named -', async (_name, args) => {
    const plain = await runInProcess(args, { cwd: scratch });
    const dashed = await runInProcess([...args, '--output', '-'], { cwd: scratch });
    expect(dashed.status).toBe(plain.status);
    expect(dashed.stdout).not.toBe('');
    expect(dashed.stdout).toBe(plain.stdout);
    expect(dashed.stderr).toBe(plain.stderr);
    expect(existsSync(join(scratch, '-'))).toBe(false);
  });

  it('import writes the evidence to stdout, also with --output=- and an existing file named -', async () => {
    const sheet = join(scratch, 'sheet.csv');
    const template = await runInProcess(['template', 'child-abuse', '--format', 'csv', '--output', sheet], { cwd: scratch });
    expect(template.status).toBe(0);
    writeFileSync(join(scratch, '-'), 'kept');
    const args = ['import', 'child-abuse', sheet, '--force-id', 'my-force', '--force-name', 'My Force'];
    const plain = await runInProcess(args, { cwd: scratch });
    const dashed = await runInProcess([...args, '--output=-'], { cwd: scratch });
    expect(dashed.status).toBe(plain.status);
    expect(dashed.stdout).toBe(plain.stdout);
    expect(dashed.stdout).toContain('"my-force"');
    rmSync(join(scratch, '-'));
  });

  it('./- is still a file of that name', async () => {
    const run = await runInProcess(['list', '--output', './-'], { cwd: scratch });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(existsSync(join(scratch, '-'))).toBe(true);
    rmSync(join(scratch, '-'));
  });
});
