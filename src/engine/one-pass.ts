import type { Criteria } from '../criteria/model.js';
import { borderlineAdvisories, firstRuleThatHolds, type GradeDecision } from './grade.js';
import { isDateInPeriod } from '../evidence/dates.js';
import type { Evidence, FactorStatus } from '../evidence/model.js';
import { metWithoutCitation } from '../evidence/check.js';
import { isBlankText } from '../shared/blank-text.js';
import { gradeRank, type Status } from '../shared/grades.js';

interface CriteriaIndex {
  position: Map<string, number>;
  factors: Set<string>;
  hasGood: boolean;
}

const indexes = new WeakMap<Criteria, CriteriaIndex>();

function indexFor(criteria: Criteria): CriteriaIndex {
  let index = indexes.get(criteria);
  if (!index) {
    index = {
      position: new Map(criteria.criteria.map((c, i) => [c.id, i])),
      factors: new Set(criteria.excellence.map((f) => f.id)),
      hasGood: criteria.criteria.some((c) => c.level === 'good'),
    };
    indexes.set(criteria, index);
  }
  return index;
}

/**
 * The grade decision of schema-valid evidence in one pass, for the common case of a batch:
 * evidence with nothing for the checks of SPEC §3 to report, not even a warning. Undefined as soon
 * as anything is out of the ordinary (an unknown or repeated criterion, a missing finding, a
 * finding or factor not assessed yet, a finding dated outside the period, a not-applicable
 * finding on a dominant or critical-marked criterion, no applicable Good criterion, an unknown or
 * repeated factor or critical mark, an empty rationale, a met finding or factor that cites no
 * evidence, a judgement too far from the computed grade): the caller then takes the full path,
 * which checks, positions and explains it. When defined, it is exactly what the full path
 * decides, and the checks report nothing (test/properties/one-pass.test.ts),
 * sharing its rules (`firstRuleThatHolds`) and its advisory; it only skips building the sets.
 */
export function decideInOnePass(criteria: Criteria, evidence: Evidence): GradeDecision | undefined {
  if (evidence.framework !== criteria.framework || evidence.criteriaVersion !== criteria.version) return undefined;
  const { position, factors, hasGood } = indexFor(criteria);
  const list = criteria.criteria;
  if (evidence.findings.length !== list.length) return undefined;
  const statuses: Array<Status | undefined> = new Array<Status | undefined>(list.length);
  for (const finding of evidence.findings) {
    const at = position.get(finding.criterion);
    if (at === undefined || statuses[at] !== undefined || finding.status === '' || metWithoutCitation(finding)) return undefined;
    if (finding.date !== undefined && !isDateInPeriod(finding.date, criteria.period)) return undefined;
    statuses[at] = finding.status;
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
  const judgement = evidence.judgement ?? null;
  if (judgement && (isBlankText(judgement.rationale) || isBlankText(judgement.by))) return undefined;

  let failedDominant = 0;
  let failedSignificant = 0;
  let significant = 0;
  let failedFair = 0;
  let goodMet = 0;
  let goodTotal = 0;
  for (let i = 0; i < list.length; i++) {
    const criterion = list[i] as Criteria['criteria'][number];
    const status = statuses[i];
    const isCritical = critical?.has(criterion.id) === true;
    if (status === 'not-applicable') {
      if (criterion.dominant || isCritical) return undefined;
      continue;
    }
    const met = status === 'met';
    if (!met && (criterion.dominant || isCritical)) failedDominant++;
    if (criterion.level === 'fair') {
      if (!met) failedFair++;
      if (criterion.significant) {
        significant++;
        if (!met) failedSignificant++;
      }
    } else {
      goodTotal++;
      if (met) goodMet++;
    }
  }
  if (hasGood && goodTotal === 0) return undefined;

  const thresholds = criteria.thresholds;
  const allFactorsMet = criteria.excellence.every((f) => factorStatus.get(f.id) === 'met');
  const { rule, grade } = firstRuleThatHolds({ failedDominant, failedSignificant, failedFair, goodMet, goodTotal, allFactorsMet, thresholds });
  if (judgement && Math.abs(gradeRank(judgement.grade) - gradeRank(grade)) > thresholds.maxJudgementShift) return undefined;
  return {
    grade: judgement?.grade ?? grade,
    computedGrade: grade,
    judgement,
    rule,
    goodShare: goodTotal === 0 ? 0 : goodMet / goodTotal,
    thresholds,
    advisories: borderlineAdvisories(rule, failedSignificant, significant, thresholds),
    incomplete: false,
    missing: [],
  };
}
