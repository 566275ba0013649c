import type { Criteria } from '../criteria/model.js';
import { JUDGEMENT_SHIFT, rankOf } from '../criteria/scheme/model.js';
import { isDateInPeriod } from '../evidence/dates.js';
import type { Evidence, FactorStatus } from '../evidence/model.js';
import { metWithoutCitation } from '../evidence/check.js';
import { isBlankText } from '../shared/blank-text.js';
import { compileScheme, selectsApplicable, type CompiledScheme } from '../criteria/scheme/compile.js';
import { statusOf } from '../evidence/status.js';
import { isPlaceholderForce } from '../evidence/drafts.js';
import { decisionOf, type GradeDecision } from './grade.js';
import { decisionCore } from './decision-core.js';
import { stateOf } from './state.js';

/** A decision in one pass has no missing finding: one empty list for all of them (never written). */
const NO_MISSING: string[] = [];

interface CriteriaIndex {
  position: Map<string, number>;
  factors: Set<string>;
  /** Per criterion: it carries a flag that refuses not-applicable. */
  alwaysApplicable: boolean[];
  /**
   * Per criterion, reused by every call (a batch decides thousands of files with one criteria,
   * one at a time): each finding's value, whether it applies, its number for the state.
   */
  values: Array<number | 'not-applicable' | undefined>;
  applicable: boolean[];
  numbers: number[];
}

const indexes = new WeakMap<Criteria, CriteriaIndex>();

function indexFor(criteria: Criteria, compiled: CompiledScheme): CriteriaIndex {
  let index = indexes.get(criteria);
  if (!index) {
    index = {
      position: new Map(criteria.criteria.map((c, i) => [c.id, i])),
      factors: new Set(criteria.excellence.map((f) => f.id)),
      alwaysApplicable: criteria.criteria.map((c) => c.flags.some((f) => compiled.alwaysApplicable.includes(f))),
      values: new Array<number | 'not-applicable' | undefined>(criteria.criteria.length),
      // Packed arrays, as the full path's are (\`inputsOf\`): the state's code then sees one kind of array, not two.
      applicable: Array.from(criteria.criteria, () => false),
      numbers: Array.from(criteria.criteria, () => 0),
    };
    indexes.set(criteria, index);
  }
  return index;
}

/** A finding's value for the state, or undefined when the checks would have something to say. */
function valueOf(finding: Evidence['findings'][number], criteria: Criteria): number | 'not-applicable' | undefined {
  const scores = criteria.scheme.scores;
  if (finding.status === 'not-applicable') return finding.score === undefined ? 'not-applicable' : undefined;
  if (!scores) return finding.score === undefined && finding.status ? (finding.status === 'met' ? 1 : 0) : undefined;
  const score = finding.score;
  if (finding.status !== undefined || typeof score !== 'number' || !Number.isInteger(score) || score < scores.min || score > scores.max) return undefined;
  return score;
}

/**
 * The grade decision of schema-valid evidence in one pass, for the common case of a batch:
 * evidence with nothing for the checks of SPEC §3 to report, not even a warning. Undefined as soon
 * as anything is out of the ordinary (an unknown or repeated criterion, a missing finding, a
 * finding or factor not assessed yet, a score out of place, a finding dated outside the period,
 * a not-applicable finding on an always-applicable or critical-marked criterion, a share with no
 * applicable criterion, an unknown or repeated factor or critical mark, an empty rationale or
 * concern, a met finding or factor that cites no evidence, a judgement off the scale or too far
 * from the computed grade): the caller then takes the full path, which checks, positions and
 * explains it. When defined, it is exactly what the full path decides, by the same compiled
 * conditions (`decisionOf` on the same state), and the checks report nothing
 * (test/properties/one-pass.test.ts); it only skips building the per-criterion results.
 */
export function decideInOnePass(criteria: Criteria, evidence: Evidence): GradeDecision | undefined {
  if (evidence.framework !== criteria.framework || evidence.criteriaVersion !== criteria.version || isPlaceholderForce(evidence)) return undefined;
  const compiled = compileScheme(criteria);
  const { position, factors, alwaysApplicable, values, applicable, numbers } = indexFor(criteria, compiled);
  const list = criteria.criteria;
  if (evidence.findings.length !== list.length) return undefined;
  values.fill(undefined);
  for (const finding of evidence.findings) {
    const at = position.get(finding.criterion);
    if (at === undefined || values[at] !== undefined) return undefined;
    const status = statusOf(finding, criteria.scheme.scores?.metAt);
    if (status === undefined || metWithoutCitation(finding, status)) return undefined;
    if (finding.date !== undefined && !isDateInPeriod(finding.date, criteria.period)) return undefined;
    const value = valueOf(finding, criteria);
    if (value === undefined) return undefined;
    values[at] = value;
  }

  let critical: Set<string> | undefined;
  for (const mark of evidence.critical ?? []) {
    critical ??= new Set();
    if (!position.has(mark.criterion) || critical.has(mark.criterion) || isBlankText(mark.rationale)) return undefined;
    critical.add(mark.criterion);
  }
  const factorStatus = new Map<string, FactorStatus>();
  for (const entry of evidence.excellence ?? []) {
    if (!factors.has(entry.factor) || factorStatus.has(entry.factor) || entry.status === '' || metWithoutCitation(entry)) return undefined;
    factorStatus.set(entry.factor, entry.status);
  }
  for (const concern of evidence.concerns ?? []) if (isBlankText(concern.text)) return undefined;
  const judgement = evidence.judgement ?? null;
  if (judgement && (isBlankText(judgement.rationale) || isBlankText(judgement.by) || rankOf(criteria.scheme, judgement.grade) < 0)) return undefined;

  const marks = critical ? Array.from(list, () => false) : null;
  for (let i = 0; i < list.length; i++) {
    const value = values[i];
    const isCritical = critical?.has((list[i] as Criteria['criteria'][number]).id) === true;
    if (value === 'not-applicable' && (alwaysApplicable[i] === true || isCritical)) return undefined;
    applicable[i] = value !== 'not-applicable';
    if (marks) marks[i] = isCritical;
    numbers[i] = typeof value === 'number' ? value : 0;
  }
  // As the full path's check: each share of the rules and limiters needs an applicable criterion.
  for (const selection of compiled.shared) {
    const s = compiled.selections[selection];
    if (s && !selectsApplicable(s, (i) => applicable[i] === true, (i) => marks?.[i] === true)) return undefined;
  }
  let factorsMet = 0;
  for (const f of criteria.excellence) if (factorStatus.get(f.id) === 'met') factorsMet++;
  const state = stateOf(compiled, applicable, marks, numbers, factorsMet, criteria.excellence.length, evidence.concerns?.length ?? 0);
  const decision = decisionOf(compiled, evidence, NO_MISSING, decisionCore(compiled, state));
  const limit = criteria.thresholds[JUDGEMENT_SHIFT] ?? 1;
  if (judgement && Math.abs(rankOf(criteria.scheme, judgement.grade) - rankOf(criteria.scheme, decision.computedGrade)) > limit) return undefined;
  return decision;
}
