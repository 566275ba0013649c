import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scheme } from '../../src/criteria/scheme/model.js';
import { fewestChanges, fewestChangesByBands, fewestChangesStepByStep } from '../../src/engine/changes.js';
import { decideState } from '../../src/engine/decide.js';
import { inputsOf } from '../../src/engine/grade.js';
import { gradeEvidence } from '../../src/engine/grade.js';
import { marginSentence, nextGradeSentence } from '../../src/render/grade/sections.js';
import { randomSchemeArb } from '../helpers/scheme-arbitraries.js';
import { gradedArb } from '../helpers/scheme-findings.js';
import { evidenceFor, frameworkFor, plainCriteria } from '../helpers/scheme-framework.js';
import { CQC_SAF, HMIC_2007, PEEL_2021 } from '../helpers/schemes.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const settings = { numRuns: RUNS * 2, seed: process.env.FUZZ_SEED === undefined ? 20071202 : Number(process.env.FUZZ_SEED) };

const SCHEMES: Array<[string, fc.Arbitrary<Scheme>]> = [['hmic-2007', fc.constant(HMIC_2007)], ['peel-2021', fc.constant(PEEL_2021)],
  ['cqc-saf', fc.constant(CQC_SAF)], ['random schemes', randomSchemeArb]];

// The step-by-step search is checked against brute force (test/properties/schemes.test.ts); the
// search by bands must find the same count, candidates and required criteria wherever it applies.
describe.each(SCHEMES)('the search by bands equals the step-by-step search, in %s', (_name, schemeArb) => {
  it('up to the next grade and down to the one below, for frameworks of up to 12 criteria', () => {
    let compared = 0;
    fc.assert(fc.property(gradedArb(schemeArb, (s) => (s.scores ? 9 : 12)), ({ criteria, findings }) => {
      const { compiled, state } = inputsOf(criteria, evidenceFor(criteria, findings));
      const { rank } = decideState(compiled, state);
      for (const [goal, up] of [[rank + 1, true], [rank, false]] as Array<[number, boolean]>) {
        if (!compiled.scheme.grades[up ? goal : goal - 1]) continue;
        const byBands = fewestChangesByBands(compiled, state, goal, up);
        if (!byBands) continue;
        compared++;
        expect(byBands).toEqual(fewestChangesStepByStep(compiled, state, goal, up));
      }
    }), settings);
    expect(compared).toBeGreaterThan(0);
  });
});

/** cqc-saf with one quality statement per score given. */
function cqc(scores: number[]) {
  const criteria = frameworkFor(CQC_SAF, plainCriteria('quality-statement', scores.length));
  return gradeEvidence(criteria, evidenceFor(criteria, { values: scores }));
}

const repeat = (n: number, score: number) => new Array<number>(n).fill(score);

// Found by an independent check: the step-by-step search gave up past its limit of states and
// reported the next grade as not reachable by findings.
describe('nextGrade and margin of large scored frameworks are exact', () => {
  it('150 statements, 81 scored 2 and 69 scored 1 (231 of 600): Good needs 375 points, so 144, every 1 in every way', () => {
    const result = cqc([...repeat(81, 2), ...repeat(69, 1)]);
    expect(result.computedGrade).toBe('requires-improvement');
    expect(result.nextGrade?.changesNeeded).toBe(144);
    expect(result.nextGrade?.candidates).toHaveLength(150);
    expect(result.nextGrade?.required).toEqual(result.criteria.filter((c) => c.score === 1).map((c) => c.id));
    expect(result.nextGrade?.additional).toBe(144 - 69);
  });

  it('250 statements, 62 scored 4 and 188 scored 2 (624 of 1000, Requires improvement): Inadequate is 240 points lower', () => {
    const result = cqc([...repeat(62, 4), ...repeat(188, 2)]);
    expect(result.computedGrade).toBe('requires-improvement');
    // Below 0.385 of 1000 is at most 384 points: 240 fewer.
    expect(result.margin?.changesNeeded).toBe(240);
    expect(result.margin?.required).toEqual([]);
  });

  it.each([[1, 2], [2, 40], [3, 80]])('40 statements, 20 scored 1 and 20 scored 2 (Inadequate): %i grades up takes %i points, as step by step', (steps, points) => {
    const criteria = frameworkFor(CQC_SAF, plainCriteria('quality-statement', 40));
    const { compiled, state } = inputsOf(criteria, evidenceFor(criteria, { values: [...repeat(20, 1), ...repeat(20, 2)] }));
    const { rank } = decideState(compiled, state);
    const expected = fewestChangesStepByStep(compiled, state, rank + steps, true);
    expect(expected?.changesNeeded).toBe(points);
    expect(fewestChanges(compiled, state, rank + steps, true)).toEqual(expected);
    expect(fewestChangesByBands(compiled, state, rank + steps, true)).toEqual(expected);
  });
});

// Where neither search can finish, the result says so: a null alone would read as "no change reaches it".
describe('a search that stops at its limit says it gave up', () => {
  const tight = { states: 5, outcomes: 5 };

  it('a far next grade with tight limits: changesNeeded null and unknown, not unreachable', () => {
    const criteria = frameworkFor(CQC_SAF, plainCriteria('quality-statement', 40));
    const { compiled, state } = inputsOf(criteria, evidenceFor(criteria, { values: [...repeat(20, 1), ...repeat(20, 2)] }));
    const { rank } = decideState(compiled, state);
    expect(fewestChanges(compiled, state, rank + 2, true, tight)).toMatchObject({ changesNeeded: null, unknown: true, criteria: [] });
    expect(fewestChanges(compiled, state, rank + 2, true)).not.toHaveProperty('unknown');
  });

  it('the next-grade and margin sentences say the count was not worked out', () => {
    const result = cqc([...repeat(20, 1), ...repeat(20, 2)]);
    const gaveUp = { grade: 'good', changesNeeded: null, candidates: [], required: [], additional: 0, searchGaveUp: true as const };
    expect(nextGradeSentence({ ...result, nextGrade: gaveUp })).toBe(
      'Good: how few better findings would reach it was not worked out: the exact search stopped at its limit (too many unlike criteria)');
    const held = cqc([...repeat(30, 3), ...repeat(10, 2)]);
    expect(marginSentence({ ...held, margin: { ...gaveUp, grade: 'requires-improvement' } })).toBe(
      'Good: how few worse findings would give Requires improvement or lower was not worked out: the exact search stopped at its limit (too many unlike criteria)');
  });
});
