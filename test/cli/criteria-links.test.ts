import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-criteria-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A criteria folder holding one entry, `child-abuse.yaml`, made by `make`. */
function folder(name: string, make: (entry: string) => void): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  make(join(dir, 'child-abuse.yaml'));
  return dir;
}

describe('criteria files reached through links, or that are not files', () => {
  it('a link to a criteria file is that framework, in list and grade alike', async () => {
    const dir = folder('link', (entry) => symlinkSync(join(ROOT, 'criteria', 'child-abuse.yaml'), entry));
    const list = await runInProcess(['list', '--criteria', dir, '--format', 'json']);
    expect(list.status).toBe(0);
    expect((JSON.parse(list.stdout) as { frameworks: Array<{ id: string }> }).frameworks.map((f) => f.id)).toEqual(['child-abuse']);
    const graded = await runInProcess(['child-abuse', join(ROOT, 'evidence/hertfordshire-2007/child-abuse.json'), '--criteria', dir]);
    expect(graded.status).toBe(0);
  });

  it.each([
    ['a dangling link', (entry: string) => symlinkSync(join(scratch, 'nowhere.yaml'), entry), 'no such file or directory'],
    ['a folder', (entry: string) => mkdirSync(entry), 'is a directory, not a file'],
  ])('%s is an error of that framework, not a framework silently missing', async (name, make, reason) => {
    const dir = folder(name.replace(/ /g, '-'), make);
    const list = await runInProcess(['list', '--criteria', dir]);
    expect(list.status).toBe(1);
    expect(list.stderr).toContain(`child-abuse.yaml:1:1: error: ${reason} [file-unreadable]`);
  });
});
