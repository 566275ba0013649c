import { excellenceTitle, type Criteria } from '../criteria/model.js';
import type { Evidence } from '../evidence/model.js';
import { classify, countStatuses } from './classify.js';
import type { CompiledScheme } from '../criteria/scheme/compile.js';
import { assessedFactor, evidenceState } from './evidence-state.js';
import { checkAndPair, type Pairing } from '../evidence/check.js';
import { decideState } from './decide.js';
import { directionOf } from './direction.js';
import { explain, limiterResults } from './reasons.js';
import { marginDown, nextGradeUp } from './next-grade.js';
import { RESULT_SCHEMA_VERSION, type Advisory, type CriterionResult, type FactorResult, type GradeResult, type SchemeSummary } from './result.js';
import type { GradingState } from './state.js';
import { advisoriesOf } from './advisories.js';
import { decisionCore, reportedShare, type DecisionCore } from './decision-core.js';
import { ruleTitle } from './words.js';
import type { ExplainContext } from './explain-context.js';

/** What the rules need from criteria and evidence: the criteria as graded, the factors, the state. */
export interface Inputs {
  compiled: CompiledScheme;
  /** Every criterion as graded (criteria order), and the ids of those without a finding. */
  sets: { all: CriterionResult[]; missing: string[] };
  factors: FactorResult[];
  state: GradingState;
}

/**
 * The compiled scheme, the criteria as graded, the factors and the state of one force's evidence:
 * the state and the missing criteria as every path has them (`evidenceState`), the rest for a
 * justification.
 */
export function inputsOf(criteria: Criteria, evidence: Evidence, pairing: Pairing = checkAndPair(criteria, evidence).pairing): Inputs {
  const { compiled, state, missing } = evidenceState(criteria, evidence, pairing);
  const factors = criteria.excellence.map((factor) => {
    const found = assessedFactor(evidence, factor.id);
    return { factor: factor.id, title: excellenceTitle(factor), status: found?.status || 'not-met', text: factor.text, evidenced: found !== undefined,
      evidence: found?.evidence ?? [], sources: found?.sources ?? [] };
  });
  return { compiled, sets: { all: classify(criteria, evidence, pairing), missing }, factors, state };
}

/** The grade and the rule that gave it, without the explanation: what a batch keeps of a file. */
export type GradeDecision = Pick<GradeResult, 'grade' | 'computedGrade' | 'judgement' | 'goodShare' | 'thresholds' | 'advisories' | 'incomplete' | 'missing' | 'direction'>
  & { rule: string; scheme: string; limiters: string[];
    /** `margin` without its candidates: the grade one down and the fewest changes to it (null at the lowest grade). */
    margin: { grade: string; changesNeeded: number | null } | null };

/** The decision of a state: the rule, the limiters, the advisories, the final grade and the margin. */
export function decisionOf(compiled: CompiledScheme, evidence: Evidence, missing: string[], core: DecisionCore,
  margin: GradeDecision['margin'] = core.margin): GradeDecision {
  const judgement = evidence.judgement ?? null;
  const { decided } = core;
  const grade = judgement?.grade ?? decided.grade;
  return {
    grade,
    computedGrade: decided.grade,
    judgement,
    rule: decided.rule.id,
    scheme: compiled.scheme.id,
    limiters: decided.limiters,
    goodShare: core.share,
    thresholds: compiled.criteria.thresholds,
    advisories: core.advisories,
    incomplete: missing.length > 0,
    missing,
    margin,
    direction: directionOf(compiled.criteria, evidence, grade),
  };
}

/**
 * The grade of one force's evidence by the same rules as `gradeEvidence`, without building the
 * justification (reasons, next grade, counts): several times cheaper, for batches. Pure.
 */
export function decideGrade(criteria: Criteria, evidence: Evidence, pairing: Pairing = checkAndPair(criteria, evidence).pairing): GradeDecision {
  const { compiled, state, missing } = evidenceState(criteria, evidence, pairing);
  return decisionOf(compiled, evidence, missing, decisionCore(compiled, state));
}

function schemeSummary(compiled: CompiledScheme): SchemeSummary {
  const { scheme } = compiled;
  return { id: scheme.id, title: scheme.title, version: scheme.version, grades: scheme.grades, levels: scheme.levels,
    flags: scheme.flags.map((f) => ({ id: f.id, title: f.title })),
    rules: compiled.rules.map((r) => ({ id: r.id, grade: r.grade, title: ruleTitle(compiled, r) })) };
}

/**
 * Grades one force's evidence against a framework's criteria by its scheme (SPEC §1, §7). Pure:
 * no I/O, no clock; the same inputs always give the same result. Expects evidence that passed
 * `checkEvidence`; missing findings count as not met and are listed in `missing`.
 */
export function gradeEvidence(criteria: Criteria, evidence: Evidence, pairing: Pairing = checkAndPair(criteria, evidence).pairing): GradeResult {
  const { compiled, sets, factors, state } = inputsOf(criteria, evidence, pairing);
  const ids = compiled.ids;
  const decided = decideState(compiled, state);
  const decision = decisionOf(compiled, evidence, sets.missing,
    { decided, advisories: advisoriesOf(compiled, state, decided), share: reportedShare(compiled, state), margin: null });
  const context: ExplainContext = { compiled, criteria, state, decided, all: sets.all, factors };
  const nextGrade = nextGradeUp(compiled, state, decided.rank, ids, () => factors);
  const margin = marginDown(compiled, state, decided.rank, ids, () => factors);
  const limiters = limiterResults(context);
  const counts: GradeResult['counts'] = {};
  for (const { key, selection } of compiled.countSelections) {
    const s = compiled.selections[selection];
    counts[key] = countStatuses(sets.all.filter((c, i) => s !== undefined && ((s.always[i] ?? false) || (c.critical && (s.ifCritical[i] ?? false)))));
  }
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    framework: {
      id: criteria.framework, title: criteria.title, group: criteria.group,
      ...(criteria.order !== undefined ? { order: criteria.order } : {}),
      version: criteria.version, sha256: criteria.sha256,
    },
    scheme: schemeSummary(compiled),
    force: { id: evidence.force.id, name: evidence.force.name },
    period: criteria.period ?? null,
    grade: decision.grade,
    computedGrade: decision.computedGrade,
    judgement: decision.judgement,
    decision: explain(context, nextGrade, limiters),
    counts,
    goodShare: decision.goodShare,
    thresholds: criteria.thresholds,
    excellence: factors,
    nextGrade,
    margin,
    limiters,
    direction: decision.direction,
    advisories: decision.advisories,
    incomplete: decision.incomplete,
    missing: decision.missing,
    themes: criteria.themes,
    criteria: sets.all,
    concerns: evidence.concerns ?? [],
    nationalContext: criteria.nationalContext ?? [],
    report: evidence.report ?? null,
  };
}

export type { Advisory };
