import { describe, expect, it } from 'vitest';
import { decideLoaded, gradeLoaded } from '../../src/engine/sequence.js';
import { parseEvidence } from '../../src/evidence/load.js';
import { evidenceFor, frameworkFor, type FindingsSpec } from '../helpers/scheme-framework.js';
import { schemeFrom } from '../helpers/schemes.js';

/**
 * SPEC §7: a share is taken "over the applicable criteria in SEL … an empty set is an input
 * error". An advisory's share is taken when its rule decides the grade: its empty set is then an
 * input error too (it was an advisory that silently never held).
 */
const criteria = frameworkFor(schemeFrom(`scheme: test-scheme
title: Advisory shares
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: core, title: Core }, { id: side, title: Side }]
rules:
  - id: high
    grade: high
    when: [{ count: { level: core }, of: met, atLeast: 1 }]
    advisory: { code: side-weak, when: [{ share: { level: side }, of: met, below: 0.5 }] }
  - { id: low, grade: low, otherwise: true }
`), [{ level: 'core' }, { level: 'side' }]);

const outcomes = (findings: FindingsSpec) => {
  const parsed = parseEvidence(JSON.stringify(evidenceFor(criteria, findings)), 'advisory.json');
  if (!parsed.ok) throw new Error('not schema-valid');
  return [gradeLoaded(criteria, parsed.value), decideLoaded(criteria, parsed.value)] as const;
};

describe("the share of the deciding rule's advisory", () => {
  it('over no applicable criterion is an input error, in grade and in a batch alike', () => {
    for (const outcome of outcomes({ values: ['met', 'not-applicable'] })) {
      expect(outcome.ok).toBe(false);
      expect(outcome.diagnostics.map((d) => [d.code, d.message])).toEqual([['no-share',
        'every Side criterion is not-applicable, so no share can be taken (for the advisory side-weak of rule high, which decided the grade)']]);
    }
  });

  it('is not taken when another rule decides: the evidence grades', () => {
    const [full, lean] = outcomes({ values: ['not-met', 'not-applicable'] });
    expect(full.ok && full.result.computedGrade).toBe('low');
    expect(lean.ok && lean.decision.computedGrade).toBe('low');
  });

  it('over an applicable criterion is taken, and the advisory holds or not by it', () => {
    const [weak] = outcomes({ values: ['met', 'not-met'] });
    expect(weak.ok && weak.result.advisories.map((a) => a.code)).toEqual(['side-weak']);
    const [strong] = outcomes({ values: ['met', 'met'] });
    expect(strong.ok && strong.result.advisories).toEqual([]);
  });
});
