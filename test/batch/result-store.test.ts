import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/batch/model.js';
import { ResultStore } from '../../src/batch/result-store.js';
import { HMIC_2007 } from '../helpers/schemes.js';

const result = (overrides: Partial<BatchResult> = {}): BatchResult => ({
  file: 'worker copy', force: { id: 'a', name: 'Force A' }, framework: 'np', grade: 'good', computedGrade: 'fair',
  judged: true, goodShare: 0.625, rule: 'fair', limiters: [], margin: { grade: 'poor', changesNeeded: 1 }, direction: null, incomplete: false, missing: [], advisories: [], ...overrides,
});

describe('ResultStore: a batch\'s results kept as numbers while it runs', () => {
  const criteria = [{ framework: 'np', scheme: HMIC_2007 }, { framework: 'ca', scheme: HMIC_2007 }];

  it('gives back every result as it was added, in order, with this thread\'s path', () => {
    const files = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8'];
    const added = [
      result(),
      result({ framework: 'ca', force: { id: 'b', name: 'Force B' }, judged: false, incomplete: true, goodShare: 1 / 3 }),
      result({ margin: null, advisories: [{ code: 'borderline-poor', message: 'refer it' }] }),
      result({ margin: { grade: 'poor', changesNeeded: null }, advisories: [{ code: 'borderline-poor', message: 'refer it' }] }),
      result({ limiters: ['cap'] }),
      result({ direction: 'improved' }),
      result({ missing: ['NP1'], incomplete: true }),
      result({ framework: 'unknown' }),
    ];
    const store = new ResultStore(criteria, files);
    // The 3rd file was not graded: `at` counts every file, the store only the results.
    added.forEach((r, n) => store.add(structuredClone(r), n < 2 ? n : n + 1));
    expect(store.size).toBe(added.length);
    const expected = added.map((r, n) => ({ ...r, file: files[n < 2 ? n : n + 1] }));
    expect(store.results()).toEqual(expected);
  });

  it('shares forces, margins and advisory lists between the results it makes', () => {
    const store = new ResultStore(criteria, ['f0', 'f1']);
    const advisories = [{ code: 'borderline-poor', message: 'refer it' }];
    store.add(result({ advisories: structuredClone(advisories) }), 0);
    store.add(result({ advisories: structuredClone(advisories) }), 1);
    const [a, b] = store.results() as [BatchResult, BatchResult];
    expect(a.force).toBe(b.force);
    expect(a.margin).toBe(b.margin);
    expect(a.advisories).toBe(b.advisories);
  });

  it('grows past its first thousand results', () => {
    const files = Array.from({ length: 3000 }, (_, n) => `f${n}`);
    const store = new ResultStore(criteria, files);
    files.forEach((_, n) => store.add(result({ goodShare: n / 3000 }), n));
    const results = store.results();
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results[2999]?.goodShare).toBe(2999 / 3000);
  });
});
