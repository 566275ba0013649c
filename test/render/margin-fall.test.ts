import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import { marginSentence } from '../../src/render/grade/sections.js';
import { fallWords } from '../../src/criteria/scheme/model.js';
import { evidenceFor, frameworkFor, type FindingsSpec } from '../helpers/scheme-framework.js';
import { schemeFrom } from '../helpers/schemes.js';

/**
 * The margin falls one grade at least: a worse finding may skip one (a key criterion failing
 * takes High straight to Low here, as a failed significant criterion takes hmic-2007's Good to
 * Poor). The sentence names the grade one below "or lower", and only the bottom grade alone
 * (found by an independent check: "a worse one gives Mid" where every worse one gave Low).
 */
const SKIPPING = schemeFrom(`scheme: test-scheme
title: Skipping
version: "1"
grades: [{ id: low, title: Low }, { id: mid, title: Mid }, { id: high, title: High }]
levels: [{ id: a, title: A }]
flags: { key: { levels: [a] } }
rules:
  - { id: key-fail, grade: low, when: [{ count: { flag: key }, of: unmet, atLeast: 1 }] }
  - { id: high, grade: high, when: [{ count: { level: a }, of: met, atLeast: all }] }
  - { id: mid, grade: mid, when: [{ count: { level: a }, of: met, atLeast: 1 }] }
  - { id: low, grade: low, otherwise: true }
`);

const margin = (findings: FindingsSpec) => {
  const framework = frameworkFor(SKIPPING, [{ level: 'a', flags: ['key'] }, { level: 'a' }]);
  return marginSentence(gradeEvidence(framework, evidenceFor(framework, findings)));
};

describe('the margin sentence', () => {
  it.each<[string, FindingsSpec, string | undefined]>([
    ['High: one worse finding gives Mid (C2) or Low (C1)', { values: ['met', 'met'] }, 'High holds by 1 finding (a worse one gives Mid or lower): C1 or C2'],
    ['Mid: the grade one below is the bottom one', { values: ['met', 'not-met'] }, 'Mid holds by 1 finding (a worse one gives Low): C1'],
    ['Low: no margin', { values: ['not-met', 'not-met'] }, undefined],
  ])('%s', (_name, findings, words) => {
    expect(margin(findings)).toBe(words);
  });

  it('fallWords: "or lower" above the bottom of the scale only', () => {
    const grades = SKIPPING.grades;
    expect(grades.map((g) => fallWords(grades, g.id))).toEqual(['Low', 'Mid or lower', 'High or lower']);
  });
});
