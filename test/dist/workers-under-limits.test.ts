import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverEvidence, loadCriteriaFile } from '../../src/index.js';
import { gradeInOrder, WorkerPool } from '../../src/batch/schedule.js';
import type { FileOutcome } from '../../src/batch/grade-file.js';
import { assertBuilt, BIN, ROOT, runInProcess } from '../helpers/cli.js';
import { bigNationalBatch } from '../helpers/worker-batch.js';

/**
 * The built worker when threads are lost or the address space is short: a batch never ends in
 * V8's abort, it grades with the threads there is room for, or in the main thread.
 */
assertBuilt();
const WORKER = join(ROOT, 'bin', 'batch-worker.js');
const scratch = mkdtempSync(join(tmpdir(), 'grade-workers-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function collect(run: AsyncGenerator<FileOutcome[]>): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const outcomes of run) for (const outcome of outcomes) out.push(outcome);
  return out;
}

describe('a worker lost in the middle of a batch', () => {
  it('has its chunks graded by the other, the outcomes in order and the same', async () => {
    // Of two workers, the one with an even thread id ends at its first chunk; the other is the built worker.
    const flaky = join(scratch, 'flaky-worker.cjs');
    writeFileSync(flaky, `const { threadId, parentPort } = require('node:worker_threads');
if (threadId % 2 === 0) parentPort.on('message', () => process.exit(3));
require(${JSON.stringify(WORKER)});
`);
    const loaded = await loadCriteriaFile(join(ROOT, 'criteria/neighbourhood-policing.yaml'));
    if (!loaded.ok) throw new Error('criteria');
    const context = { criteria: [loaded.value], invalidCriteria: [], allowIncomplete: false, knownForces: null };
    const files = discoverEvidence([join(ROOT, 'fixtures/national-2007')]).files;
    const heard: string[] = [];
    const pool = WorkerPool.start(context, 2, flaky);
    const graded = await collect(gradeInOrder(files, context, 2, { pool, onWorkerLost: (error) => heard.push(error.message) }));
    expect(graded).toEqual(await collect(gradeInOrder(files, context, 0)));
    expect(heard).toEqual(['a batch worker stopped with exit code 3']);
  });
});

/** A bare Node process's address space, in kB (threads and malloc arenas grow it with the cores), or undefined off Linux. */
function bareNodeKb(): number | undefined {
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(/VmSize:\\s+(\\d+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8"))[1])'], { encoding: 'utf8' });
  const kb = Number(probe.stdout);
  return Number.isFinite(kb) && kb > 0 ? kb : undefined;
}

// The limit below leaves room for this process and one worker on a machine like CI's, where a bare Node takes well under half of it;
// where a bare Node alone takes more than half, the limit would test the machine, not grade.
const bare = process.platform === 'linux' ? bareNodeKb() : undefined;
describe.runIf(bare !== undefined && bare < 1_000_000)('grade batch --jobs 64 under ulimit -v', () => {
  const { folder, registry } = bigNationalBatch(ROOT, scratch);
  const args = ['batch', folder, '--forces', registry, '--format', 'json'];

  it('starts only the workers that fit and prints what the sources print, exit 0', async () => {
    // Room for this process and one worker, not two: before, the second worker aborted the process (exit 133).
    const command = `ulimit -v 2000000 && exec "$0" "$@"`;
    const built = spawnSync('bash', ['-c', command, process.execPath, BIN, ...args, '--jobs', '64'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1e9 });
    expect(built.stderr).not.toContain('Fatal');
    expect(built.status).toBe(0);
    const source = await runInProcess(args);
    expect(built.stdout).toBe(source.stdout);
  });
});
