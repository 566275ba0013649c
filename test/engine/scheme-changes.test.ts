import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import { evidenceFor, frameworkFor, plainCriteria, type FindingsSpec } from '../helpers/scheme-framework.js';
import { CQC_SAF, PEEL_2021 } from '../helpers/schemes.js';

/** cqc-saf with its own thresholds and one quality statement per score given. */
function cqc(...scores: number[]) {
  const criteria = frameworkFor(CQC_SAF, plainCriteria('quality-statement', scores.length));
  return gradeEvidence(criteria, evidenceFor(criteria, { values: scores }));
}

/** peel-2021 with five characteristics of good and its factor `exceeds`. */
function peel(findings: FindingsSpec) {
  const criteria = frameworkFor(PEEL_2021, plainCriteria('good', 5));
  return gradeEvidence(criteria, evidenceFor(criteria, findings));
}

// Found by test/properties/schemes.test.ts (brute force over every assignment of scores): a
// criterion that some fewest way leaves as it is was listed as one that must change.
describe('nextGrade and margin in a scored scheme: required are those that change in every fewest way', () => {
  it('scores 2 and 3 (5 of 8 points, Good): Outstanding needs 7, by C1 +2 alone or C1 and C2 +1 each', () => {
    const result = cqc(2, 3);
    expect(result.computedGrade).toBe('good');
    expect(result.nextGrade).toEqual({ grade: 'outstanding', changesNeeded: 2, candidates: ['C1', 'C2'], required: ['C1'], additional: 1 });
  });

  it('scores 1, 2, 3, 4 (capped at Requires improvement): Inadequate needs 4 points fewer, C4 in every way', () => {
    const result = cqc(1, 2, 3, 4);
    expect([result.computedGrade, result.limiters.map((l) => l.id)]).toEqual(['requires-improvement', ['significant-shortfall']]);
    expect(result.margin).toEqual({ grade: 'inadequate', changesNeeded: 4, candidates: ['C2', 'C3', 'C4'], required: ['C4'], additional: 3 });
  });

  it('a limiter counts: scores 1, 4, 4, 4 (13 of 16, capped) reach Good by C1 alone, one point', () => {
    expect(cqc(1, 4, 4, 4).nextGrade).toEqual({ grade: 'good', changesNeeded: 1, candidates: ['C1'], required: ['C1'], additional: 0 });
  });
});

describe('nextGrade when no change of findings reaches it', () => {
  it('a cause of concern: Inadequate whatever the findings, so changesNeeded is null and nothing is a candidate', () => {
    const result = peel({ values: ['met', 'met', 'met', 'met', 'met'], factors: { exceeds: 'met' }, concerns: 1 });
    expect([result.computedGrade, result.decision.rule]).toEqual(['inadequate', 'cause-of-concern']);
    expect(result.nextGrade).toEqual({ grade: 'requires-improvement', changesNeeded: null, candidates: [], required: [], additional: 0 });
    expect(result.margin).toBeNull();
  });

  it('without it, Outstanding at 4 of 5 holds by one finding (3 of 5 is Adequate) or the factor (Good)', () => {
    const result = peel({ values: ['met', 'met', 'met', 'met', 'not-met'], factors: { exceeds: 'met' } });
    expect(result.computedGrade).toBe('outstanding');
    expect(result.margin).toEqual({ grade: 'good', changesNeeded: 1, candidates: ['C1', 'C2', 'C3', 'C4', 'exceeds'], required: [], additional: 1 });
  });
});
