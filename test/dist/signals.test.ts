import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

// A batch large enough to use worker threads (MIN_FILES_FOR_WORKERS), so the main thread waits on them and a signal is
// handled while the streamed --output is still a temporary file.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'grade-signals-'));
  const evidence = join(dir, 'ev');
  mkdirSync(evidence);
  const source = readFileSync(join(ROOT, 'fixtures/national-2007/synthetic-force-01/child-abuse.json'), 'utf8');
  for (let i = 0; i < 2500; i++) writeFileSync(join(evidence, `f${i}.json`), source);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function interrupted(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP', out: string): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'batch', join(dir, 'ev'), '--format', 'csv', '--output', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const poll = setInterval(() => {
      if (readdirSync(dir).some((name) => name.endsWith('.tmp'))) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 1);
    child.on('error', reject);
    child.on('exit', (code, killedBy) => { clearInterval(poll); resolve({ code, signal: killedBy, stderr }); });
  });
}

describe('a signal during a streamed --output', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s removes the temporary file, keeps the old output and exits 128+signal', async (signal) => {
    const out = join(dir, `grades-${signal}.csv`);
    writeFileSync(out, 'the old result\n');
    const run = await interrupted(signal, out);
    expect(run.code).toBe(128 + constants.signals[signal]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe('the old result\n');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
