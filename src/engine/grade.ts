import type { Criteria } from '../criteria/model.js';
import type { Evidence, FactorStatus } from '../evidence/model.js';
import type { Grade, Rule } from '../shared/grades.js';
import { classify, countStatuses, isMet, type Classified } from './classify.js';
import { explain } from './reasons.js';
import { nextGradeUp } from './next-grade.js';
import { RESULT_SCHEMA_VERSION, type Advisory, type GradeResult } from './result.js';
import { isBorderline, meetsMost, meetsVastMajority } from './thresholds.js';
import { percent, thresholdPercent } from './format.js';

/** What the rules of SPEC §1 see, with the sets already split into met and not met. */
export interface RuleInputs {
  sets: Classified;
  thresholds: Criteria['thresholds'];
  factors: GradeResult['excellence'];
  failedDominant: Classified['all'];
  failedSignificant: Classified['all'];
  failedFair: Classified['all'];
  goodMet: number;
  allFactorsMet: boolean;
}

/** The first of SPEC §1's five rules that holds. */
export function decideRule(inputs: RuleInputs): { rule: Rule; grade: Grade } {
  const { failedDominant, failedSignificant, failedFair, sets, goodMet, thresholds, allFactorsMet } = inputs;
  if (failedDominant.length > 0) return { rule: 'dominant', grade: 'poor' };
  if (failedSignificant.length > 0) return { rule: 'significant', grade: 'poor' };
  const allFair = failedFair.length === 0;
  if (allFair && meetsVastMajority(goodMet, sets.good.length, thresholds) && allFactorsMet) return { rule: 'excellent', grade: 'excellent' };
  if (allFair && meetsMost(goodMet, sets.good.length, thresholds)) return { rule: 'good', grade: 'good' };
  return { rule: 'fair', grade: 'fair' };
}

/**
 * Grades one force's evidence against a framework's criteria (SPEC §1). Pure: no I/O, no
 * clock; the same inputs always give the same result. Expects evidence that passed
 * `checkEvidence`; missing findings count as not met and are listed in `missing`.
 */
export function gradeEvidence(criteria: Criteria, evidence: Evidence): GradeResult {
  const sets = classify(criteria, evidence);
  const factorFindings = new Map((evidence.excellence ?? []).map((f) => [f.factor, f]));
  const factors = criteria.excellence.map((factor) => {
    const found = factorFindings.get(factor.id);
    return { factor: factor.id, status: (found?.status ?? 'not-met') as FactorStatus, text: factor.text, evidenced: found !== undefined };
  });
  const inputs: RuleInputs = {
    sets,
    thresholds: criteria.thresholds,
    factors,
    failedDominant: sets.dominant.filter((c) => !isMet(c)),
    failedSignificant: sets.significant.filter((c) => !isMet(c)),
    failedFair: sets.fair.filter((c) => !isMet(c)),
    goodMet: sets.good.filter(isMet).length,
    allFactorsMet: factors.every((f) => f.status === 'met'),
  };
  const { rule, grade: computedGrade } = decideRule(inputs);
  const goodShare = sets.good.length === 0 ? 0 : inputs.goodMet / sets.good.length;
  const judgement = evidence.judgement ?? null;

  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    framework: {
      id: criteria.framework, title: criteria.title, group: criteria.group,
      ...(criteria.order !== undefined ? { order: criteria.order } : {}),
      version: criteria.version, sha256: criteria.sha256,
    },
    force: { id: evidence.force.id, name: evidence.force.name },
    period: criteria.period ?? null,
    grade: judgement?.grade ?? computedGrade,
    computedGrade,
    judgement,
    decision: explain(rule, computedGrade, inputs),
    counts: {
      fair: countStatuses(sets.all.filter((c) => c.level === 'fair')),
      significant: countStatuses(sets.all.filter((c) => c.level === 'fair' && c.significant)),
      dominant: countStatuses(sets.all.filter((c) => c.dominant || c.critical)),
      good: countStatuses(sets.all.filter((c) => c.level === 'good')),
    },
    goodShare,
    thresholds: criteria.thresholds,
    excellence: factors,
    nextGrade: nextGradeUp(computedGrade, inputs),
    advisories: advisories(rule, inputs),
    incomplete: sets.missing.length > 0,
    missing: sets.missing,
    themes: criteria.themes,
    criteria: sets.all,
    report: evidence.report ?? null,
  };
}

function advisories(rule: Rule, inputs: RuleInputs): Advisory[] {
  if (rule !== 'significant') return [];
  const unmet = inputs.failedSignificant.length;
  const total = inputs.sets.significant.length;
  if (!isBorderline(unmet, total, inputs.thresholds)) return [];
  return [{
    code: 'borderline-poor',
    message: `Poor because ${unmet} of ${total} significant Fair criteria ${unmet === 1 ? 'is' : 'are'} not met (${percent(unmet / total)}), `
      + `fewer than the ${thresholdPercent(inputs.thresholds.wellShort)} that would be "well short of a significant number": refer the grade to moderation`,
  }];
}
