import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import { evidenceFor, frameworkFor } from '../helpers/scheme-framework.js';
import { schemeFrom } from '../helpers/schemes.js';

/** A lower rule that holds first, then several rules of the grade above: each is blocked by it. */
const schemeWith = (midRules: number) => schemeFrom(`scheme: test-scheme
title: Blockers
version: "1"
grades: [{ id: low, title: Low }, { id: mid, title: Mid }, { id: high, title: High }]
levels: [{ id: core, title: Core }]
rules:
  - { id: first, grade: low, when: [{ count: { level: core }, of: unmet, atLeast: 1 }] }
${Array.from({ length: midRules }, (_v, i) => `  - { id: mid${i}, grade: mid, when: [{ count: { level: core }, of: met, atLeast: ${i + 1} }] }`).join('\n')}
  - { id: rest, grade: high, otherwise: true }
`);

describe('why a grade with several rules was not reached', () => {
  it('names a lower rule that held first once for the grade, and each rule its own failures', () => {
    const criteria = frameworkFor(schemeWith(3), [{ level: 'core' }, { level: 'core' }, { level: 'core' }]);
    const result = gradeEvidence(criteria, evidenceFor(criteria, { values: ['met', 'not-met', 'not-met'] }));
    expect(result.decision.rule).toBe('first');
    const mid = result.decision.notReached.find((n) => n.grade === 'mid');
    expect(mid?.reasons).toEqual([
      'rule "mid0": Mid needs every Core criterion met; not met: C2 "Statement 2"; C3 "Statement 3"',
      'rule "mid1": 1 of 3 Core criteria met, Mid needs at least 2',
      'rule "mid2": 1 of 3 Core criteria met, Mid needs at least 3',
    ]);
  });

  it('stays as long as the rules, not their square', () => {
    const criteria = frameworkFor(schemeWith(400), [{ level: 'core' }, { level: 'core' }]);
    const result = gradeEvidence(criteria, evidenceFor(criteria, { values: ['met', 'not-met'] }));
    const mid = result.decision.notReached.find((n) => n.grade === 'mid');
    expect(mid?.reasons.filter((r) => r.includes('needs every Core criterion met'))).toHaveLength(1);
    expect(mid?.reasons.length).toBeLessThanOrEqual(401);
  });
});
