import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEvidence } from '../../src/evidence/check.js';
import { decideGrade, gradeEvidence } from '../../src/engine/grade.js';
import type { Criteria } from '../../src/criteria/model.js';
import type { Evidence } from '../../src/evidence/model.js';
import type { Status } from '../../src/shared/grades.js';
import { hmicRank as gradeRank } from '../helpers/schemes.js';
type Grade = string;
import { gradeRenderers } from '../../src/render/grade/index.js';
import { gradedArb } from '../helpers/arbitraries.js';

/**
 * A deliberately simple second reading of SPEC §1, written from the text alone, with plain
 * floating-point shares on values that are exact in binary or compared by cross-multiplying.
 */
function referenceGrade(criteria: Criteria, evidence: Evidence): Grade {
  const status = new Map(evidence.findings.map((f) => [f.criterion, f.status]));
  const critical = new Set((evidence.critical ?? []).map((c) => c.criterion));
  const applicable = criteria.criteria.filter((c) => status.get(c.id) !== 'not-applicable');
  const met = (id: string) => status.get(id) === 'met';
  const F = applicable.filter((c) => c.level === 'fair');
  const S = F.filter((c) => c.flags.includes('significant'));
  const D = applicable.filter((c) => c.flags.includes('dominant') || critical.has(c.id));
  const G = applicable.filter((c) => c.level === 'good');
  const metG = G.filter((c) => met(c.id)).length;
  // Thresholds have two decimals here: compare 100·met with threshold·100·|G| in integers.
  const pct = (x: number) => Math.round(x * 100);
  if (D.some((c) => !met(c.id))) return 'poor';
  if (S.some((c) => !met(c.id))) return 'poor';
  const allF = F.every((c) => met(c.id));
  const factors = criteria.excellence.every((f) => evidence.excellence?.find((e) => e.factor === f.id)?.status === 'met');
  if (allF && 100 * metG >= pct(criteria.thresholds.vastMajority!) * G.length && factors) return 'excellent';
  if (allF && 100 * metG > pct(criteria.thresholds.most!) * G.length) return 'good';
  return 'fair';
}

/** The reference's reading of the borderline-poor advisory: rule 2 alone, under wellShort of S unmet. */
function referenceBorderline(criteria: Criteria, evidence: Evidence): boolean {
  if (referenceGrade(criteria, evidence) !== 'poor') return false;
  const status = new Map(evidence.findings.map((f) => [f.criterion, f.status]));
  const critical = new Set((evidence.critical ?? []).map((c) => c.criterion));
  const applicable = criteria.criteria.filter((c) => status.get(c.id) !== 'not-applicable');
  if (applicable.some((c) => (c.flags.includes('dominant') || critical.has(c.id)) && status.get(c.id) !== 'met')) return false;
  const S = applicable.filter((c) => c.level === 'fair' && c.flags.includes('significant'));
  const unmet = S.filter((c) => status.get(c.id) !== 'met').length;
  return 100 * unmet < Math.round(criteria.thresholds.wellShort! * 100) * S.length;
}

const IMPROVE: Partial<Record<string, Status>> = { 'not-met': 'partly-met', 'partly-met': 'met' };

describe('grading properties (fast-check)', () => {
  it('the generated evidence is valid input', () => {
    fc.assert(fc.property(gradedArb, ({ criteria, evidence }) => {
      expect(checkEvidence(criteria, evidence).filter((i) => i.severity === 'error')).toEqual([]);
    }), { numRuns: 300 });
  });

  it('agrees with a simple second implementation of SPEC §1 (differential)', () => {
    fc.assert(fc.property(gradedArb, ({ criteria, evidence }) => {
      const result = gradeEvidence(criteria, evidence);
      expect(result.computedGrade).toBe(referenceGrade(criteria, evidence));
      expect(result.advisories.some((a) => a.code === 'borderline-poor')).toBe(referenceBorderline(criteria, evidence));
    }), { numRuns: 2000 });
  });

  it('the lean path used by batch decides exactly as the full grade', () => {
    fc.assert(fc.property(gradedArb, ({ criteria, evidence }) => {
      const full = gradeEvidence(criteria, evidence);
      const lean = decideGrade(criteria, evidence);
      expect([lean.computedGrade, lean.grade, lean.rule, lean.goodShare, lean.incomplete])
        .toEqual([full.computedGrade, full.grade, full.decision.rule, full.goodShare, full.incomplete]);
      expect(lean.advisories).toEqual(full.advisories);
      expect(lean.missing).toEqual(full.missing);
    }), { numRuns: 1000 });
  });

  it('improving any one finding never lowers the computed grade (monotone)', () => {
    fc.assert(fc.property(gradedArb, fc.nat(), ({ criteria, evidence }, pick) => {
      const index = pick % evidence.findings.length;
      const finding = evidence.findings[index]!;
      const better = IMPROVE[finding.status ?? ''];
      fc.pre(better !== undefined);
      const improved = { ...evidence, findings: evidence.findings.map((f, i) => (i === index ? { ...f, status: better } : f)) };
      expect(gradeRank(gradeEvidence(criteria, improved).computedGrade)).toBeGreaterThanOrEqual(gradeRank(gradeEvidence(criteria, evidence).computedGrade));
    }), { numRuns: 1000 });
  });

  it('a failed dominant criterion always gives Poor', () => {
    fc.assert(fc.property(gradedArb, fc.constantFrom<Status>('not-met', 'partly-met'), ({ criteria, evidence }, failed) => {
      const dominant = criteria.criteria.find((c) => c.flags.includes('dominant'));
      fc.pre(dominant !== undefined);
      const broken = { ...evidence, findings: evidence.findings.map((f) => (f.criterion === dominant.id ? { ...f, status: failed } : f)) };
      const result = gradeEvidence(criteria, broken);
      expect([result.computedGrade, result.decision.rule]).toEqual(['poor', 'dominant']);
    }), { numRuns: 500 });
  });

  it('the grade and every output format are invariant under reordering of findings', () => {
    fc.assert(fc.property(gradedArb.chain((g) => fc.shuffledSubarray(g.evidence.findings, { minLength: g.evidence.findings.length })
      .map((shuffled) => ({ ...g, shuffled }))), ({ criteria, evidence, shuffled }) => {
      const a = gradeEvidence(criteria, evidence);
      const b = gradeEvidence(criteria, { ...evidence, findings: shuffled });
      for (const render of Object.values(gradeRenderers)) expect(render(b, { color: false })).toBe(render(a, { color: false }));
    }), { numRuns: 200 });
  });

  it('the same input always gives byte-identical output in every format', () => {
    fc.assert(fc.property(gradedArb, ({ criteria, evidence }) => {
      for (const render of Object.values(gradeRenderers)) {
        expect(render(gradeEvidence(criteria, structuredClone(evidence)), { color: true }))
          .toBe(render(gradeEvidence(criteria, structuredClone(evidence)), { color: true }));
      }
    }), { numRuns: 200 });
  });

  it('nextGrade is reachable with exactly changesNeeded changes', () => {
    fc.assert(fc.property(gradedArb, ({ criteria, evidence }) => {
      const result = gradeEvidence(criteria, evidence);
      const next = result.nextGrade;
      if (!next) return;
      const flip = new Set([...next.required, ...next.candidates.filter((id) => !next.required.includes(id)).slice(0, next.additional)]);
      expect(flip.size).toBe(next.changesNeeded);
      const improved: Evidence = {
        ...evidence,
        findings: evidence.findings.map((f) => (flip.has(f.criterion) ? { ...f, status: 'met' as const } : f)),
        excellence: criteria.excellence.map((f) => ({ factor: f.id, status: flip.has(f.id) ? 'met' as const : (evidence.excellence?.find((e) => e.factor === f.id)?.status ?? 'not-met') })),
      };
      expect(gradeRank(gradeEvidence(criteria, improved).computedGrade)).toBeGreaterThanOrEqual(gradeRank(next.grade));
    }), { numRuns: 1000 });
  });
});
