import { GRADE_TITLES, gradeRank, type Grade, type Rule } from '../shared/grades.js';
import { isMet } from './classify.js';
import { namedList, percent, plural, thresholdPercent } from './format.js';
import type { RuleInputs } from './rule-inputs.js';
import type { CriterionResult, Decision, DecidingCriterion } from './result.js';
import { meetsMost, meetsVastMajority } from './thresholds.js';

type Sets = RuleInputs['sets'];

function goodClause(inputs: RuleInputs, needs: 'good' | 'excellent'): string {
  const { goodMet, sets, thresholds } = inputs;
  const total = sets.good.length;
  const share = total === 0 ? 0 : goodMet / total;
  const need = needs === 'good' ? `Good needs more than ${thresholdPercent(thresholds.most)}`
    : `Excellent needs at least ${thresholdPercent(thresholds.vastMajority)}`;
  return `${goodMet} of ${total} Good criteria met (${percent(share)}), ${need}`;
}

function fairClause(sets: Sets, failedFair: readonly CriterionResult[]): string {
  if (failedFair.length === 0) return `all ${plural(sets.fair.length, 'Fair criterion', 'Fair criteria')} met`;
  return `${sets.fair.length - failedFair.length} of ${sets.fair.length} Fair criteria met`;
}

function unmetText(items: readonly CriterionResult[]): string {
  return namedList(items.map((c) => ({ id: c.id, text: `${c.text}` })));
}

function deciding(items: readonly CriterionResult[], reasonOf: (c: CriterionResult) => DecidingCriterion['reason']): DecidingCriterion[] {
  return items.map((c) => ({ id: c.id, text: c.text, status: c.status, reason: reasonOf(c) }));
}

/** Why a grade above the computed one was not reached, as plain sentences. */
function whyNot(grade: Grade, inputs: RuleInputs): string[] {
  const { failedDominant, failedSignificant, failedFair, sets, thresholds, goodMet, factors } = inputs;
  if (grade === 'fair') {
    const out: string[] = [];
    if (failedDominant.length > 0) out.push(`Fair needs every dominant criterion met; not met: ${unmetText(failedDominant)}`);
    const significantOnly = failedSignificant.filter((c) => !failedDominant.includes(c));
    if (significantOnly.length > 0) out.push(`Fair needs every significant Fair criterion met; not met: ${unmetText(significantOnly)}`);
    return out;
  }
  const out: string[] = [];
  const title = GRADE_TITLES[grade];
  if (failedFair.length > 0) out.push(`${title} needs every Fair criterion met; ${failedFair.length} of ${sets.fair.length} not met: ${failedFair.map((c) => c.id).join(', ')}`);
  const enough = grade === 'good' ? meetsMost(goodMet, sets.good.length, thresholds) : meetsVastMajority(goodMet, sets.good.length, thresholds);
  if (!enough) out.push(goodClause(inputs, grade === 'good' ? 'good' : 'excellent'));
  if (grade === 'excellent') {
    for (const factor of factors) {
      if (factor.status !== 'met') out.push(`excellence factor "${factor.factor}" is ${factor.evidenced ? factor.status : 'not evidenced'}`);
    }
  }
  if (failedDominant.length > 0 || failedSignificant.length > 0) out.unshift(`${title} needs Fair first`);
  return out;
}

/** The decision: the rule with its counts, the reasons, and why each higher grade was not reached. */
export function explain(rule: Rule, computed: Grade, inputs: RuleInputs): Decision {
  const { failedDominant, failedSignificant, failedFair, sets } = inputs;
  let summary: string;
  let reasons: string[] = [];
  let decidingCriteria: DecidingCriterion[] = [];
  switch (rule) {
    case 'dominant':
      summary = `${plural(failedDominant.length, 'dominant criterion', 'dominant criteria')} of ${sets.dominant.length} not met: failing a critical criterion alone gives Poor`;
      reasons = failedDominant.map((c) => `${c.id} (${c.critical && !c.dominant ? 'marked critical in the evidence' : 'dominant'}) is ${c.status}: "${c.text}"`);
      decidingCriteria = deciding(failedDominant, (c) => (c.dominant ? 'dominant' : 'critical'));
      break;
    case 'significant':
      summary = `${failedSignificant.length} of ${plural(sets.significant.length, 'significant Fair criterion', 'significant Fair criteria')} not met: Fair requires all of them`;
      reasons = failedSignificant.map((c) => `${c.id} (significant) is ${c.status}: "${c.text}"`);
      decidingCriteria = deciding(failedSignificant, () => 'significant');
      break;
    case 'excellent':
      summary = `${fairClause(sets, failedFair)}; ${goodClause(inputs, 'excellent')}; every excellence factor met`;
      break;
    case 'good':
      summary = `${fairClause(sets, failedFair)}; ${goodClause(inputs, 'good')}`;
      decidingCriteria = deciding(sets.good.filter((c) => !isMet(c)), () => 'good');
      break;
    default:
      summary = `all ${plural(sets.significant.length, 'significant Fair criterion', 'significant Fair criteria')} met; ${fairClause(sets, failedFair)}; ${goodClause(inputs, 'good')}`;
      reasons = failedFair.map((c) => `${c.id} (Fair) is ${c.status}: "${c.text}"`);
      decidingCriteria = failedFair.length > 0 ? deciding(failedFair, () => 'fair') : deciding(sets.good.filter((c) => !isMet(c)), () => 'good');
  }
  const notReached = (['fair', 'good', 'excellent'] as const)
    .filter((g) => gradeRank(g) > gradeRank(computed))
    .map((grade) => ({ grade, reasons: whyNot(grade, inputs) }));
  return { rule, summary, reasons: [summary, ...reasons], notReached, deciding: decidingCriteria };
}

