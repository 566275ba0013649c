import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverEvidence, loadCriteriaFile, type BatchResult } from '../../src/index.js';
import { gradeInOrder, MIN_FILES_FOR_WORKERS, WorkerPool } from '../../src/batch/schedule.js';
import type { Criteria } from '../../src/criteria/model.js';
import { assertBuilt, BIN, ROOT, runInProcess } from '../helpers/cli.js';
import { bigNationalBatch, writeWorkerCounter } from '../helpers/worker-batch.js';

/**
 * The packaged batch worker (bin/batch-worker.js loading dist/batch-worker.cjs): the sources
 * never start it (src/batch/worker-threads.ts), so it is tested here, against the sources.
 */
assertBuilt();
const WORKER = join(ROOT, 'bin', 'batch-worker.js');
const FRAMEWORKS = ['neighbourhood-policing', 'performance-management', 'child-abuse', 'domestic-violence', 'public-protection', 'missing-persons'];
const scratch = mkdtempSync(join(tmpdir(), 'grade-workers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function criteria(): Promise<Criteria[]> {
  return Promise.all(FRAMEWORKS.map(async (id) => {
    const loaded = await loadCriteriaFile(join(ROOT, 'criteria', `${id}.yaml`));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded.value;
  }));
}

describe('the built worker, started from the sources', () => {
  it('gives the same outcomes, in the same order, with one thread, two, or none', async () => {
    const files = discoverEvidence([join(ROOT, 'fixtures/national-2007')]).files;
    const context = { criteria: await criteria(), invalidCriteria: [], allowIncomplete: false, knownForces: null };
    const collect = async (jobs: number) => {
      const pool = jobs > 0 ? WorkerPool.start(context, jobs, WORKER) : undefined;
      if (jobs > 0) expect(pool).toBeDefined();
      const out: BatchResult[] = [];
      for await (const outcomes of gradeInOrder(files, context, jobs, { pool })) for (const outcome of outcomes) if (outcome.ok) out.push(outcome.result);
      return out;
    };
    // Two workers, one, then this thread alone.
    const threaded = await collect(2);
    expect(threaded).toHaveLength(258);
    expect(await collect(1)).toEqual(threaded);
    expect(await collect(0)).toEqual(threaded);
  });

  it('adds the same did-you-mean to an unknown force in a worker as in this thread', async () => {
    const files = discoverEvidence([join(ROOT, 'fixtures/national-2007')]).files;
    // A registry that spells Hertfordshire's id otherwise: its evidence names an unknown force close to a registered one.
    const knownForces = [{ id: 'hertfordshir', name: 'Hertfordshire Constabulary' }, { id: 'synthetic-force-99', name: 'Synthetic Force 99' }];
    const context = { criteria: await criteria(), invalidCriteria: [], allowIncomplete: false, knownForces };
    const warnings = async (jobs: number) => {
      const pool = jobs > 0 ? WorkerPool.start(context, jobs, WORKER) : undefined;
      const out: string[] = [];
      for await (const outcomes of gradeInOrder(files, context, jobs, { pool })) for (const o of outcomes) for (const w of o.warnings) out.push(`${w.code} ${w.message}`);
      return out;
    };
    const threaded = await warnings(2);
    expect(threaded).toContain('unknown-force force "hertfordshire" (Hertfordshire Constabulary) is not in the forces registry; did you mean "hertfordshir" (Hertfordshire Constabulary)?');
    expect(await warnings(0)).toEqual(threaded);
  });

  it('takes workers started before the files were all found, whose first messages came before anyone listened', async () => {
    const files = discoverEvidence([join(ROOT, 'fixtures/national-2007')]).files;
    const context = { criteria: await criteria(), invalidCriteria: [], allowIncomplete: false, knownForces: null };
    const pool = WorkerPool.start(context, 1, WORKER);
    expect(pool).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the worker has said it is ready by now
    const out: BatchResult[] = [];
    // One worker only: were its "ready" lost, nothing would ever be sent to it.
    for await (const outcomes of gradeInOrder(files, context, 1, { pool })) for (const o of outcomes) if (o.ok) out.push(o.result);
    expect(pool?.size).toBe(1);
    const alone: BatchResult[] = [];
    for await (const outcomes of gradeInOrder(files, context, 0)) for (const o of outcomes) if (o.ok) alone.push(o.result);
    expect(out).toEqual(alone);
  });
});

describe('grade batch on 2,000 files and more, through the binary', () => {
  const { folder, registry } = bigNationalBatch(ROOT, scratch);
  const args = ['batch', folder, '--forces', registry, '--format', 'json'];
  const counter = writeWorkerCounter(scratch);
  let sources: ReturnType<typeof runInProcess> | undefined;
  const fromSources = () => (sources ??= runInProcess(args));
  const binary = (jobs: string) => spawnSync(process.execPath, ['-r', counter, BIN, ...args, '--jobs', jobs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1e9 });

  it.each([['2', 2], ['1', 1]])('uses worker threads (--jobs %s) and prints what the sources print in one thread', async (jobs, workers) => {
    expect(discoverEvidence([folder]).files.length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
    const built = binary(jobs);
    expect(built.stderr).toBe(`workers started: ${workers}\n`);
    expect(built.status).toBe(0);
    const source = await fromSources();
    expect(source.status).toBe(0);
    expect(built.stdout).toBe(source.stdout);
    const out = JSON.parse(built.stdout) as { results: unknown[]; errors: unknown[]; warnings: unknown[] };
    // Each copy of the national round carries Hertfordshire's two findings dated after the period (CA-G2, PP-G4).
    expect([out.results.length, out.errors.length, out.warnings.length]).toEqual([8 * 258, 0, 8 * 2]);
  });
});
