import { describe, expect, it } from 'vitest';
import { COMPARATORS, type Comparator } from '../../src/criteria/scheme/model.js';
import { firstMet, plainCriteria, type CriterionSpec, type FindingsSpec } from '../helpers/scheme-framework.js';
import { conditionHolds, conditionResult } from '../helpers/condition-scheme.js';

/** Where a measure lies against the value compared with: one under, exactly at, one over. */
type Position = 0 | 1 | 2;
const UNDER = 0;
const AT = 1;
const OVER = 2;

/** What each comparator says at each position: SPEC §7's atLeast, moreThan, atMost, below. */
const EXPECTED: Record<Comparator, readonly [boolean, boolean, boolean]> = {
  atLeast: [false, true, true],
  moreThan: [false, false, true],
  atMost: [true, true, false],
  below: [true, false, false],
};

interface Boundary {
  name: string;
  /** The condition, with CMP where its comparator goes. */
  condition: string;
  criteria: CriterionSpec[];
  cases: Array<[Position, FindingsSpec]>;
  scored?: boolean;
  thresholds?: Record<string, number>;
  factors?: string[];
}

const A5 = plainCriteria('a', 5);
const A10 = plainCriteria('a', 10);
const A4 = plainCriteria('a', 4);
const values = (...list: FindingsSpec['values']): FindingsSpec => ({ values: list });
const met = (total: number, n: number): FindingsSpec => ({ values: firstMet(total, n) });
const factorsMet = (n: number): FindingsSpec => ({ values: ['met'], factors: { f1: n >= 1 ? 'met' : 'not-met', f2: n >= 2 ? 'met' : 'partly-met', ...(n >= 3 ? { f3: 'met' } : {}) } });

const BOUNDARIES: Boundary[] = [
  { name: 'count met against 2', condition: '{ count: { level: a }, of: met, CMP: 2 }', criteria: A5, cases: [[UNDER, met(5, 1)], [AT, met(5, 2)], [OVER, met(5, 3)]] },
  { name: 'count unmet (partly-met is unmet) against 2', condition: '{ count: { level: a }, of: unmet, CMP: 2 }', criteria: A5,
    cases: [[UNDER, { values: firstMet(5, 4, 'partly-met') }], [AT, { values: firstMet(5, 3, 'partly-met') }], [OVER, { values: firstMet(5, 2, 'partly-met') }]] },
  { name: 'count met against all', condition: '{ count: { level: a }, of: met, CMP: all }', criteria: A5, cases: [[UNDER, met(5, 4)], [AT, met(5, 5)]] },
  { name: 'count met against all leaves out not-applicable', condition: '{ count: { level: a }, of: met, CMP: all }', criteria: A5,
    cases: [[UNDER, values('met', 'met', 'met', 'not-met', 'not-applicable')], [AT, values('met', 'met', 'met', 'met', 'not-applicable')]] },
  { name: 'count unmet leaves out not-applicable', condition: '{ count: { level: a }, of: unmet, CMP: 1 }', criteria: plainCriteria('a', 3),
    cases: [[UNDER, values('not-applicable', 'met', 'met')], [AT, values('not-applicable', 'not-met', 'met')]] },
  { name: 'count unmet counts a criterion with no finding', condition: '{ count: { level: a }, of: unmet, CMP: 1 }', criteria: plainCriteria('a', 3),
    cases: [[UNDER, met(3, 3)], [AT, { ...met(3, 3), missing: [1] }], [OVER, { ...met(3, 3), missing: [0, 2] }]] },
  { name: 'share met against a threshold name (7 of 10 equals 0.7)', condition: '{ share: { level: a }, of: met, CMP: seven }', criteria: A10,
    cases: [[UNDER, met(10, 6)], [AT, met(10, 7)], [OVER, met(10, 8)]] },
  { name: 'share met against the literal 0.7', condition: '{ share: { level: a }, of: met, CMP: 0.7 }', criteria: A10,
    cases: [[UNDER, met(10, 6)], [AT, met(10, 7)], [OVER, met(10, 8)]] },
  { name: 'share met against the criteria file\'s own value of the threshold (seven: 0.8)', condition: '{ share: { level: a }, of: met, CMP: seven }', criteria: A10,
    thresholds: { seven: 0.8 }, cases: [[UNDER, met(10, 7)], [AT, met(10, 8)], [OVER, met(10, 9)]] },
  { name: 'share met against 0.3 (3 of 10 equals it; 0.1 * 3 in binary does not)', condition: '{ share: { level: a }, of: met, CMP: 0.3 }', criteria: A10,
    cases: [[UNDER, met(10, 2)], [AT, met(10, 3)], [OVER, met(10, 4)]] },
  { name: 'share met: 2 of 3 is under 0.6667 and over 0.6666', condition: '{ share: { level: a }, of: met, CMP: twoThirds }', criteria: plainCriteria('a', 3),
    cases: [[UNDER, met(3, 2)], [OVER, met(3, 3)]] },
  { name: 'share met: 2 of 3 is over the literal 0.6666', condition: '{ share: { level: a }, of: met, CMP: 0.6666 }', criteria: plainCriteria('a', 3),
    cases: [[UNDER, met(3, 1)], [OVER, met(3, 2)]] },
  { name: 'share unmet over the applicable criteria only (n of 4)', condition: '{ share: { level: a }, of: unmet, CMP: 0.5 }', criteria: A5,
    cases: [[UNDER, values('not-met', 'met', 'met', 'met', 'not-applicable')], [AT, values('not-met', 'partly-met', 'met', 'met', 'not-applicable')],
      [OVER, values('not-met', 'not-met', 'partly-met', 'met', 'not-applicable')]] },
  { name: 'score against a threshold name (12 of 16 points equals 0.75)', condition: '{ score: { level: a }, CMP: band }', criteria: A4, scored: true,
    cases: [[UNDER, values(3, 3, 3, 2)], [AT, values(3, 3, 3, 3)], [OVER, values(4, 3, 3, 3)]] },
  { name: 'score over the applicable criteria only (9 of 12 points equals 0.75)', condition: '{ score: { level: a }, CMP: 0.75 }', criteria: A4, scored: true,
    cases: [[UNDER, values(3, 3, 2, 'not-applicable')], [AT, values(3, 3, 3, 'not-applicable')], [OVER, values(4, 3, 3, 'not-applicable')]] },
  { name: 'score against 0.385 of 32 points (12.32: 12 under, 13 over)', condition: '{ score: { level: a }, CMP: 0.385 }', criteria: plainCriteria('a', 8), scored: true,
    cases: [[UNDER, values(2, 2, 2, 1, 1, 1, 2, 1)], [OVER, values(2, 2, 2, 1, 1, 1, 2, 2)]] },
  { name: 'score counts a statement with no finding at the lowest score (1 + 3 + 4 + 4 of 16 equals 0.75)', condition: '{ score: { level: a }, CMP: 0.75 }', criteria: A4, scored: true,
    cases: [[UNDER, { values: [4, 2, 4, 4], missing: [0] }], [AT, { values: [4, 3, 4, 4], missing: [0] }], [OVER, { values: [4, 4, 4, 4], missing: [0] }]] },
  { name: 'count of met in a scored scheme (score at least metAt 3) against 2', condition: '{ count: { level: a }, of: met, CMP: 2 }', criteria: A4, scored: true,
    cases: [[UNDER, values(3, 2, 2, 2)], [AT, values(3, 4, 2, 2)], [OVER, values(3, 4, 3, 2)]] },
  { name: 'count of unmet in a scored scheme (score under metAt 3) against 2', condition: '{ count: { level: a }, of: unmet, CMP: 2 }', criteria: A4, scored: true,
    cases: [[UNDER, values(2, 3, 3, 4)], [AT, values(2, 1, 3, 4)], [OVER, values(2, 1, 2, 4)]] },
  { name: 'count of scoreAtLeast 3 against 2', condition: '{ count: { level: a }, of: { scoreAtLeast: 3 }, CMP: 2 }', criteria: A4, scored: true,
    cases: [[UNDER, values(3, 2, 2, 1)], [AT, values(3, 4, 2, 1)], [OVER, values(3, 4, 3, 1)]] },
  { name: 'count of scoreAtMost 1 against 1', condition: '{ count: { level: a }, of: { scoreAtMost: 1 }, CMP: 1 }', criteria: A4, scored: true,
    cases: [[UNDER, values(2, 2, 2, 2)], [AT, values(1, 2, 2, 2)], [OVER, values(1, 1, 2, 'not-applicable')]] },
  { name: 'factors met against 2 (partly-met and absent are not met)', condition: '{ factors: { CMP: 2 } }', criteria: plainCriteria('a', 1),
    cases: [[UNDER, factorsMet(1)], [AT, factorsMet(2)], [OVER, factorsMet(3)]] },
  { name: 'factors met against all', condition: '{ factors: { CMP: all } }', criteria: plainCriteria('a', 1), cases: [[UNDER, factorsMet(2)], [AT, factorsMet(3)]] },
  { name: 'factors against all of the criteria file\'s own factors (f1, f2)', condition: '{ factors: { CMP: all } }', criteria: plainCriteria('a', 1), factors: ['f1', 'f2'],
    cases: [[UNDER, factorsMet(1)], [AT, factorsMet(2)]] },
  { name: 'factors against all when the criteria file has none (0 of 0)', condition: '{ factors: { CMP: all } }', criteria: plainCriteria('a', 1), factors: [],
    cases: [[AT, values('met')]] },
  { name: 'concerns against 1', condition: '{ concerns: { CMP: 1 } }', criteria: plainCriteria('a', 1),
    cases: [[UNDER, values('met')], [AT, { values: ['met'], concerns: 1 }], [OVER, { values: ['met'], concerns: 2 }]] },
];

const ROWS = BOUNDARIES.flatMap((b) => COMPARATORS.flatMap((comparator) => b.cases.map(([position, findings]) => ({
  name: `${b.name}: ${comparator} ${['one under', 'exactly at', 'one over'][position]}`,
  boundary: b, comparator, findings, expected: EXPECTED[comparator][position],
}))));

describe('conditions at their boundaries (SPEC §7), every kind and comparator', () => {
  it.each(ROWS)('$name', ({ boundary, comparator, findings, expected }) => {
    const options = { scored: boundary.scored, thresholds: boundary.thresholds, factors: boundary.factors };
    expect(conditionHolds(boundary.condition.replace('CMP', comparator), boundary.criteria, findings, options)).toBe(expected);
  });
});

describe('a share or score of an empty set never holds', () => {
  it.each(COMPARATORS)('share over criteria marked critical, with none marked: %s', (comparator) => {
    expect(conditionHolds(`{ share: { critical: true }, of: unmet, ${comparator}: 0.5 }`, A5, met(5, 2))).toBe(false);
    expect(conditionHolds(`{ share: { critical: true }, of: met, ${comparator}: 1 }`, A5, met(5, 5))).toBe(false);
  });

  it.each(COMPARATORS)('share over a level whose criteria are all not-applicable: %s', (comparator) => {
    const criteria = [...plainCriteria('a', 2), ...plainCriteria('b', 2)];
    expect(conditionHolds(`{ share: { level: b }, of: met, ${comparator}: 0.5 }`, criteria, values('met', 'not-met', 'not-applicable', 'not-applicable'))).toBe(false);
  });

  it.each(COMPARATORS)('score over criteria marked critical, with none marked: %s', (comparator) => {
    expect(conditionHolds(`{ score: { critical: true }, ${comparator}: 0.5 }`, A4, values(1, 2, 3, 4), { scored: true })).toBe(false);
  });
});

describe('a condition decides through the whole result', () => {
  it('the rule whose condition holds gives the grade; otherwise the last rule', () => {
    const criteria = plainCriteria('a', 2);
    const condition = '{ count: { level: a }, of: met, atLeast: 1 }';
    expect([conditionResult(condition, criteria, met(2, 1)).computedGrade, conditionResult(condition, criteria, met(2, 1)).decision.rule]).toEqual(['high', 'holds']);
    expect([conditionResult(condition, criteria, met(2, 0)).computedGrade, conditionResult(condition, criteria, met(2, 0)).decision.rule]).toEqual(['low', 'fails']);
  });
});
