import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scheme } from '../../src/criteria/scheme/model.js';
import { fewestChanges, fewestChangesByMeasures, fewestChangesStepByStep } from '../../src/engine/changes.js';
import { decideState } from '../../src/engine/decide.js';
import { inputsOf } from '../../src/engine/grade.js';
import { gradeEvidence } from '../../src/engine/grade.js';
import { marginSentence, nextGradeSentence } from '../../src/render/grade/sections.js';
import { randomSchemeArb, wideScoredSchemeArb } from '../helpers/scheme-arbitraries.js';
import { gradedArb } from '../helpers/scheme-findings.js';
import { evidenceFor, firstMet, frameworkFor, plainCriteria } from '../helpers/scheme-framework.js';
import { CQC_SAF, HMIC_2007, PEEL_2021, schemeFrom } from '../helpers/schemes.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const settings = { numRuns: RUNS * 2, seed: process.env.FUZZ_SEED === undefined ? 20071202 : Number(process.env.FUZZ_SEED) };

const SCHEMES: Array<[string, fc.Arbitrary<Scheme>]> = [['hmic-2007', fc.constant(HMIC_2007)], ['peel-2021', fc.constant(PEEL_2021)],
  ['cqc-saf', fc.constant(CQC_SAF)], ['random schemes', randomSchemeArb], ['random schemes scored 0-5', wideScoredSchemeArb]];

/** Criteria per framework: as many as the step-by-step search still finishes on. */
const sizeFor = (s: Scheme) => (!s.scores ? 12 : s.scores.max - s.scores.min > 2 ? 6 : 9);

// The step-by-step search is checked against brute force (test/properties/schemes.test.ts); the
// search by measures must find the same count, candidates and required criteria.
describe.each(SCHEMES)('the search by measures equals the step-by-step search, in %s', (_name, schemeArb) => {
  it('up to the next grade and down to the one below, for frameworks of up to 12 criteria', () => {
    let compared = 0;
    fc.assert(fc.property(gradedArb(schemeArb, sizeFor), ({ criteria, findings }) => {
      const { compiled, state } = inputsOf(criteria, evidenceFor(criteria, findings));
      const { rank } = decideState(compiled, state);
      for (const [goal, up] of [[rank + 1, true], [rank, false]] as Array<[number, boolean]>) {
        if (!compiled.scheme.grades[up ? goal : goal - 1]) continue;
        const byMeasures = fewestChangesByMeasures(compiled, state, goal, up);
        compared++;
        expect(byMeasures).toEqual(fewestChangesStepByStep(compiled, state, goal, up));
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
    expect(fewestChangesByMeasures(compiled, state, rank + steps, true)).toEqual(expected);
  });
});

// Where neither search can finish, the result says so: a null alone would read as "no change reaches it".
describe('a search that stops at its limit says it gave up', () => {
  const tight = { states: 1, work: 1 };

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
      'Good: how few better findings would reach it was not worked out: the exact search stopped at its limit (too many combinations of findings to try)');
    const held = cqc([...repeat(30, 3), ...repeat(10, 2)]);
    expect(marginSentence({ ...held, margin: { ...gaveUp, grade: 'requires-improvement' } })).toBe(
      'Good: how few worse findings would give Requires improvement or lower was not worked out: the exact search stopped at its limit (too many combinations of findings to try)');
  });
});

/** A scheme scored 0-5 that counts four score bounds on one level, as an independent check wrote one. */
const FOUR_BOUNDS = schemeFrom(`
scheme: test-scheme
title: Four bounds
version: "1"
grades: [{ id: poor, title: Poor }, { id: fair, title: Fair }, { id: good, title: Good }, { id: top, title: Top }]
levels: [{ id: s, title: Statements }]
scores: { min: 0, max: 5, metAt: 3 }
rules:
  - { id: top, grade: top, when: [{ count: { level: s }, of: { scoreAtMost: 1 }, atMost: 0 }, { share: { level: s }, of: met, atLeast: 0.9 },
      { share: { level: s }, of: { scoreAtLeast: 4 }, atLeast: 0.5 }, { score: { level: s }, atLeast: 0.8 }] }
  - { id: good, grade: good, when: [{ count: { level: s }, of: { scoreAtMost: 0 }, atMost: 0 }, { share: { level: s }, of: met, atLeast: 0.7 }] }
  - { id: fair, grade: fair, when: [{ share: { level: s }, of: met, atLeast: 0.4 }] }
  - { id: poor, grade: poor, otherwise: true }
limiters:
  - { id: zeros, cap: poor, when: [{ count: { level: s }, of: { scoreAtMost: 0 }, atLeast: 3 }] }
`);

// Found by an independent check: with several score bounds on one level the search by bands gave
// up from 40-55 statements, and a grade no change reaches was reported as given up.
describe('the search by measures at scale', () => {
  const fourBounds = (scores: number[]) => {
    const criteria = frameworkFor(FOUR_BOUNDS, plainCriteria('s', scores.length));
    return gradeEvidence(criteria, evidenceFor(criteria, { values: scores }));
  };

  it('400 statements, 10 scored 0: Fair is 8 points away (any 8 of the 10 raised to 1), Top 22 and more', () => {
    const result = fourBounds([...repeat(10, 0), ...repeat(390, 5)]);
    expect(result.computedGrade).toBe('poor');
    expect(result.nextGrade).toMatchObject({ grade: 'fair', changesNeeded: 8, required: [], additional: 8 });
    expect(result.nextGrade?.candidates).toEqual(result.criteria.slice(0, 10).map((c) => c.id));
    expect(result.nextGrade).not.toHaveProperty('searchGaveUp');
  });

  it('300 statements at Good: the margin is one statement down to 0 (3 points from a 3, or more from higher)', () => {
    const result = fourBounds([...repeat(100, 3), ...repeat(200, 4)]);
    expect(result.computedGrade).toBe('good');
    // A 3 taken to 0 breaks "no statement scored 0": 3 points, any of the hundred 3s.
    expect(result.margin).toMatchObject({ changesNeeded: 3, required: [] });
    expect(result.margin?.candidates).toEqual(result.criteria.slice(0, 100).map((c) => c.id));
  });

  it('a grade no change of findings reaches is said to be out of reach, exactly, not given up', () => {
    const scheme = schemeFrom(`
scheme: test-scheme
title: Unreachable top
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: s, title: Statements }]
rules:
  - { id: high, grade: high, when: [{ count: { level: s }, of: unmet, atLeast: 5 }, { share: { level: s }, of: met, atLeast: 0.9 }] }
  - { id: low, grade: low, otherwise: true }
`);
    const criteria = frameworkFor(scheme, plainCriteria('s', 40));
    const { compiled, state } = inputsOf(criteria, evidenceFor(criteria, { values: firstMet(40, 30) }));
    expect(fewestChanges(compiled, state, 1, true)).toEqual({ changesNeeded: null, criteria: [], factors: false, requiredCriteria: [], factorsRequired: false });
  });
});

// Rules above the grade that already fail, and stay failing as findings worsen, ask nothing of a
// margin: without that, 24 ways to the grade below (one failing condition of each rule above) made
// a product of measures past the search's limit at 400 criteria, and it gave up.
describe('rules that stay as they are ask nothing of the search', () => {
  const FIVE_FLAGS = schemeFrom(`
scheme: test-scheme
title: Five flags
version: "1"
grades: [{ id: e, title: E }, { id: d, title: D }, { id: c, title: C }, { id: b, title: B }, { id: a, title: A }]
levels: [{ id: core, title: Core }, { id: extra, title: Extra }]
flags:
  f1: { levels: [core, extra] }
  f2: { levels: [core, extra] }
  f3: { levels: [core, extra] }
  f4: { levels: [core, extra] }
  f5: { levels: [core, extra] }
rules:
  - { id: a, grade: a, when: [{ count: { flag: f1 }, of: unmet, atMost: 0 }, { count: { flag: f2 }, of: unmet, atMost: 1 },
      { share: { level: core }, of: met, atLeast: 0.9 }, { share: { level: extra }, of: met, atLeast: 0.7 }] }
  - { id: b, grade: b, when: [{ count: { flag: f3 }, of: unmet, atMost: 2 }, { share: { level: core }, of: met, atLeast: 0.75 },
      { count: [{ flag: f4 }, { flag: f5 }], of: unmet, atMost: 3 }] }
  - { id: c, grade: c, when: [{ share: { level: core }, of: met, atLeast: 0.5 }, { count: { flag: f1 }, of: unmet, atMost: 2 }] }
  - { id: d, grade: d, when: [{ count: { flag: f5 }, of: met, atLeast: 1 }] }
  - { id: e, grade: e, otherwise: true }
`);
  it('600 criteria at D, held by its f5 criteria met: the margin is every one of them, found, not given up', () => {
    // A fixed pseudo-random layout (mulberry32): each flag on about one criterion in seven, three in five at Core.
    let seed = 400;
    const next = (): number => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const specs = Array.from({ length: 600 }, () => ({ level: next() < 0.6 ? 'core' : 'extra', flags: ['f1', 'f2', 'f3', 'f4', 'f5'].filter(() => next() < 0.15) }));
    const values = specs.map(() => { const x = next(); return x < 0.7 ? 'met' as const : x < 0.85 ? 'partly-met' as const : 'not-met' as const; });
    const criteria = frameworkFor(FIVE_FLAGS, specs);
    const result = gradeEvidence(criteria, evidenceFor(criteria, { values }));
    expect(result.computedGrade).toBe('d');
    const holding = criteria.criteria.filter((c, i) => c.flags.includes('f5') && values[i] === 'met').map((c) => c.id);
    expect(holding.length).toBeGreaterThan(30);
    expect(result.margin).toMatchObject({ grade: 'e', changesNeeded: holding.length, required: holding });
    expect(result.margin).not.toHaveProperty('searchGaveUp');
  });
});

// Found by an independent check: "holds by 3 score points … 3 score points from, …" read
// as if any three points would do, where all three must come off one statement (to a score of 1).
describe('all the points on one criterion', () => {
  it('300 statements scored 4: Outstanding holds by 3 points, all on one statement, and the sentence says so', () => {
    const result = cqc(repeat(300, 4));
    expect(result.margin).toMatchObject({ changesNeeded: 3, required: [], additional: 3, fromOne: true });
    expect(result.margin?.candidates).toHaveLength(300);
    expect(marginSentence(result)).toMatch(/^Outstanding holds by 3 score points \(worse ones give Good or lower\): all on one of C1, C2, /);
  });

  it('points that may be spread are not said to be on one: 150 statements 144 points from Requires improvement', () => {
    const result = cqc([...repeat(81, 2), ...repeat(69, 1)]);
    expect(result.nextGrade).not.toHaveProperty('fromOne');
    expect(nextGradeSentence(result)).toContain('more score points from');
  });

  it('two statements scored 3 among 4s (30 of 32): 2 points take one of them to 1, a next-grade sentence likewise', () => {
    const result = cqc([4, 4, 4, 4, 4, 4, 3, 3]);
    expect(result.margin).toMatchObject({ changesNeeded: 2, candidates: ['C7', 'C8'], fromOne: true });
    const low = cqc([1, 3, 3, 3, 3, 3, 3, 3]);
    // Requires improvement (capped by the 1): one point lifts the cap, so not several on one.
    expect(low.nextGrade).not.toHaveProperty('fromOne');
  });
});
