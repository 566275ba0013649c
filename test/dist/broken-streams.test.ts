import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const NP = 'evidence/hertfordshire-2007/neighbourhood-policing.json';

/** Runs the built bin with stdout and stderr on the given files (opened for writing); stderr may be 'pipe', to read it. */
function runWith(args: string[], stdout: string, stderr: string) {
  const out = openSync(stdout, 'w');
  const err = stderr === 'pipe' ? 'pipe' : openSync(stderr, 'w');
  try {
    return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', out, err], encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  } finally {
    closeSync(out);
    if (typeof err === 'number') closeSync(err);
  }
}

describe('stdout or stderr that cannot be written', () => {
  it.each([
    ['grade', ['neighbourhood-policing', NP]],
    ['grade json', ['neighbourhood-policing', NP, '--format', 'json']],
    ['list', ['list']],
    ['batch csv', ['batch', 'fixtures/batch/small', '--format', 'csv']],
    ['validate', ['validate']],
    ['help', ['--help']],
  ])('%s > /dev/full: exit 2, "cannot write stdout: no space left on device"', (_name, args) => {
    const run = runWith(args, '/dev/full', 'pipe');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('grade: error: cannot write stdout: no space left on device');
    expect(run.stderr).not.toMatch(/\n\s+at |internal error|Unhandled/);
  });

  it('a usage error with stderr on /dev/full still exits 2, quietly', () => {
    const run = runWith(['batch', 'no-such-folder'], '/dev/null', '/dev/full');
    expect(run.status).toBe(2);
    expect(run.signal).toBeNull();
  });

  it('input errors whose diagnostics cannot be written exit 2 (a write failure)', () => {
    const run = runWith(['neighbourhood-policing', 'fixtures/cli/invalid.json'], '/dev/null', '/dev/full');
    expect(run.status).toBe(2);
    expect(run.signal).toBeNull();
  });
});
