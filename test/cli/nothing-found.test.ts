import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/**
 * One rule for every command that walks folders: paths that hold nothing the command reads (an
 * empty folder, files of other kinds only, all left out by --exclude) are a usage problem, exit
 * 2, like an unreadable path; files that were read and found not to be what the command needs
 * are an input problem, exit 1.
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-nothing-found-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string> = {}): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const COMMANDS = ['batch', 'report', 'validate', 'test'];

describe('paths that hold nothing the command reads: exit 2 in every command', () => {
  it.each(COMMANDS)('%s of an empty folder', async (command) => {
    const run = await runInProcess([command, folder(`empty-${command}`)]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^grade: error: no .* found (in|under) .*\n$/);
  });

  it.each(COMMANDS)('%s of a folder whose every file --exclude leaves out', async (command) => {
    const dir = folder(`excluded-${command}`, { 'a.json': '{}', 'b.test.yaml': 'x: 1\n' });
    const run = await runInProcess([command, dir, '--exclude', 'a.json', '--exclude', '*.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('left out by --exclude');
  });

  it('batch of a folder of force narratives only (batch reads no narrative)', async () => {
    const narrative = readFileSync(join(ROOT, 'evidence/hertfordshire-2007/force.narrative.json'), 'utf8');
    const dir = folder('narratives', { 'force.narrative.json': narrative });
    const run = await runInProcess(['batch', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grade: error: no evidence files (*.json) found under ${dir}\n`);
  });

  it('validate of a folder of .yml files only: nothing is checked, so it does not pass', async () => {
    const dir = folder('yml-only', { 'child-abuse.yml': readFileSync(join(ROOT, 'criteria/child-abuse.yaml'), 'utf8') });
    const run = await runInProcess(['validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^grade: error: no \.yaml criteria, .* files found in .* \(1 \.yml file not checked: rename to \.yaml to check\)\n$/);
  });
});

describe('files read and found not to be what the command needs: exit 1', () => {
  it('batch of a folder whose JSON files are all skipped as not evidence', async () => {
    const dir = folder('not-evidence', { 'package.json': '{ "name": "x" }' });
    const run = await runInProcess(['batch', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 JSON file skipped as not evidence');
  });

  it.each(['report', 'validate'])('%s of the same folder (each file read as evidence, and invalid)', async (command) => {
    const run = await runInProcess([command, folder(`not-evidence-${command}`, { 'package.json': '{ "name": "x" }' })]);
    expect(run.status).toBe(1);
  });
});
