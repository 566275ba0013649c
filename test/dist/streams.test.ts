import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN as bin, ROOT as root } from '../helpers/cli.js';

/** The built binary on real pipes, files and FIFOs: what an in-process run cannot show. */
assertBuilt();
const scratch = mkdtempSync(join(tmpdir(), 'grade-streams-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the CLI on real streams', () => {
  it('prints through a pipe and to a file the same bytes', () => {
    const args = [bin, 'neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json'];
    const piped = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    const path = join(scratch, 'grade.txt');
    const fd = openSync(path, 'w');
    const toFile = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(piped.status).toBe(0);
    expect(toFile.status).toBe(0);
    expect(piped.stdout.toString()).toMatch(/^Neighbourhood Policing/);
    expect(readFileSync(path, 'utf8')).toBe(piped.stdout.toString());
  });

  it('stops quietly when the reader goes away (`grade batch … | head -c 100`)', () => {
    // A real shell pipeline: the output (150 kB of JSON) outgrows the pipe, so the writes after
    // head exits fail with EPIPE.
    const command = `"${process.execPath}" bin/grade.js batch fixtures/national-2007 --forces fixtures/national-2007/forces.yaml --format json | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('status 0');
    expect(run.stderr).toBe('');
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  // Skipped only where there is no python3 to hand the CLI a non-blocking descriptor.
  it.skipIf(!python)('writes everything to a non-blocking stdout that a slow reader drains', () => {
    const args = [bin, 'batch', 'fixtures/national-2007', '--forces', 'fixtures/national-2007/forces.yaml', '--format', 'json'];
    const expected = spawnSync(process.execPath, args, { cwd: root, maxBuffer: 1e8 }).stdout.length;
    expect(expected).toBeGreaterThan(100_000); // more than the FIFO holds, so writes meet EAGAIN
    const run = spawnSync('python3', [join(root, 'test', 'dist', 'nonblocking-stdout.py'), process.execPath, ...args], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { status: number; bytes: number; json: boolean; stderr: string };
    expect(report).toEqual({ status: 0, bytes: expected, json: true, stderr: '' });
  });
});
