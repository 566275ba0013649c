import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeBatch } from '../../src/batch/batch.js';
import { loadForcesFile } from '../../src/batch/forces.js';
import { batchRenderers } from '../../src/render/batch/index.js';

const ROOT = 'fixtures/national-2007';
const FOLDERS = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(ROOT, e.name));

describe('batch grading is invariant under the order of its files (fast-check)', () => {
  it('any order of the force folders gives the same summary, results and JSON output', async () => {
    const registry = await loadForcesFile(join(ROOT, 'forces.yaml'));
    if (!registry.ok) throw new Error('registry must load');
    const reference = await gradeBatch(FOLDERS, { registry: registry.value, jobs: 1 });
    const json = (report: typeof reference) => batchRenderers.json.render(report, { color: false });
    await fc.assert(fc.asyncProperty(fc.shuffledSubarray(FOLDERS, { minLength: FOLDERS.length }), async (order) => {
      const report = await gradeBatch(order, { registry: registry.value, jobs: 1 });
      expect(report.summary).toEqual(reference.summary);
      expect(json(report)).toBe(json(reference));
    }), { numRuns: 8, seed: 2007 });
  });
});

describe('gradeBatch from a script (no progress callback)', () => {
  it('names each result with its own file', async () => {
    const registry = await loadForcesFile(join(ROOT, 'forces.yaml'));
    if (!registry.ok) throw new Error('registry must load');
    const report = await gradeBatch([ROOT], { registry: registry.value });
    expect(report.results).toHaveLength(258);
    for (const result of report.results) expect(result.file).toBe(join(ROOT, result.force.id, `${result.framework}.json`));
  });
});
