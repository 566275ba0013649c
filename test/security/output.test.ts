import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const NP = join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json');
const SMALL = join(ROOT, 'fixtures/batch/small');
const isRoot = process.getuid?.() === 0;
const folders: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'grade-output-'));
  folders.push(dir);
  return dir;
};
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

afterAll(() => {
  for (const dir of folders) {
    try { execFileSync('umount', [join(dir, 'small-fs')], { stdio: 'ignore' }); } catch { /* not mounted */ }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A 64 KiB tmpfs with an old output file and filler leaving too little room for a new one. */
function nearlyFullDisk(): { dir: string; target: string } | undefined {
  if (!isRoot) return undefined;
  const dir = join(scratch(), 'small-fs');
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  const target = join(dir, 'grades.csv');
  writeFileSync(target, 'the old result\n');
  try { writeFileSync(join(dir, 'filler'), Buffer.alloc(60 * 1024)); } catch { /* full: as wanted */ }
  return { dir, target };
}

describe('a full disk never replaces the old output with a cut one', () => {
  it.runIf(isRoot).each([
    ['batch csv (streamed)', (out: string) => ['batch', join(ROOT, 'fixtures/national-2007'), '--forces', join(ROOT, 'fixtures/national-2007/forces.yaml'), '--format', 'csv', '--output', out]],
    ['batch json', (out: string) => ['batch', join(ROOT, 'fixtures/national-2007'), '--forces', join(ROOT, 'fixtures/national-2007/forces.yaml'), '--format', 'json', '--output', out]],
    ['grade json', (out: string) => ['neighbourhood-policing', NP, '--format', 'json', '--output', out]],
    ['report html', (out: string) => ['report', join(ROOT, 'evidence/hertfordshire-2007'), '--output', out]],
  ])('%s: exit 2, "no space left on device", old file whole, no temp file', async (_name, argv) => {
    const disk = nearlyFullDisk();
    if (!disk) return;
    const run = await runInProcess(argv(disk.target));
    expect(run.status).toBe(2);
    // The report reads Hertfordshire's evidence, whose CA-G2 and PP-G4 are dated after the period: warned first.
    expect(run.stderr.replace(/^.*\[date-outside-period\]\n/gm, '')).toBe(`grade: error: cannot write ${disk.target}: no space left on device\n`);
    expect(readFileSync(disk.target, 'utf8')).toBe('the old result\n');
    expect(temporaries(disk.dir)).toEqual([]);
  });
});

describe('--output onto what is not a regular file', () => {
  // Device nodes of our own (as root), never the system's: a regression would replace them with files.
  function device(name: string, minor: number): { dir: string; path: string } {
    const dir = scratch();
    const path = join(dir, name);
    execFileSync('mknod', [path, 'c', '1', String(minor)]);
    return { dir, path };
  }

  it.runIf(isRoot)('writes through a null device and leaves it a device', async () => {
    const { dir, path } = device('null', 3);
    const run = await runInProcess(['neighbourhood-policing', NP, '--output', path]);
    expect(run.status).toBe(0);
    expect(statSync(path).isCharacterDevice()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it.runIf(isRoot)('writing through a full device fails with exit 2 and leaves it a device', async () => {
    const { dir, path } = device('full', 7);
    const run = await runInProcess(['list', '--output', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grade: error: cannot write ${path}: no space left on device\n`);
    expect(statSync(path).isCharacterDevice()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it.runIf(isRoot)('a device node made in a folder stays a device', async () => {
    const dir = scratch();
    const device = join(dir, 'null-device');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const run = await runInProcess(['batch', SMALL, '--format', 'csv', '--output', device]);
    expect(run.status).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it('a FIFO with no reader is refused at once, and stays a FIFO', async () => {
    const dir = scratch();
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const run = await runInProcess(['neighbourhood-policing', NP, '--output', fifo]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grade: error: cannot write ${fifo}: no process is reading this FIFO\n`);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('a symbolic link is followed: its target is replaced, the link stays a link', async () => {
    const dir = scratch();
    const real = join(dir, 'real.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(real, 'old\n');
    symlinkSync(real, link);
    const run = await runInProcess(['list', '--output', link]);
    expect(run.status).toBe(0);
    expect(readFileSync(real, 'utf8')).toContain('neighbourhood-policing');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
    expect(execFileSync('readlink', [link], { encoding: 'utf8' }).trim()).toBe(real);
  });

  it('a dangling symbolic link gets its target created', async () => {
    const dir = scratch();
    const link = join(dir, 'link.txt');
    symlinkSync(join(dir, 'made.txt'), link);
    expect((await runInProcess(['list', '--output', link])).status).toBe(0);
    expect(readFileSync(join(dir, 'made.txt'), 'utf8')).toContain('missing-persons');
  });

  it('an existing file keeps its mode', async () => {
    const dir = scratch();
    const out = join(dir, 'grades.txt');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o640);
    expect((await runInProcess(['list', '--output', out])).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  it('a folder is refused', async () => {
    const dir = scratch();
    const run = await runInProcess(['list', '--output', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*: it is a folder, not a file/);
  });
});

describe('no run overwrites what it reads', () => {
  function criteriaCopy(): string {
    const dir = join(scratch(), 'criteria');
    cpSync(join(ROOT, 'criteria'), dir, { recursive: true });
    return dir;
  }
  const CRITERIA_COMMANDS: Array<[string, (criteria: string, out: string) => string[]]> = [
    ['batch', (c, out) => ['batch', SMALL, '--criteria', c, '--output', out]],
    ['validate', (c, out) => ['validate', '--criteria', c, '--output', out]],
    ['test', (c, out) => ['test', '--criteria', c, '--output', out]],
    ['list', (c, out) => ['list', '--criteria', c, '--output', out]],
    ['grade', (c, out) => ['neighbourhood-policing', NP, '--criteria', c, '--output', out]],
    ['template', (c, out) => ['template', 'missing-persons', '--criteria', c, '--output', out]],
    ['report', (c, out) => ['report', join(ROOT, 'evidence/hertfordshire-2007'), '--criteria', c, '--output', out]],
  ];

  it.each(CRITERIA_COMMANDS)('%s refuses --output onto a criteria file', async (_name, argv) => {
    const criteria = criteriaCopy();
    const target = join(criteria, 'child-abuse.yaml');
    const before = readFileSync(target, 'utf8');
    const run = await runInProcess(argv(criteria, target));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/inside the input folder/);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it.each(CRITERIA_COMMANDS)('%s refuses a new .YML file in the criteria folder, through a symlink to it', async (_name, argv) => {
    const criteria = criteriaCopy();
    const alias = join(criteria, '..', 'alias');
    symlinkSync(criteria, alias);
    const run = await runInProcess(argv(criteria, join(alias, 'schemes', 'NEW.YML')));
    expect(run.status).toBe(2);
    expect(existsSync(join(criteria, 'schemes', 'NEW.YML'))).toBe(false);
  });

  it('batch refuses ev/out.JSON inside an input folder, named through a symlink', async () => {
    const dir = scratch();
    const ev = join(dir, 'ev');
    cpSync(SMALL, ev, { recursive: true });
    symlinkSync(ev, join(dir, 'alias'));
    for (const target of [join(ev, 'out.JSON'), join(dir, 'alias', 'out.json')]) {
      const run = await runInProcess(['batch', ev, '--format', 'json', '--output', target]);
      expect(run.status).toBe(2);
      expect(existsSync(target)).toBe(false);
    }
  });

  it('a hard link to an input file is that file', async () => {
    const dir = scratch();
    const evidence = join(dir, 'evidence.json');
    writeFileSync(evidence, readFileSync(NP));
    linkSync(evidence, join(dir, 'other-name.txt'));
    const run = await runInProcess(['neighbourhood-policing', evidence, '--output', join(dir, 'other-name.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/one of the input files/);
    expect(readFileSync(evidence, 'utf8')).toBe(readFileSync(NP, 'utf8'));
  });

  it.each([
    ['--forces', (file: string) => ['batch', SMALL, '--forces', file, '--output', file]],
    ['--compare', (file: string) => ['batch', SMALL, '--format', 'json', '--compare', file, '--output', file]],
    ['--national', (file: string) => ['report', join(ROOT, 'evidence/hertfordshire-2007'), '--national', file, '--output', file]],
  ])('the %s file is protected', async (_name, argv) => {
    const dir = scratch();
    const source = { '--forces': 'fixtures/batch/forces.yaml', '--compare': 'fixtures/batch/previous.json', '--national': 'fixtures/report/national-2007.json' }[_name]!;
    const file = join(dir, source.split('/').pop()!);
    writeFileSync(file, readFileSync(join(ROOT, source)));
    const run = await runInProcess(argv(file));
    expect(run.status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(ROOT, source), 'utf8'));
  });

  it('an HTML report may be written inside the evidence folder (no reader takes it)', async () => {
    const dir = scratch();
    const ev = join(dir, 'ev');
    cpSync(join(ROOT, 'evidence/hertfordshire-2007'), ev, { recursive: true });
    expect((await runInProcess(['report', ev, '--output', join(ev, 'report.html')])).status).toBe(0);
  });
});

describe('files that are not regular files are never read', () => {
  function folderWith(special: (dir: string) => void): string {
    const dir = join(scratch(), 'ev');
    cpSync(join(ROOT, 'evidence/hertfordshire-2007'), dir, { recursive: true });
    special(dir);
    return dir;
  }
  const withFifo = () => folderWith((dir) => execFileSync('mkfifo', [join(dir, 'x.json')]));
  const withZero = () => folderWith((dir) => symlinkSync('/dev/zero', join(dir, 'zero.json')));

  it.each([['a FIFO', withFifo, 'a FIFO'], ['a link to /dev/zero', withZero, 'a character device']])('%s in a batch folder is reported per file', async (_name, make, kind) => {
    const dir = make();
    const run = await runInProcess(['batch', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { results: unknown[]; errors: Array<{ file: string; message: string }> };
    expect(out.results).toHaveLength(6);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]!.message).toBe(`not a regular file (${kind}); not read`);
  });

  it.each([['validate'], ['report']])('a FIFO in a %s folder is reported, not opened', async (command) => {
    const dir = withFifo();
    const run = await runInProcess([command, dir]);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('x.json');
    expect(run.stdout + run.stderr).toContain('not a regular file (a FIFO)');
  });

  it.each([
    ['batch', ['batch', '/dev/zero']],
    ['grade', ['neighbourhood-policing', '/dev/zero']],
    ['validate', ['validate', '/dev/zero']],
    ['report', ['report', '/dev/zero']],
    ['batch --forces', ['batch', SMALL, '--forces', '/dev/zero']],
    ['report --national', ['report', join(ROOT, 'evidence/hertfordshire-2007'), '--national', '/dev/zero']],
  ])('%s naming /dev/zero on the command line is a usage error', async (_name, argv) => {
    const run = await runInProcess(argv);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('grade: error: /dev/zero: not a regular file (a character device)\n');
  });

  it('a FIFO named on the command line is a usage error', async () => {
    const dir = scratch();
    const fifo = join(dir, 'e.json');
    execFileSync('mkfifo', [fifo]);
    const run = await runInProcess(['neighbourhood-policing', fifo]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grade: error: ${fifo}: not a regular file (a FIFO)\n`);
  });
});

describe('output names and paths', () => {
  it('an --output name at the file-system limit works (the temporary name is short)', async () => {
    const dir = scratch();
    const out = join(dir, `${'g'.repeat(250)}.txt`);
    expect((await runInProcess(['list', '--output', out])).status).toBe(0);
    expect(readdirSync(dir)).toEqual([`${'g'.repeat(250)}.txt`]);
  });

  it('a folder that does not exist is named as where the file could not be made', async () => {
    const out = join(scratch(), 'no-such-folder', 'grades.txt');
    const run = await runInProcess(['list', '--output', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grade: error: cannot write ${out}: the folder ${join(out, '..')} does not exist (make it first)\n`);
  });

  it.runIf(existsSync('/proc/version'))('an existing file in a folder that takes no new files is not said to be missing', async () => {
    const run = await runInProcess(['list', '--output', '/proc/version']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^grade: error: cannot write \/proc\/version: cannot create a file in \/proc \(.+\)\n$/);
    noStack(run.stderr);
  });

  it('an --output name over the limit is one clear usage error, nothing left behind', async () => {
    const dir = scratch();
    const out = join(dir, `${'g'.repeat(300)}.txt`);
    const run = await runInProcess(['list', '--output', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grade: error: cannot write ${out}: file name too long\n`);
    noStack(run.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['batch json registry', ['batch', SMALL, '--format', 'json']],
    ['validate json criteria', ['validate', '--format', 'json']],
    ['test json criteria', ['test', '--format', 'json']],
  ])('%s paths are relative to the working directory wherever it is', async (_name, argv) => {
    const elsewhere = scratch();
    const here = await runInProcess(argv);
    const there = await runInProcess(argv, { cwd: elsewhere });
    // The evidence paths are as given (absolute here); the ones the tool found itself are relative.
    const files = (text: string) => [...text.matchAll(/"file": "([^"]+)"/g)].map((m) => m[1]!).filter((file) => !file.startsWith(SMALL));
    expect(files(here.stdout).length).toBeGreaterThan(0);
    for (const file of [...files(here.stdout), ...files(there.stdout)]) expect(file.startsWith('/')).toBe(false);
    expect(files(there.stdout).every((file) => file.startsWith('..'))).toBe(true);
  });
});
