import { describe, expect, it } from 'vitest';
import { loadCriteriaFile } from '../../src/criteria/load.js';
import type { Criteria } from '../../src/criteria/model.js';
import { createFileGrader } from '../../src/batch/grade-file.js';
import { gradeBatch } from '../../src/batch/batch.js';

const EVIDENCE = 'evidence/hertfordshire-2007';

async function shipped(id: string): Promise<Criteria> {
  const loaded = await loadCriteriaFile(`criteria/${id}.yaml`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
}

/** Criteria whose thresholds cannot be read: grading any of their evidence fails inside grade itself. */
function faulty(criteria: Criteria): Criteria {
  return Object.defineProperty({ ...criteria }, 'thresholds', { get: () => { throw new RangeError('Maximum call stack size exceeded\n    at r (cli.cjs:41:31906)'); } });
}

describe('a fault of grade on one file of a batch', () => {
  it('fails that file alone, in one line, and the others are graded', async () => {
    const good = await shipped('neighbourhood-policing');
    const bad = faulty(await shipped('missing-persons'));
    const grade = createFileGrader({ criteria: [good, bad], invalidCriteria: [], allowIncomplete: false, knownForces: null });
    const failed = grade(`${EVIDENCE}/missing-persons.json`);
    expect(failed.ok).toBe(false);
    expect('error' in failed && failed.error.diagnostic).toMatchObject({ code: 'internal-error', line: 1, column: 1,
      message: 'grade could not grade this file: internal error (Maximum call stack size exceeded); the other files are graded' });
    expect(grade(`${EVIDENCE}/neighbourhood-policing.json`).ok).toBe(true);
  });

  it('is listed among the batch errors while every other file is summarised', async () => {
    const frameworks = ['neighbourhood-policing', 'performance-management', 'child-abuse', 'domestic-violence', 'public-protection'];
    const criteria = [...await Promise.all(frameworks.map(shipped)), faulty(await shipped('missing-persons'))];
    const report = await gradeBatch([EVIDENCE], { criteria, registry: null, jobs: 1 });
    expect(report.results.map((r) => r.framework).sort()).toEqual([...frameworks].sort());
    expect(report.errors.map((e) => [e.file.replace(/\\/g, '/'), e.diagnostic.code])).toEqual([[`${EVIDENCE}/missing-persons.json`, 'internal-error']]);
  });
});
