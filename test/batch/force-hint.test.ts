import { describe, expect, it } from 'vitest';
import { forceHint, MAX_FORCES_SEARCHED } from '../../src/batch/force-hint.js';

const SMALL = [{ id: 'synthetic-force-01', name: 'Synthetic Force 01' }, { id: 'testshire', name: 'Testshire Constabulary' }];
const LARGE = [...SMALL, ...Array.from({ length: MAX_FORCES_SEARCHED }, (_v, i) => ({ id: `other-${i}`, name: `Other ${i}` }))];

describe('forceHint', () => {
  it.each<[string, typeof SMALL, { id: string; name: string }, string]>([
    ['a typo of an id', SMALL, { id: 'testshir', name: 'Testshire Constabulary' }, '; did you mean "testshire" (Testshire Constabulary)?'],
    ['a name close to a registered one', SMALL, { id: 'tst', name: 'Testshire Constab' }, '; did you mean "testshire" (Testshire Constabulary)?'],
    ['another number is another force', SMALL, { id: 'synthetic-force-07', name: 'Synthetic Force 07' }, ''],
    ['a large registry: a case or separators difference is still found', LARGE, { id: 'Test_shire', name: 'Somewhere' }, '; did you mean "testshire" (Testshire Constabulary)?'],
    ['a large registry: a typo is not looked for in edits', LARGE, { id: 'testshir', name: 'Testshire Constab' }, ''],
  ])('%s', (_what, forces, force, expected) => {
    expect(forceHint(forces)(force)).toBe(expected);
  });
});
