import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import { rankOf, type Scheme } from '../../src/criteria/scheme/model.js';
import type { NextGrade } from '../../src/engine/result.js';
import { bruteForce, type Minimum } from '../helpers/brute-force.js';
import { randomSchemeArb } from '../helpers/scheme-arbitraries.js';
import { gradedArb } from '../helpers/scheme-findings.js';
import { evidenceFor, type FindingsSpec, type FindingValue } from '../helpers/scheme-framework.js';
import { plainOf, referenceDecision } from '../helpers/scheme-reference.js';
import { CQC_SAF, HMIC_2007, PEEL_2021 } from '../helpers/schemes.js';

/** Scale with FUZZ_RUNS (and replay with FUZZ_SEED), as the other property tests. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const settings = { numRuns: RUNS, seed: process.env.FUZZ_SEED === undefined ? 20071031 : Number(process.env.FUZZ_SEED) };

const SHIPPED: Array<[string, Scheme]> = [['hmic-2007', HMIC_2007], ['peel-2021', PEEL_2021], ['cqc-saf', CQC_SAF]];
// Brute force tries every assignment: at most 7 criteria, fewer when each has several scores.
const maxCriteria = (scheme: Scheme) => (scheme.scores ? 5 : 7);
// Random schemes get more runs: many of their grades cannot be reached, and those cases are quick.
const SCHEMES: Array<[string, fc.Arbitrary<Scheme>, number]> = [...SHIPPED.map(([id, s]): [string, fc.Arbitrary<Scheme>, number] => [id, fc.constant(s), RUNS]),
  ['random schemes', randomSchemeArb, RUNS * 2]];

/** What of a nextGrade or margin the brute force can check. */
function asMinimum(found: NextGrade | null): Minimum | null {
  return found && { changesNeeded: found.changesNeeded, candidates: found.candidates, required: found.required };
}

describe.each(SCHEMES)('nextGrade and margin are exact, in %s', (_name, schemeArb, numRuns) => {
  it('changesNeeded, candidates and required are the brute-force minimum over every assignment of better or worse findings', () => {
    fc.assert(fc.property(gradedArb(schemeArb, maxCriteria), ({ criteria, findings }) => {
      const result = gradeEvidence(criteria, evidenceFor(criteria, findings));
      const plain = plainOf(criteria, findings);
      const rank = referenceDecision(criteria, plain).rank;
      expect(rankOf(criteria.scheme, result.computedGrade)).toBe(rank);
      const top = rank === criteria.scheme.grades.length - 1;
      expect(asMinimum(result.nextGrade)).toEqual(top ? null : bruteForce(criteria, plain, true));
      expect(asMinimum(result.margin)).toEqual(rank === 0 ? null : bruteForce(criteria, plain, false));
      if (result.nextGrade) expect(result.nextGrade.grade).toBe(criteria.scheme.grades[rank + 1]?.id);
      if (result.margin) expect(result.margin.grade).toBe(criteria.scheme.grades[rank - 1]?.id);
    }), { ...settings, numRuns });
  });
});

/** One finding or factor one step better: towards met, or one score point up; undefined when it cannot be. */
function improved(findings: FindingsSpec, at: number, factorIds: readonly string[]): FindingsSpec | undefined {
  const values = findings.values;
  if (at < values.length) {
    const v = values[at];
    const better: FindingValue | undefined = typeof v === 'number' ? v + 1 : v === 'not-met' ? 'partly-met' : v === 'partly-met' ? 'met' : undefined;
    return better === undefined ? undefined : { ...findings, values: values.map((x, i) => (i === at ? better : x)) };
  }
  const factor = factorIds[at - values.length];
  if (factor === undefined || findings.factors?.[factor] === 'met') return undefined;
  return { ...findings, factors: { ...findings.factors, [factor]: 'met' } };
}

describe.each(SHIPPED)('monotone: improving one finding never lowers the grade, in %s', (_name, scheme) => {
  it('one status towards met, one score point up, or one factor met', () => {
    fc.assert(fc.property(gradedArb(fc.constant(scheme), () => 8), fc.nat(), ({ criteria, findings }, pick) => {
      const at = pick % (criteria.criteria.length + criteria.excellence.length);
      const better = improved(findings, at, criteria.excellence.map((f) => f.id));
      const max = scheme.scores?.max ?? Number.POSITIVE_INFINITY;
      if (better === undefined || better.values.some((v) => typeof v === 'number' && v > max)) return;
      const before = rankOf(scheme, gradeEvidence(criteria, evidenceFor(criteria, findings)).computedGrade);
      expect(rankOf(scheme, gradeEvidence(criteria, evidenceFor(criteria, better)).computedGrade)).toBeGreaterThanOrEqual(before);
    }), { ...settings, numRuns: RUNS * 2 });
  });
});
