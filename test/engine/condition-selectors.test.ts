import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/shared/grades.js';
import { conditionHolds } from '../helpers/condition-scheme.js';
import type { CriterionSpec } from '../helpers/scheme-framework.js';

// C5 is the one the evidence marks critical (position 4) unless a test says otherwise.
const CRITERIA: CriterionSpec[] = [
  { level: 'a', flags: ['key'], theme: 't1' },
  { level: 'a', theme: 't2' },
  { level: 'b', flags: ['key'], theme: 't1' },
  { level: 'b', theme: 't2' },
  { level: 'b', theme: 't1' },
];
const MARKED = [4];

/** Selections as a scheme writes them, and the criteria each selects with C5 marked critical. */
const SELECTIONS: Array<{ selection: string; members: string[] }> = [
  { selection: '{ level: a }', members: ['C1', 'C2'] },
  { selection: '{ flag: key }', members: ['C1', 'C3'] },
  { selection: '{ theme: t1 }', members: ['C1', 'C3', 'C5'] },
  { selection: '{ level: b, theme: t1 }', members: ['C3', 'C5'] },
  { selection: '{ level: a, flag: key }', members: ['C1'] },
  { selection: '{ critical: true }', members: ['C5'] },
  { selection: '{ level: b, critical: true }', members: ['C5'] },
  { selection: '{ level: a, critical: true }', members: [] },
  { selection: '[{ level: a, flag: key }, { critical: true }]', members: ['C1', 'C5'] },
  { selection: '[{ level: a }, { theme: t1 }]', members: ['C1', 'C2', 'C3', 'C5'] },
  { selection: '[{ flag: key }, { level: b, flag: key }]', members: ['C1', 'C3'] },
];

/** Every criterion met but the one at `unmet` (if any), which is `status`. */
function allMetBut(unmet: number | undefined, status: Status = 'not-met'): Status[] {
  return CRITERIA.map((_, i) => (i === unmet ? status : 'met'));
}

const MEMBERSHIP = SELECTIONS.flatMap(({ selection, members }) => CRITERIA.map((_, i) => ({
  selection, id: `C${i + 1}`, at: i, member: members.includes(`C${i + 1}`),
})));

describe('selectors: a criterion matches when it has every field given; a list is their union', () => {
  it.each(MEMBERSHIP)('$selection selects $id: $member', ({ selection, at, member }) => {
    // Only the criterion looked at is unmet: the count of unmet is 1 exactly when it is selected.
    expect(conditionHolds(`{ count: ${selection}, of: unmet, atLeast: 1 }`, CRITERIA, { values: allMetBut(at), critical: MARKED })).toBe(member);
  });

  it.each(SELECTIONS)('$selection counts each criterion once, however many of its selectors match', ({ selection, members }) => {
    const n = members.length;
    const exactly = `{ count: ${selection}, of: met, atLeast: ${n} }, { count: ${selection}, of: met, atMost: ${n} }`;
    expect(conditionHolds(exactly, CRITERIA, { values: allMetBut(undefined), critical: MARKED })).toBe(true);
  });

  it('a not-applicable criterion is in no selection', () => {
    const values: Status[] = ['not-applicable', 'met', 'met', 'met', 'met'];
    expect(conditionHolds('{ count: [{ level: a }, { theme: t1 }], of: met, atLeast: all }, { count: [{ level: a }, { theme: t1 }], of: met, atMost: 3 }', CRITERIA, { values })).toBe(true);
    expect(conditionHolds('{ count: { flag: key }, of: met, atLeast: 2 }', CRITERIA, { values })).toBe(false);
  });
});

describe('critical: true selects the criteria the evidence marks critical, and only them', () => {
  it('without the mark an unmet criterion is not selected by critical: true', () => {
    for (const selection of ['{ critical: true }', '{ level: b, critical: true }', '[{ level: a, flag: key }, { critical: true }]']) {
      expect(conditionHolds(`{ count: ${selection}, of: unmet, atLeast: 1 }`, CRITERIA, { values: allMetBut(4) })).toBe(false);
      expect(conditionHolds(`{ count: ${selection}, of: unmet, atLeast: 1 }`, CRITERIA, { values: allMetBut(4, 'partly-met'), critical: MARKED })).toBe(true);
    }
  });

  it('a mark on another criterion moves the selection with it', () => {
    expect(conditionHolds('{ count: { critical: true }, of: unmet, atLeast: 1 }', CRITERIA, { values: allMetBut(1), critical: [1] })).toBe(true);
    expect(conditionHolds('{ count: { critical: true }, of: unmet, atLeast: 1 }', CRITERIA, { values: allMetBut(1), critical: [0, 2] })).toBe(false);
  });

  it('a share over a union with critical: true takes the marked criteria into its whole (2 of 3)', () => {
    const findings = { values: allMetBut(4), critical: MARKED };
    expect(conditionHolds('{ share: [{ level: a }, { critical: true }], of: met, moreThan: 0.6666 }', CRITERIA, findings)).toBe(true);
    expect(conditionHolds('{ share: [{ level: a }, { critical: true }], of: met, below: 0.6667 }', CRITERIA, findings)).toBe(true);
    // Without the mark the share is 2 of 2.
    expect(conditionHolds('{ share: [{ level: a }, { critical: true }], of: met, atLeast: 1 }', CRITERIA, { values: allMetBut(4) })).toBe(true);
  });
});
