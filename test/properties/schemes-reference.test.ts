import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import type { Criteria } from '../../src/criteria/model.js';
import type { Scheme } from '../../src/criteria/scheme/model.js';
import { randomSchemeArb } from '../helpers/scheme-arbitraries.js';
import { gradedArb } from '../helpers/scheme-findings.js';
import { evidenceFor, type FindingsSpec } from '../helpers/scheme-framework.js';
import { plainOf, referenceDecision } from '../helpers/scheme-reference.js';
import { CQC_SAF, HMIC_2007, PEEL_2021 } from '../helpers/schemes.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const settings = { numRuns: RUNS, seed: process.env.FUZZ_SEED === undefined ? 20210401 : Number(process.env.FUZZ_SEED) };

/** What the second implementations give: the computed grade, the rule, the limiters that lowered it, the advisories. */
interface Decision { grade: string; rule: string; limiters: string[]; advisories: string[] }

/** part/whole against a threshold of at most four decimals, exactly: negative, zero or positive. */
function against(part: number, whole: number, threshold: number): number {
  return part * 10_000 - Math.round(threshold * 10_000) * whole;
}

/** The facts SPEC §1 and §7 name, read from the findings with plain loops. */
function facts(criteria: Criteria, findings: FindingsSpec) {
  const applicable = criteria.criteria.map((c, i) => ({ c, v: findings.values[i], critical: (findings.critical ?? []).includes(i) }))
    .filter((x) => x.v !== 'not-applicable');
  const factorsMet = criteria.excellence.every((f) => findings.factors?.[f.id] === 'met');
  return { applicable, factorsMet, t: (name: string) => criteria.thresholds[name] as number };
}

/** SPEC §1, hmic-2007: Poor (dominant), Poor (significant), Excellent, Good, Fair, and the borderline-poor advisory. */
function hmic2007(criteria: Criteria, findings: FindingsSpec): Decision {
  const { applicable, factorsMet, t } = facts(criteria, findings);
  const F = applicable.filter((x) => x.c.level === 'fair');
  const S = F.filter((x) => x.c.flags.includes('significant'));
  const D = applicable.filter((x) => x.c.flags.includes('dominant') || x.critical);
  const G = applicable.filter((x) => x.c.level === 'good');
  const unmet = (list: typeof applicable) => list.filter((x) => x.v !== 'met').length;
  const metG = G.length - unmet(G);
  const is = (grade: string, rule = grade, advisories: string[] = []): Decision => ({ grade, rule, limiters: [], advisories });
  if (unmet(D) > 0) return is('poor', 'dominant');
  if (unmet(S) > 0) return is('poor', 'significant', against(unmet(S), S.length, t('wellShort')) < 0 ? ['borderline-poor'] : []);
  if (unmet(F) === 0 && against(metG, G.length, t('vastMajority')) >= 0 && factorsMet) return is('excellent');
  if (unmet(F) === 0 && against(metG, G.length, t('most')) > 0) return is('good');
  return is('fair');
}

/** SPEC §7, peel-2021: a cause of concern, then the share of the characteristics of good met. */
function peel2021(criteria: Criteria, findings: FindingsSpec): Decision {
  const { applicable, factorsMet, t } = facts(criteria, findings);
  const good = applicable.filter((x) => x.c.level === 'good');
  const share = (threshold: string) => against(good.filter((x) => x.v === 'met').length, good.length, t(threshold));
  const is = (grade: string): Decision => ({ grade, rule: grade, limiters: [], advisories: [] });
  if ((findings.concerns ?? 0) >= 1) return { ...is('inadequate'), rule: 'cause-of-concern' };
  if (share('substantiallyAll') >= 0 && factorsMet) return is('outstanding');
  if (share('substantiallyAll') >= 0) return is('good');
  if (share('some') >= 0) return is('adequate');
  return is('requires-improvement');
}

/** SPEC §7, cqc-saf: the score as a share of the most it could be, then any statement scored 1 caps at Requires improvement. */
function cqcSaf(criteria: Criteria, findings: FindingsSpec): Decision {
  const { applicable, t } = facts(criteria, findings);
  const scores = applicable.map((x) => x.v as number);
  const sum = scores.reduce((a, b) => a + b, 0);
  const band = (threshold: string) => against(sum, 4 * scores.length, t(threshold)) >= 0;
  const rule = band('outstandingBand') ? 'outstanding' : band('goodBand') ? 'good' : band('requiresImprovementBand') ? 'requires-improvement' : 'inadequate';
  const capped = scores.includes(1) && (rule === 'outstanding' || rule === 'good');
  return { grade: capped ? 'requires-improvement' : rule, rule, limiters: capped ? ['significant-shortfall'] : [], advisories: [] };
}

const SECOND: Array<[string, Scheme, (criteria: Criteria, findings: FindingsSpec) => Decision]> = [
  ['hmic-2007', HMIC_2007, hmic2007], ['peel-2021', PEEL_2021, peel2021], ['cqc-saf', CQC_SAF, cqcSaf],
];

function engineDecision(criteria: Criteria, findings: FindingsSpec): Decision {
  const result = gradeEvidence(criteria, evidenceFor(criteria, findings));
  return { grade: result.computedGrade, rule: result.decision.rule, limiters: result.limiters.map((l) => l.id), advisories: result.advisories.map((a) => a.code) };
}

describe.each(SECOND)('a second implementation of %s from the SPEC text agrees with the engine', (_name, scheme, second) => {
  it('computed grade, rule, limiters and advisories', () => {
    fc.assert(fc.property(gradedArb(fc.constant(scheme), () => 10), ({ criteria, findings }) => {
      expect(engineDecision(criteria, findings)).toEqual(second(criteria, findings));
    }), settings);
  });
});

describe('a plain interpreter of SPEC §7 agrees with the engine on random schemes', () => {
  it('computed grade, rule and limiters', () => {
    fc.assert(fc.property(gradedArb(randomSchemeArb, () => 8), ({ criteria, findings }) => {
      const reference = referenceDecision(criteria, plainOf(criteria, findings));
      const { advisories: _none, ...engine } = engineDecision(criteria, findings);
      expect(engine).toEqual({ grade: criteria.scheme.grades[reference.rank]?.id, rule: reference.rule, limiters: reference.limiters });
    }), settings);
  });
});
