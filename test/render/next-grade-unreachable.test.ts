import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import { nextGradeSentence } from '../../src/render/grade/sections.js';
import { evidenceFor, frameworkFor, type FindingsSpec } from '../helpers/scheme-framework.js';
import { schemeFrom, PEEL_2021 } from '../helpers/schemes.js';

/**
 * A next grade that no number of changed findings reaches (SPEC §7: causes of concern are not
 * findings) is said so, without naming the wrong kind of thing: what holds may be a rule (PEEL's
 * cause of concern) or a limiter (a cap on causes of concern).
 */
const CAPPED = schemeFrom(`scheme: test-scheme
title: Capped
version: "1"
grades: [{ id: low, title: Low }, { id: mid, title: Mid }, { id: high, title: High }]
levels: [{ id: a, title: A }]
rules:
  - { id: high, grade: high, when: [{ count: { level: a }, of: met, atLeast: all }] }
  - { id: mid, grade: mid, when: [{ count: { level: a }, of: met, atLeast: 1 }] }
  - { id: low, grade: low, otherwise: true }
limiters:
  - { id: concern-cap, cap: mid, when: [{ concerns: { atLeast: 1 } }] }
`);

const sentence = (scheme: typeof CAPPED, levels: string[], findings: FindingsSpec) => {
  const framework = frameworkFor(scheme, levels.map((level) => ({ level })));
  const result = gradeEvidence(framework, evidenceFor(framework, findings));
  expect(result.nextGrade?.changesNeeded).toBeNull();
  return nextGradeSentence(result);
};

describe('a next grade out of reach of the findings', () => {
  it.each<[string, typeof CAPPED, string[], FindingsSpec, string]>([
    ['held by a limiter on causes of concern', CAPPED, ['a', 'a'], { values: ['met', 'not-met'], concerns: 1 },
      'High cannot be reached from Mid by findings alone (a rule or limiter that findings do not change holds)'],
    ['held by a rule on causes of concern', PEEL_2021, ['good'], { values: ['met'], concerns: 1 },
      'Requires improvement cannot be reached from Inadequate by findings alone (a rule or limiter that findings do not change holds)'],
  ])('%s', (_name, scheme, levels, findings, words) => {
    expect(sentence(scheme, levels, findings)).toBe(words);
  });
});
