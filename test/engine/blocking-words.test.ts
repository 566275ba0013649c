import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import { evidenceFor, frameworkFor, type FindingsSpec } from '../helpers/scheme-framework.js';
import { schemeFrom } from '../helpers/schemes.js';

/**
 * Why the next grade up was not reached when a lower grade's rule held first (`decision.notReached`):
 * the rule that held, said as what the next grade needs instead, and what the evidence has. Whatever
 * the comparator, the words name the requirement and the measure ("2 not met: C1 …"), never a bare number.
 */
function blockedBy(condition: string, findings: FindingsSpec, scored = false): string[] {
  const scheme = schemeFrom(`scheme: test-scheme
title: Blocking
version: "1"
grades: [{ id: low, title: Low }, { id: mid, title: Mid }]
levels: [{ id: a, title: A }]
flags: { key: { levels: [a] } }
factors: [f1, f2]
${scored ? 'scores: { min: 1, max: 4, metAt: 3 }\n' : ''}thresholds: { half: 0.5 }
rules:
  - { id: block, grade: low, when: [${condition}] }
  - { id: mid, grade: mid, when: [{ count: { level: a }, of: met, atLeast: 0 }] }
  - { id: rest, grade: low, otherwise: true }
`);
  const framework = frameworkFor(scheme, [{ level: 'a', flags: ['key'] }, { level: 'a', flags: ['key'] }, { level: 'a', flags: ['key'] }, { level: 'a' }]);
  const result = gradeEvidence(framework, evidenceFor(framework, findings));
  expect(result.decision.rule).toBe('block');
  return result.decision.notReached.find((n) => n.grade === 'mid')?.reasons ?? [];
}

const TWO_KEY_UNMET: FindingsSpec = { values: ['not-met', 'partly-met', 'met', 'met'], factors: { f1: 'met', f2: 'met' } };
const NAMED = 'C1 "Statement 1"; C2 "Statement 2"';

describe('why a lower rule that held keeps the next grade up from being reached', () => {
  it.each([
    ['atLeast: 1 (hmic-2007 wording)', '{ count: { flag: key }, of: unmet, atLeast: 1 }', `Mid needs every key A criterion met; not met: ${NAMED}`],
    ['moreThan: 0, the same requirement', '{ count: { flag: key }, of: unmet, moreThan: 0 }', `Mid needs every key A criterion met; not met: ${NAMED}`],
    ['atLeast: 2', '{ count: { flag: key }, of: unmet, atLeast: 2 }', `Mid needs at most 1 key A criterion not met; 2 not met: ${NAMED}`],
    ['moreThan: 1', '{ count: { flag: key }, of: unmet, moreThan: 1 }', `Mid needs at most 1 key A criterion not met; 2 not met: ${NAMED}`],
    ['a count of met criteria', '{ count: { flag: key }, of: met, below: 2 }', 'Mid needs at least 2 key A criteria met; 1 met'],
    ['a share', '{ share: { flag: key }, of: unmet, atLeast: half }', 'Mid needs less than 50% of key A criteria not met; 2 of 3 not met (67%)'],
    ['factors', '{ factors: { moreThan: 1 } }', 'Mid needs at most 1 excellence factor met; 2 met'],
  ])('%s', (_name, condition, words) => {
    expect(blockedBy(condition, TWO_KEY_UNMET)).toEqual([words]);
  });

  it('a score share', () => {
    expect(blockedBy('{ score: { flag: key }, atLeast: half }', { values: [4, 1, 2, 3] }, true))
      .toEqual(['Mid needs key A criteria scored less than 50% of the most they could; scored 7 of 12 (58%)']);
  });
});
