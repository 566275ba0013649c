import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverEvidence, gradeBatch, loadCriteriaFile, loadForcesFile, type BatchResult } from '../../src/index.js';
import { gradeInOrder, WorkerPool } from '../../src/batch/schedule.js';
import type { Criteria } from '../../src/criteria/model.js';

const FRAMEWORKS = ['neighbourhood-policing', 'performance-management', 'child-abuse', 'domestic-violence', 'public-protection', 'missing-persons'];

async function criteria(): Promise<Criteria[]> {
  return Promise.all(FRAMEWORKS.map(async (id) => {
    const loaded = await loadCriteriaFile(`criteria/${id}.yaml`);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded.value;
  }));
}

describe('the programmatic batch API', () => {
  it('grades the national fixture like the CLI, streaming results in path order', async () => {
    const registry = await loadForcesFile('fixtures/national-2007/forces.yaml');
    if (!registry.ok) throw new Error(JSON.stringify(registry.diagnostics));
    const streamed: string[] = [];
    const report = await gradeBatch(['fixtures/national-2007'], {
      criteria: 'criteria', registry: registry.value, jobs: 2, onResult: (r) => streamed.push(r.file),
    });
    expect(report.summary['domestic-violence']).toEqual({ excellent: 1, good: 13, fair: 27, poor: 2 });
    expect(report.errors).toEqual([]);
    expect(streamed).toEqual([...streamed].sort());
    expect(report.results.map((r) => r.force.id)).toEqual([...report.results.map((r) => r.force.id)].sort());
    expect(report.frameworks.map((f) => f.id)).toEqual(FRAMEWORKS);
  });

  it('takes criteria already loaded, and no registry at all', async () => {
    const report = await gradeBatch(['evidence/hertfordshire-2007'], { criteria: await criteria(), registry: null, jobs: 1 });
    expect(report.results.map((r) => [r.framework, r.grade])).toEqual([
      ['neighbourhood-policing', 'good'], ['performance-management', 'good'], ['child-abuse', 'good'],
      ['domestic-violence', 'fair'], ['public-protection', 'fair'], ['missing-persons', 'good'],
    ]);
    expect(report.registry).toBeNull();
    expect(report.missing).toEqual({});
    expect(report.warnings).toEqual([]);
  });

  it('reports an invalid criteria file once, and its evidence as not gradable', async () => {
    const report = await gradeBatch(['fixtures/batch/small'], { criteria: 'fixtures/batch', registry: null, jobs: 1 });
    // fixtures/batch holds one YAML file, a forces registry: as criteria it is invalid.
    expect(report.errors.filter((e) => e.file === 'fixtures/batch/forces.yaml')).toHaveLength(1);
    expect(report.errors.filter((e) => e.diagnostic.code === 'unknown-framework')).toHaveLength(6);
    expect(report.results).toEqual([]);
  });
});

describe('worker threads', () => {
  it('give the same outcomes, in the same order, with one thread, two, or none', async () => {
    // The bundled worker must exist, or gradeInOrder would quietly grade in this thread.
    expect(existsSync('bin/batch-worker.js') && existsSync('dist/batch-worker.cjs')).toBe(true);
    const files = discoverEvidence(['fixtures/national-2007']).files;
    const context = { criteria: await criteria(), invalidCriteria: [], allowIncomplete: false, knownForces: null };
    const collect = async (jobs: number, helpWhileStarting = true) => {
      const out: BatchResult[] = [];
      for await (const outcomes of gradeInOrder(files, context, jobs, { helpWhileStarting })) for (const outcome of outcomes) if (outcome.ok) out.push(outcome.result);
      return out;
    };
    // Workers alone, then this thread helping while they start, then this thread alone.
    const threaded = await collect(2, false);
    expect(threaded).toHaveLength(258);
    expect(await collect(1, false)).toEqual(threaded);
    expect(await collect(2)).toEqual(threaded);
    expect(await collect(0)).toEqual(threaded);
  });

  it('take workers started before the files were all found, whose first messages came before anyone listened', async () => {
    const files = discoverEvidence(['fixtures/national-2007']).files;
    const context = { criteria: await criteria(), invalidCriteria: [], allowIncomplete: false, knownForces: null };
    const pool = WorkerPool.start(context, 1);
    expect(pool).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the worker has said it is ready by now
    const out: BatchResult[] = [];
    // One worker only: were its "ready" lost, nothing would ever be sent to it.
    for await (const outcomes of gradeInOrder(files, context, 1, { pool, helpWhileStarting: false })) for (const o of outcomes) if (o.ok) out.push(o.result);
    expect(pool?.size).toBe(1);
    const alone: BatchResult[] = [];
    for await (const outcomes of gradeInOrder(files, context, 0)) for (const o of outcomes) if (o.ok) alone.push(o.result);
    expect(out).toEqual(alone);
  });
});

describe('docs/api.md', () => {
  it.each([0, 1])('example %i runs as written against the built package', (index) => {
    const blocks = [...readFileSync('docs/api.md', 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const dir = mkdtempSync(join(tmpdir(), 'grade-api-doc-'));
    try {
      const script = join(dir, 'example.mjs');
      writeFileSync(script, (blocks[index] ?? '').replace("from 'grade'", `from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'dist/index.js')).href)}`));
      const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      if (index === 0) {
        expect(run.stdout).toContain("{ excellent: 3, good: 17, fair: 21, poor: 2 }");
        expect(run.stdout).toContain('# National summary of judgements');
      } else {
        expect(run.stdout).toMatch(/^fair /);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
