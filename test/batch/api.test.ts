import { describe, expect, it } from 'vitest';
import { gradeBatch, loadCriteriaFile, loadForcesFile } from '../../src/index.js';
import { WorkerPool } from '../../src/batch/schedule.js';
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
    // No registry, so no force warnings: only Hertfordshire's two findings dated after the period.
    expect(report.warnings.map((w) => w.code)).toEqual(['date-outside-period', 'date-outside-period']);
  });

  it('lists the grades for moderation when first read, the same list each time and in JSON', async () => {
    const report = await gradeBatch(['evidence/hertfordshire-2007'], { criteria: await criteria(), registry: null, jobs: 1 });
    const first = report.moderation;
    expect(first.map((m) => [m.framework, m.reasons.map((r) => r.code)])).toContainEqual(['neighbourhood-policing', ['narrow-margin', 'judgement']]);
    expect(report.moderation).toBe(first);
    expect(Object.keys(report)).toContain('moderation');
    expect((JSON.parse(JSON.stringify(report)) as { moderation: unknown }).moderation).toEqual(first);
    const { moderation, ...rest } = report;
    expect(moderation).toBe(first);
    expect(Object.keys(rest)).not.toContain('moderation');
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
  it('are never started from the sources: the built worker would run other code', async () => {
    // So a batch of any size run from the sources is graded in this thread; test/dist/ tests the built worker.
    const context = { criteria: await criteria(), invalidCriteria: [], allowIncomplete: false, knownForces: null };
    expect(WorkerPool.start(context, 1)).toBeUndefined();
  });
});
