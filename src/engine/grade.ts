import type { Criteria } from '../criteria/model.js';
import type { Evidence } from '../evidence/model.js';
import type { Grade, Rule } from '../shared/grades.js';
import { classify, countStatuses, isMet } from './classify.js';
import { explain } from './reasons.js';
import { nextGradeUp } from './next-grade.js';
import { RESULT_SCHEMA_VERSION, type Advisory, type GradeResult } from './result.js';
import { isBorderline, meetsMost, meetsVastMajority } from './thresholds.js';
import { percent, thresholdPercent } from './format.js';

export type { RuleCounts, RuleInputs } from './rule-inputs.js';
import type { RuleCounts, RuleInputs } from './rule-inputs.js';

/** The first of SPEC §1's five rules that holds. */
export function firstRuleThatHolds(counts: RuleCounts): { rule: Rule; grade: Grade } {
  const { failedDominant, failedSignificant, failedFair, goodMet, goodTotal, thresholds, allFactorsMet } = counts;
  if (failedDominant > 0) return { rule: 'dominant', grade: 'poor' };
  if (failedSignificant > 0) return { rule: 'significant', grade: 'poor' };
  const allFair = failedFair === 0;
  if (allFair && meetsVastMajority(goodMet, goodTotal, thresholds) && allFactorsMet) return { rule: 'excellent', grade: 'excellent' };
  if (allFair && meetsMost(goodMet, goodTotal, thresholds)) return { rule: 'good', grade: 'good' };
  return { rule: 'fair', grade: 'fair' };
}

/** The counts of the rules, from the sets. */
function countsOf(inputs: RuleInputs): RuleCounts {
  return {
    failedDominant: inputs.failedDominant.length,
    failedSignificant: inputs.failedSignificant.length,
    failedFair: inputs.failedFair.length,
    goodMet: inputs.goodMet,
    goodTotal: inputs.sets.good.length,
    allFactorsMet: inputs.allFactorsMet,
    thresholds: inputs.thresholds,
  };
}

/** What the rules need from criteria and evidence: the sets, split into met and not met. */
function ruleInputs(criteria: Criteria, evidence: Evidence): RuleInputs {
  const sets = classify(criteria, evidence);
  // A factor not assessed yet (blank status) is not evidenced.
  const factorFindings = new Map((evidence.excellence ?? []).filter((f) => f.status !== '').map((f) => [f.factor, f]));
  const factors = criteria.excellence.map((factor) => {
    const found = factorFindings.get(factor.id);
    return { factor: factor.id, status: found?.status || 'not-met', text: factor.text, evidenced: found !== undefined,
      evidence: found?.evidence ?? [], sources: found?.sources ?? [] };
  });
  return {
    sets,
    thresholds: criteria.thresholds,
    factors,
    failedDominant: sets.dominant.filter((c) => !isMet(c)),
    failedSignificant: sets.significant.filter((c) => !isMet(c)),
    failedFair: sets.fair.filter((c) => !isMet(c)),
    goodMet: sets.good.filter(isMet).length,
    allFactorsMet: factors.every((f) => f.status === 'met'),
  };
}

/** The grade and the rule that gave it, without the explanation: what a batch keeps of a file. */
export type GradeDecision = Pick<GradeResult, 'grade' | 'computedGrade' | 'judgement' | 'goodShare' | 'thresholds' | 'advisories' | 'incomplete' | 'missing'>
  & { rule: Rule };

function decisionOf(inputs: RuleInputs, evidence: Evidence): GradeDecision {
  const { rule, grade: computedGrade } = firstRuleThatHolds(countsOf(inputs));
  const judgement = evidence.judgement ?? null;
  return {
    grade: judgement?.grade ?? computedGrade,
    computedGrade,
    judgement,
    rule,
    goodShare: inputs.sets.good.length === 0 ? 0 : inputs.goodMet / inputs.sets.good.length,
    thresholds: inputs.thresholds,
    advisories: borderlineAdvisories(rule, inputs.failedSignificant.length, inputs.sets.significant.length, inputs.thresholds),
    incomplete: inputs.sets.missing.length > 0,
    missing: inputs.sets.missing,
  };
}

/**
 * The grade of one force's evidence by the same rules as `gradeEvidence`, without building the
 * justification (reasons, next grade, counts): several times cheaper, for batches. Pure.
 */
export function decideGrade(criteria: Criteria, evidence: Evidence): GradeDecision {
  return decisionOf(ruleInputs(criteria, evidence), evidence);
}

/**
 * Grades one force's evidence against a framework's criteria (SPEC §1). Pure: no I/O, no
 * clock; the same inputs always give the same result. Expects evidence that passed
 * `checkEvidence`; missing findings count as not met and are listed in `missing`.
 */
export function gradeEvidence(criteria: Criteria, evidence: Evidence): GradeResult {
  const inputs = ruleInputs(criteria, evidence);
  const { sets } = inputs;
  const decided = decisionOf(inputs, evidence);
  const { rule, computedGrade } = decided;

  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    framework: {
      id: criteria.framework, title: criteria.title, group: criteria.group,
      ...(criteria.order !== undefined ? { order: criteria.order } : {}),
      version: criteria.version, sha256: criteria.sha256,
    },
    force: { id: evidence.force.id, name: evidence.force.name },
    period: criteria.period ?? null,
    grade: decided.grade,
    computedGrade,
    judgement: decided.judgement,
    decision: explain(rule, computedGrade, inputs),
    counts: {
      fair: countStatuses(sets.all.filter((c) => c.level === 'fair')),
      significant: countStatuses(sets.all.filter((c) => c.level === 'fair' && c.significant)),
      dominant: countStatuses(sets.all.filter((c) => c.dominant || c.critical)),
      good: countStatuses(sets.all.filter((c) => c.level === 'good')),
    },
    goodShare: decided.goodShare,
    thresholds: criteria.thresholds,
    excellence: inputs.factors,
    nextGrade: nextGradeUp(computedGrade, inputs),
    advisories: decided.advisories,
    incomplete: decided.incomplete,
    missing: decided.missing,
    themes: criteria.themes,
    criteria: sets.all,
    report: evidence.report ?? null,
  };
}

/**
 * The borderline-poor advisory: Poor by rule 2 alone with fewer than `wellShort` of the
 * applicable significant criteria (`total`) not met (`unmet`).
 */
export function borderlineAdvisories(rule: Rule, unmet: number, total: number, thresholds: Criteria['thresholds']): Advisory[] {
  if (rule !== 'significant') return [];
  if (!isBorderline(unmet, total, thresholds)) return [];
  return [{
    code: 'borderline-poor',
    message: `Poor because ${unmet} of ${total} significant Fair criteria ${unmet === 1 ? 'is' : 'are'} not met (${percent(unmet / total)}), `
      + `fewer than the ${thresholdPercent(thresholds.wellShort)} that would be "well short of a significant number": refer the grade to moderation`,
  }];
}
