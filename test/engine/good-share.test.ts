import { describe, expect, it } from 'vitest';
import { decideGrade, gradeEvidence } from '../../src/engine/grade.js';
import { evidenceFor, frameworkFor, plainCriteria } from '../helpers/scheme-framework.js';
import { conditionResult } from '../helpers/condition-scheme.js';
import { schemeFrom } from '../helpers/schemes.js';

/** A scheme whose first share (a limiter's, in rule order the first) counts what falls short. */
const SHORTFALL_FIRST = schemeFrom(`scheme: test-scheme
title: Share tests
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: a, title: A }]
rules:
  - { id: none-short, grade: high, when: [{ share: { level: a }, of: unmet, below: 0.5 }, { share: { level: a }, of: met, atLeast: 0.5 }] }
  - { id: otherwise, grade: low, otherwise: true }
`);

describe('goodShare: the share a result reports', () => {
  it('is that of the first condition that counts what is achieved, not one that counts what falls short', () => {
    const criteria = frameworkFor(SHORTFALL_FIRST, plainCriteria('a', 4));
    const evidence = evidenceFor(criteria, { values: ['met', 'met', 'met', 'not-met'] });
    expect(gradeEvidence(criteria, evidence).goodShare).toBe(0.75);
    expect(decideGrade(criteria, evidence).goodShare).toBe(0.75);
  });

  it('is that of the first share of any kind when none counts what is achieved', () => {
    const result = conditionResult('{ share: { level: a }, of: unmet, atMost: 0.5 }', plainCriteria('a', 4), { values: ['met', 'met', 'met', 'not-met'] });
    expect(result.goodShare).toBe(0.25);
  });

  it('is a score share in a scored scheme', () => {
    const result = conditionResult('{ score: { level: a }, atLeast: 0.5 }', plainCriteria('a', 2), { values: [4, 2] }, { scored: true });
    expect(result.goodShare).toBe(0.75);
  });
});
