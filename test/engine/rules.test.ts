import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import type { Status } from '../../src/shared/grades.js';
type Grade = string;
type Rule = string;
import { goods, makeCriteria, makeEvidence, type CriteriaSpec } from '../helpers/factories.js';

interface RuleCase {
  name: string;
  spec?: CriteriaSpec;
  statuses?: Record<string, Status>;
  factors?: Record<string, 'met' | 'partly-met' | 'not-met'>;
  critical?: string[];
  omit?: string[];
  grade: Grade;
  rule: Rule;
  goodShare?: number;
}

const BOTH_FACTORS = { beacon: 'met', innovation: 'met' } as const;

// Default framework: F1 dominant, F2 significant, F3-F4 plain Fair, G1-G10 Good.
const CASES: RuleCase[] = [
  { name: 'everything met with both factors is Excellent', factors: BOTH_FACTORS, grade: 'excellent', rule: 'excellent', goodShare: 1 },
  { name: 'a dominant criterion partly met is Poor (dominant)', statuses: { F1: 'partly-met' }, grade: 'poor', rule: 'dominant' },
  { name: 'a dominant criterion not met is Poor (dominant)', statuses: { F1: 'not-met' }, factors: BOTH_FACTORS, grade: 'poor', rule: 'dominant' },
  { name: 'dominant beats significant', statuses: { F1: 'not-met', F2: 'not-met' }, grade: 'poor', rule: 'dominant' },
  { name: 'a significant criterion not met is Poor (significant)', statuses: { F2: 'not-met' }, grade: 'poor', rule: 'significant' },
  { name: 'a significant criterion partly met is Poor (significant)', statuses: { F2: 'partly-met' }, grade: 'poor', rule: 'significant' },
  { name: 'a significant criterion not applicable leaves S', statuses: { F2: 'not-applicable' }, factors: BOTH_FACTORS, grade: 'excellent', rule: 'excellent' },
  { name: 'a plain Fair criterion not met is Fair', statuses: { F3: 'not-met' }, factors: BOTH_FACTORS, grade: 'fair', rule: 'fair' },
  { name: 'a plain Fair criterion not applicable is removed from F', statuses: { F3: 'not-applicable' }, factors: BOTH_FACTORS, grade: 'excellent', rule: 'excellent' },
  { name: 'share exactly most (5 of 10) is not more than half: Fair', statuses: goods(5, 'not-met', 6), grade: 'fair', rule: 'fair', goodShare: 0.5 },
  { name: 'share just above most (6 of 10) is Good', statuses: goods(4, 'not-met', 7), grade: 'good', rule: 'good', goodShare: 0.6 },
  { name: 'share exactly vastMajority (8 of 10) with factors is Excellent', statuses: goods(2, 'not-met', 9), factors: BOTH_FACTORS, grade: 'excellent', rule: 'excellent', goodShare: 0.8 },
  { name: 'share just below vastMajority (7 of 10) is Good', statuses: goods(3, 'not-met', 8), factors: BOTH_FACTORS, grade: 'good', rule: 'good', goodShare: 0.7 },
  { name: 'partly-met Good criteria do not count as met', statuses: goods(5, 'partly-met', 6), grade: 'fair', rule: 'fair', goodShare: 0.5 },
  { name: 'not-applicable Good criteria leave the share (5 of 9 > half)', statuses: { ...goods(4, 'not-met', 6), G10: 'not-applicable' }, grade: 'good', rule: 'good', goodShare: 5 / 9 },
  { name: 'not-applicable Good criteria leave the share (4 of 8 = half)', statuses: { ...goods(4, 'not-met', 5), ...goods(2, 'not-applicable', 9) }, grade: 'fair', rule: 'fair', goodShare: 0.5 },
  { name: 'one excellence factor partly met stops Excellent', factors: { beacon: 'met', innovation: 'partly-met' }, grade: 'good', rule: 'good' },
  { name: 'missing excellence factors count as not met', factors: {}, grade: 'good', rule: 'good' },
  { name: 'a critical Good criterion not met is Poor (dominant)', critical: ['G3'], statuses: { G3: 'not-met' }, grade: 'poor', rule: 'dominant' },
  { name: 'a critical plain Fair criterion partly met is Poor (dominant)', critical: ['F4'], statuses: { F4: 'partly-met' }, grade: 'poor', rule: 'dominant' },
  { name: 'a critical criterion met changes nothing', critical: ['G3'], factors: BOTH_FACTORS, grade: 'excellent', rule: 'excellent' },
  { name: 'thresholds from the criteria file: most 0.7 needs 8 of 10', spec: { thresholds: { most: 0.7, vastMajority: 0.9 } }, statuses: goods(3, 'not-met', 8), grade: 'fair', rule: 'fair' },
  { name: 'thresholds from the criteria file: 0.7 exactly at 7 of 10 is not more', spec: { thresholds: { most: 0.6, vastMajority: 0.7 } }, statuses: goods(3, 'not-met', 8), factors: BOTH_FACTORS, grade: 'excellent', rule: 'excellent' },
  { name: 'decimal thresholds compare exactly: 3 of 10 is not more than 0.3', spec: { thresholds: { most: 0.3, vastMajority: 0.9 } }, statuses: goods(7, 'not-met', 4), grade: 'fair', rule: 'fair' },
  { name: 'decimal thresholds compare exactly: 0.333 is less than 1 of 3', spec: { good: 3, thresholds: { most: 0.333, vastMajority: 0.9 } }, statuses: goods(2, 'not-met', 2), grade: 'good', rule: 'good' },
  { name: 'decimal thresholds compare exactly: 9 of 10 is at least 0.9', spec: { thresholds: { most: 0.6, vastMajority: 0.9 } }, statuses: goods(1, 'not-met', 10), factors: BOTH_FACTORS, grade: 'excellent', rule: 'excellent' },
  { name: 'missing findings count as not met', omit: ['F3'], grade: 'fair', rule: 'fair' },
  { name: 'a missing dominant finding is Poor', omit: ['F1'], grade: 'poor', rule: 'dominant' },
];

describe('SPEC §1 grading rules', () => {
  it.each(CASES)('$name', (c) => {
    const criteria = makeCriteria(c.spec);
    const result = gradeEvidence(criteria, makeEvidence(criteria, { statuses: c.statuses, factors: c.factors, critical: c.critical, omit: c.omit }));
    expect(result.computedGrade).toBe(c.grade);
    expect(result.grade).toBe(c.grade);
    expect(result.decision.rule).toBe(c.rule);
    if (c.goodShare !== undefined) expect(result.goodShare).toBeCloseTo(c.goodShare, 12);
  });
});

describe('borderline-poor advisory', () => {
  const cases: Array<{ name: string; spec: CriteriaSpec; failing: string[]; borderline: boolean }> = [
    { name: '1 of 8 significant unmet (12.5%) is borderline', spec: { fair: 8, significant: 8, dominant: 0 }, failing: ['F1'], borderline: true },
    { name: '2 of 8 significant unmet (exactly 25%) is not', spec: { fair: 8, significant: 8, dominant: 0 }, failing: ['F1', 'F2'], borderline: false },
    { name: '1 of 2 significant unmet (50%) is not', spec: { fair: 2, significant: 2, dominant: 0 }, failing: ['F1'], borderline: false },
    { name: 'a dominant failure is never borderline', spec: { fair: 8, significant: 8, dominant: 1 }, failing: ['F1'], borderline: false },
  ];
  it.each(cases)('$name', ({ spec, failing, borderline }) => {
    const criteria = makeCriteria(spec);
    const statuses = Object.fromEntries(failing.map((id) => [id, 'not-met' as const]));
    const result = gradeEvidence(criteria, makeEvidence(criteria, { statuses }));
    expect(result.grade).toBe('poor');
    expect(result.advisories.map((a) => a.code)).toEqual(borderline ? ['borderline-poor'] : []);
  });
});

describe('counts', () => {
  it('tallies every status, with not-applicable and missing broken out', () => {
    const criteria = makeCriteria();
    const result = gradeEvidence(criteria, makeEvidence(criteria, {
      statuses: { F3: 'partly-met', G1: 'not-met', G2: 'partly-met', G3: 'not-applicable' }, omit: ['G4'],
    }));
    expect(result.counts.fair).toEqual({ total: 4, met: 3, partlyMet: 1, notMet: 0, notApplicable: 0, missing: 0 });
    expect(result.counts.significant).toEqual({ total: 2, met: 2, partlyMet: 0, notMet: 0, notApplicable: 0, missing: 0 });
    expect(result.counts.dominant).toEqual({ total: 1, met: 1, partlyMet: 0, notMet: 0, notApplicable: 0, missing: 0 });
    expect(result.counts.good).toEqual({ total: 10, met: 6, partlyMet: 1, notMet: 2, notApplicable: 1, missing: 1 });
    expect(result.goodShare).toBeCloseTo(6 / 9, 12);
    expect(result.incomplete).toBe(true);
    expect(result.missing).toEqual(['G4']);
  });

  it('counts critical criteria with the dominant ones', () => {
    const criteria = makeCriteria();
    const result = gradeEvidence(criteria, makeEvidence(criteria, { critical: ['G2', 'F3'] }));
    expect(result.counts.dominant?.total).toBe(3);
    expect(result.criteria.find((c) => c.id === 'G2')?.critical).toBe(true);
  });
});

describe('professional judgement', () => {
  const criteria = makeCriteria();
  const judged = (grade: Grade, statuses: Record<string, Status> = {}) =>
    gradeEvidence(criteria, makeEvidence(criteria, { statuses, judgement: { grade, rationale: 'risk carried', by: 'HMI' } }));

  it('moves the final grade up and keeps the computed one', () => {
    const result = judged('good', { F3: 'not-met' });
    expect(result.computedGrade).toBe('fair');
    expect(result.grade).toBe('good');
    expect(result.judgement).toEqual({ grade: 'good', rationale: 'risk carried', by: 'HMI' });
  });

  it('moves the final grade down', () => {
    const result = judged('poor', { F3: 'not-met' });
    expect([result.computedGrade, result.grade]).toEqual(['fair', 'poor']);
  });

  it('is null when absent', () => {
    expect(gradeEvidence(criteria, makeEvidence(criteria)).judgement).toBeNull();
  });
});
