import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import { evidenceFor, frameworkFor } from '../helpers/scheme-framework.js';
import { schemeFrom } from '../helpers/schemes.js';

describe('the reasons of an otherwise rule', () => {
  it('name a criterion once when two of the conditions said count it', () => {
    const criteria = frameworkFor(schemeFrom(`scheme: test-scheme
title: Three grades
version: "1"
grades: [{ id: low, title: Low }, { id: mid, title: Mid }, { id: high, title: High }]
levels: [{ id: core, title: Core }, { id: extra, title: Extra }]
rules:
  - { id: core-fail, grade: low, when: [{ count: { level: core }, of: unmet, atLeast: 2 }] }
  - { id: high, grade: high, when: [{ count: { level: extra }, of: met, atLeast: 2 }, { count: { level: core }, of: unmet, atMost: 0 }] }
  - { id: mid, grade: mid, otherwise: true }
`), [{ level: 'core' }, { level: 'core' }, { level: 'extra' }, { level: 'extra' }]);
    const result = gradeEvidence(criteria, evidenceFor(criteria, { values: ['met', 'not-met', 'met', 'met'] }));
    expect(result.decision.rule).toBe('mid');
    expect(result.decision.reasons.filter((r) => r.startsWith('C2 '))).toHaveLength(1);
  });
});
