import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverEvidence, loadCriteriaFile } from '../../src/index.js';
import { gradeInOrder, MIN_FILES_FOR_WORKERS, WORKERS_PER_CORE, workerCeiling, workerCount, WorkerPool } from '../../src/batch/schedule.js';
import type { FileOutcome } from '../../src/batch/grade-file.js';
import { parseAddressSpace } from '../../src/io/address-space.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Worker threads that cannot start or stop on the way never end a batch: their chunks go to the
 * others, or this thread grades them. (The built worker itself is tested in test/dist/.)
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-worker-loss-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const script = (name: string, text: string) => {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
};

async function context() {
  const loaded = await loadCriteriaFile(join(ROOT, 'criteria/neighbourhood-policing.yaml'));
  if (!loaded.ok) throw new Error('criteria');
  return { criteria: [loaded.value], invalidCriteria: [], allowIncomplete: false, knownForces: null };
}

async function collect(run: AsyncGenerator<FileOutcome[]>): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const outcomes of run) for (const outcome of outcomes) out.push(outcome);
  return out;
}

describe('a batch whose workers are lost', () => {
  const files = discoverEvidence([join(ROOT, 'fixtures/national-2007')]).files;

  it.each([
    ['throws as it loads', () => script('throws.cjs', "throw new Error('cannot start here');"), 'cannot start here'],
    ['exits at its first chunk', () => script('exits.cjs', "const { parentPort } = require('node:worker_threads');\nparentPort.on('message', () => process.exit(3));\nparentPort.postMessage({ ready: true });\n"), 'exit code 3'],
    ['cannot be made at all (ERR_WORKER_PATH)', () => 'not-an-absolute-path.js', 'not-an-absolute-path.js'],
  ])('one that %s: this thread grades every file, in order, and the first loss is heard once', async (_name, make, reason) => {
    const ctx = await context();
    const alone = await collect(gradeInOrder(files, ctx, 0));
    const heard: string[] = [];
    const pool = WorkerPool.start(ctx, 2, make());
    const graded = await collect(gradeInOrder(files, ctx, 2, { pool, onWorkerLost: (error) => heard.push(error.message) }));
    expect(graded).toEqual(alone);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toContain(reason);
  });
});

describe('how many worker threads', () => {
  it('never more than the ceiling, which is asked only when workers are wanted', () => {
    let asked = 0;
    const ceiling = () => { asked++; return 3; };
    expect(workerCount(MIN_FILES_FOR_WORKERS - 1, 64, ceiling)).toBe(0);
    expect(asked).toBe(0);
    expect(workerCount(100_000, 64, ceiling)).toBe(3);
    expect(workerCount(100_000, 64, () => 0)).toBe(0);
  });

  it('WORKERS_PER_CORE a core, without an address-space limit', () => {
    expect(workerCeiling(2, undefined)).toBe(2 * WORKERS_PER_CORE);
    expect(workerCeiling(0, undefined)).toBe(WORKERS_PER_CORE);
  });

  it('as many as fit in what the limit leaves, none when nothing does', () => {
    const GiB = 1024 ** 3;
    expect(workerCeiling(32, { limit: 4 * GiB, used: 0.75 * GiB })).toBe(4);
    expect(workerCeiling(32, { limit: 2 * GiB, used: 0.75 * GiB })).toBe(1);
    expect(workerCeiling(32, { limit: 1.2 * GiB, used: 0.75 * GiB })).toBe(0);
    expect(workerCeiling(32, { limit: GiB, used: 2 * GiB })).toBe(0);
  });

  it('reads the limit and the size from /proc', () => {
    const limits = 'Limit                     Soft Limit           Hard Limit           Units     \nMax address space         4096000000           unlimited            bytes     \n';
    expect(parseAddressSpace(limits, 'Name:\tnode\nVmSize:\t  728492 kB\n')).toEqual({ limit: 4_096_000_000, used: 728_492 * 1024 });
    expect(parseAddressSpace(limits.replace('4096000000', 'unlimited '), 'VmSize:\t  728492 kB\n')).toBeUndefined();
  });
});
