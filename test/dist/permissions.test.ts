import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

// Root reads every file, so as root the runs drop to nobody (setpriv); their files then live
// where nobody can reach them, in /tmp itself, not in the run's private temporary folder.
const isRoot = process.getuid?.() === 0;
const asOther = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

function spawn(args: readonly string[], cwd: string) {
  const [command, ...rest] = [...asOther, process.execPath, BIN, ...args];
  return spawnSync(command as string, rest, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
}

/** Whether the other user can run the build at all (setpriv present, the clone readable by it). */
const canRun = (() => {
  const probe = spawnSync(asOther[0] ?? process.execPath, [...asOther.slice(1), ...(isRoot ? [process.execPath] : []), BIN, '--version'], { encoding: 'utf8' });
  return probe.status === 0;
})();

const dir = mkdtempSync(join(isRoot ? '/tmp' : tmpdir(), 'grade-permissions-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NP = join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json');
const secret = join(dir, 'secret.json');
copyFileSync(NP, secret);
chmodSync(secret, 0o000);
const locked = join(dir, 'locked');
mkdirSync(locked);
copyFileSync(NP, join(locked, 'neighbourhood-policing.json'));
chmodSync(locked, 0o000);
const batchJson = join(dir, 'batch.json');
copyFileSync(NP, batchJson);
chmodSync(batchJson, 0o000);

describe('a file or folder named on the command line that cannot be read is a usage problem (exit 2)', () => {
  it.runIf(canRun).each([
    ['grade', ['neighbourhood-policing', secret], secret],
    ['validate', ['validate', secret], secret],
    ['report', ['report', secret], secret],
    ['batch', ['batch', secret], secret],
    ['batch --compare', ['batch', join(ROOT, 'fixtures/batch/small'), '--compare', batchJson], batchJson],
    ['batch --forces', ['batch', join(ROOT, 'fixtures/batch/small'), '--forces', secret], secret],
    ['report --national', ['report', NP, '--national', batchJson], batchJson],
    ['import', ['import', 'child-abuse', secret, '--force-id', 'synthetic-a', '--force-name', 'A'], secret],
    ['batch of a locked folder', ['batch', locked], locked],
    ['validate of a locked folder', ['validate', locked], locked],
    ['report of a locked folder', ['report', locked], locked],
    ['test of a locked folder', ['test', locked], locked],
  ])('%s', (_name, args, named) => {
    const run = spawn(args, dir);
    expect(run.stderr).toContain(`grade: error: ${named}: permission denied`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').filter((line) => !line.includes('warning:'))).toHaveLength(1);
  });

  it.runIf(canRun)('an unreadable file found in a folder stays a problem of that file (exit 1), the rest still read', () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    copyFileSync(NP, join(folder, 'neighbourhood-policing.json'));
    copyFileSync(join(ROOT, 'evidence/hertfordshire-2007/child-abuse.json'), join(folder, 'child-abuse.json'));
    chmodSync(join(folder, 'child-abuse.json'), 0o000);
    const run = spawn(['validate', folder], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('child-abuse.json:1:1: error: permission denied [file-unreadable]');
  });
});

describe('--output over a file the user may not write', () => {
  /** A file of `text` with `mode` in a new folder anyone may write to. */
  const fileIn = (folderName: string, name: string, text: string, mode: number): { folder: string; file: string } => {
    const folder = join(dir, folderName);
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const file = join(folder, name);
    writeFileSync(file, text);
    chmodSync(file, mode);
    return { folder, file };
  };

  // The rename that replaces --output needs only the folder to be writable: a result made
  // read-only to keep it (chmod a-w) was silently replaced, where `>` or `cp` refuse.
  it.runIf(canRun)('a read-only file is refused and left whole (exit 2)', () => {
    const { folder, file: kept } = fileIn('results', 'kept.txt', 'the result to keep\n', 0o444);
    const run = spawn(['neighbourhood-policing', NP, '--output', kept], dir);
    expect(run.stderr).toBe(`grade: error: cannot write ${kept}: permission denied (the file is read-only)\n`);
    expect(run.status).toBe(2);
    expect(readFileSync(kept, 'utf8')).toBe('the result to keep\n');
    expect(readdirSync(folder)).toEqual(['kept.txt']);
  });

  it.runIf(canRun)('a file the user may write is replaced', () => {
    const { file: target } = fileIn('writable', 'result.txt', 'old\n', 0o666);
    const run = spawn(['neighbourhood-policing', NP, '--output', target], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('Grade: GOOD');
  });
});
