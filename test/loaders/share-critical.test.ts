import { describe, expect, it } from 'vitest';
import { checkEvidence } from '../../src/evidence/check.js';
import { decideGrade, gradeEvidence } from '../../src/engine/grade.js';
import { decideLoaded } from '../../src/engine/sequence.js';
import { parseEvidence } from '../../src/evidence/load.js';
import { evidenceFor, frameworkFor, type FindingsSpec } from '../helpers/scheme-framework.js';
import { schemeFrom } from '../helpers/schemes.js';

/**
 * SPEC §7: a share is taken "over the applicable criteria in SEL … an empty set is an input
 * error". A selection with `critical: true` takes the criteria the evidence marks critical, so
 * whether its set is empty depends on the marks: a marked, applicable criterion makes a share,
 * and a selection that only marks could fill, with no mark, has none.
 */
const framework = (selection: string) => frameworkFor(schemeFrom(`scheme: test-scheme
title: Critical shares
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: a, title: A }, { id: b, title: B }]
rules:
  - { id: high, grade: high, when: [{ share: ${selection}, of: met, atLeast: 0.5 }] }
  - { id: low, grade: low, otherwise: true }
`), [{ level: 'a' }, { level: 'b' }, { level: 'b' }]);

const UNION = '[{ level: b }, { critical: true }]';
const ONLY_MARKS = '{ critical: true }';
const B_NOT_APPLICABLE: FindingsSpec = { values: ['met', 'not-applicable', 'not-applicable'] };

const noShare = (selection: string, findings: FindingsSpec) =>
  checkEvidence(framework(selection), evidenceFor(framework(selection), findings)).filter((i) => i.code === 'no-share').map((i) => i.message);

describe('a share over a selection that critical marks fill', () => {
  it.each([
    ['a union whose level part is not applicable, with an applicable marked criterion', UNION, { ...B_NOT_APPLICABLE, critical: [0] }, []],
    ['a union whose level part is not applicable, no mark', UNION, B_NOT_APPLICABLE,
      ['every B criterion or criterion marked critical is not-applicable, so no share can be taken']],
    ['marks only, one applicable marked criterion', ONLY_MARKS, { values: ['met', 'met', 'met'], critical: [1] }, []],
    ['marks only, no mark', ONLY_MARKS, { values: ['met', 'met', 'met'] },
      ['the evidence has no criterion marked critical, so no share can be taken']],
  ])('%s', (_name, selection, findings, messages) => {
    expect(noShare(selection, findings as FindingsSpec)).toEqual(messages);
  });

  it('grades the share of the marked criterion, on both paths', () => {
    const criteria = framework(UNION);
    const evidence = evidenceFor(criteria, { ...B_NOT_APPLICABLE, critical: [0] });
    expect(gradeEvidence(criteria, evidence).computedGrade).toBe('high');
    expect(decideGrade(criteria, evidence).computedGrade).toBe('high');
  });

  it("a batch's decision refuses the unmarked evidence by the same check", () => {
    const criteria = framework(ONLY_MARKS);
    const parsed = parseEvidence(JSON.stringify(evidenceFor(criteria, { values: ['met', 'met', 'met'] })), 'unmarked.json');
    if (!parsed.ok) throw new Error('not schema-valid');
    const decided = decideLoaded(criteria, parsed.value);
    expect(decided.ok).toBe(false);
    expect(decided.diagnostics.map((d) => d.code)).toEqual(['no-share']);
  });
});
