import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTestFile } from '../../src/batch/criteria-tests/load.js';
import { inlineEvidence } from '../../src/batch/criteria-tests/inline.js';
import type { Expectation } from '../../src/batch/criteria-tests/model.js';
import { testedValues } from '../../src/batch/criteria-tests/run.js';
import { loadCriteriaFile } from '../../src/criteria/load.js';
import type { Criteria } from '../../src/criteria/model.js';
import { gradeEvidence } from '../../src/engine/grade.js';
import type { GradeResult } from '../../src/engine/result.js';
import { testedDecision } from '../../src/engine/tested.js';
import { loadEvidenceFile } from '../../src/evidence/load.js';
import type { Evidence } from '../../src/evidence/model.js';
import { gradedArb as hmicGradedArb } from '../helpers/arbitraries.js';
import { randomSchemeArb } from '../helpers/scheme-arbitraries.js';
import { gradedArb as schemeGradedArb } from '../helpers/scheme-findings.js';
import { evidenceFor } from '../helpers/scheme-framework.js';
import { CQC_SAF, HMIC_2007, PEEL_2021 } from '../helpers/schemes.js';

/** Every value a case can expect, read from the full result as `grade test` read it before the lean path. */
function fromFullResult(result: GradeResult): Required<Expectation> {
  return {
    grade: result.grade,
    rule: result.decision.rule,
    computedGrade: result.computedGrade,
    changesNeeded: result.nextGrade ? result.nextGrade.changesNeeded : null,
    margin: result.margin ? result.margin.changesNeeded : null,
    limiters: result.limiters.map((l) => l.id),
    advisories: result.advisories.map((a) => a.code),
    incomplete: result.incomplete,
  };
}

const same = (criteria: Criteria, evidence: Evidence): void => {
  expect(testedValues(testedDecision(criteria, evidence))).toEqual(fromFullResult(gradeEvidence(criteria, evidence)));
};

const root = join(import.meta.dirname, '..', '..', 'criteria');

describe('the values a criteria test compares, decided without the justification', () => {
  it('are those of the full result for every case of the shipped criteria tests', async () => {
    let cases = 0;
    for (const name of readdirSync(join(root, 'tests')).filter((n) => n.endsWith('.test.yaml'))) {
      const loaded = await loadTestFile(join(root, 'tests', name));
      if (!loaded.ok) throw new Error(`${name} does not load`);
      const criteria = await loadCriteriaFile(join(root, `${loaded.value.testFile.framework}.yaml`));
      if (!criteria.ok) throw new Error(`the criteria of ${name} do not load`);
      for (const testCase of loaded.value.testFile.cases) {
        const { source } = testCase;
        const evidence = source.kind === 'file' ? await loadEvidenceFile(source.path) : undefined;
        if (evidence && !evidence.ok) throw new Error(`${source.kind === 'file' ? source.given : ''} does not load`);
        same(criteria.value, evidence ? evidence.value.evidence : inlineEvidence(criteria.value, source as typeof source & { kind: 'inline' }));
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(100);
  });

  it('are those of the full result on generated HMIC 2007 evidence (critical marks, factors, judgements)', () => {
    fc.assert(fc.property(hmicGradedArb, ({ criteria, evidence }) => same(criteria, evidence)), { numRuns: 500, seed: 2007 });
  });

  it.each([['hmic-2007', fc.constant(HMIC_2007)], ['peel-2021', fc.constant(PEEL_2021)], ['cqc-saf', fc.constant(CQC_SAF)], ['random schemes', randomSchemeArb]])(
    'are those of the full result on generated evidence in %s', (_name, scheme) => {
      fc.assert(fc.property(schemeGradedArb(scheme, () => 12), ({ criteria, findings }) => same(criteria, evidenceFor(criteria, findings))),
        { numRuns: 300, seed: 17 });
    });
});
