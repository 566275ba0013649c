import type { Criteria, Criterion } from '../criteria/model.js';
import type { Issue } from '../shared/diagnostics.js';
import { isBlankText } from '../shared/blank-text.js';
import { quote } from '../shared/quote.js';
import { nthItem } from '../shared/paths.js';
import { didYouMean, didYouMeanOf, suggest } from '../shared/suggest.js';
import { SuggestionBudget } from '../shared/suggestion-budget.js';
import { checkFindingDates } from './dates.js';
import { checkNotAssessed, checkPlaceholderForce } from './drafts.js';
import type { Evidence } from './model.js';
import { compileScheme, selectsApplicable } from '../criteria/scheme/compile.js';
import { statusOf } from './status.js';
import { describeSelection } from '../criteria/scheme/selectors.js';
import { orList } from '../shared/schema-issues.js';
import { appendAll } from '../shared/append.js';

export interface EvidenceCheckOptions {
  /** The framework asked for on the command line, when there is one. */
  framework?: string;
  /** Missing findings, and those not assessed yet (blank status), count as not met instead of being errors. */
  allowIncomplete?: boolean;
  /**
   * No `uncited-finding` warnings: for evidence that has no text by design (a criteria test
   * case's inline findings are statuses alone).
   */
  ignoreUncited?: boolean;
}

/**
 * True when a finding or factor is met but cites nothing: no evidence and no sources that show
 * anything (blank strings count as none). Such a grade rests on a status alone.
 */
export function metWithoutCitation(finding: { status?: string; evidence?: readonly string[]; sources?: readonly string[] },
  status = finding.status): boolean {
  if (status !== 'met') return false;
  for (const text of finding.evidence ?? []) if (!isBlankText(text)) return false;
  for (const text of finding.sources ?? []) if (!isBlankText(text)) return false;
  return true;
}

const indexes = new WeakMap<Criteria, { byId: Map<string, Criterion>; ids: string[] }>();

/** Criteria by id, built once per loaded framework (a batch checks thousands of files against it). */
function indexOf(criteria: Criteria): { byId: Map<string, Criterion>; ids: string[] } {
  let index = indexes.get(criteria);
  if (!index) {
    const byId = new Map(criteria.criteria.map((c) => [c.id, c]));
    indexes.set(criteria, (index = { byId, ids: [...byId.keys()] }));
  }
  return index;
}

/**
 * The checks of SPEC §3 that need the framework's criteria: every finding, factor and critical
 * mark must name something that exists, once, and make sense for it. Takes schema-valid
 * evidence, or what `salvageEvidence` could read of invalid evidence. Pure.
 */
export function checkEvidence(criteria: Criteria, evidence: Evidence, options: EvidenceCheckOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const expected = options.framework ?? criteria.framework;
  if (evidence.framework !== expected) {
    issues.push({ code: 'framework-mismatch', severity: 'error', path: ['framework'],
      message: `the evidence is for framework ${quote(evidence.framework)}, not "${expected}"` });
    return issues;
  }
  if (evidence.criteriaVersion !== criteria.version) {
    issues.push({ code: 'criteria-version-mismatch', severity: 'error', path: ['criteriaVersion'],
      message: `the evidence was written for criteria version ${quote(evidence.criteriaVersion)}, but ${criteria.framework} is version "${criteria.version}"` });
  }
  const { byId, ids } = indexOf(criteria);
  // forEach, not map: a salvaged document's arrays may have holes (src/shared/salvage.ts).
  const critical = new Set<string>();
  (evidence.critical ?? []).forEach((mark) => critical.add(mark.criterion));
  const firstFinding = new Map<string, number>();
  // Findings for unknown criteria, answered after the loop: a typo's likeliest meaning is a
  // criterion that has no finding of its own (NP-G33 where NP-G3 is missing).
  const unknown: Array<{ index: number; id: string }> = [];

  evidence.findings.forEach((finding, index) => {
    const criterion = byId.get(finding.criterion);
    if (!criterion) {
      unknown.push({ index, id: finding.criterion });
      return;
    }
    const first = firstFinding.get(finding.criterion);
    if (first !== undefined) {
      issues.push({ code: 'duplicate-finding', severity: 'error', path: ['findings', index, 'criterion'],
        message: `a second finding for ${finding.criterion} (the first is ${nthItem('findings', first)})` });
      return;
    }
    firstFinding.set(finding.criterion, index);
    appendAll(issues, checkScore(criteria, criterion, finding, index));
    const status = statusOf(finding, criteria.scheme.scores?.metAt);
    if (!options.ignoreUncited && metWithoutCitation(finding, status)) {
      issues.push({ code: 'uncited-finding', severity: 'warning', path: ['findings', index, finding.status !== undefined ? 'status' : 'score'],
        message: `${criterion.id} is ${typeof finding.score === 'number' ? `scored ${finding.score} (met)` : 'met'} but cites no evidence` });
    }
    const refusing = finding.status === 'not-applicable' ? criteria.scheme.flags.find((f) => f.alwaysApplicable && criterion.flags.includes(f.id)) : undefined;
    if (refusing) {
      issues.push({ code: 'always-applicable', severity: 'error', path: ['findings', index, 'status'],
        message: `${criterion.id} is a ${refusing.title} criterion and cannot be not-applicable` });
    } else if (finding.status === 'not-applicable' && critical.has(criterion.id)) {
      issues.push({ code: 'not-applicable-critical', severity: 'error', path: ['findings', index, 'status'],
        message: `${criterion.id} is marked critical in this evidence and cannot be not-applicable` });
    }
  });

  const missing = ids.filter((id) => !firstFinding.has(id));
  const budget = new SuggestionBudget();
  // A missing criterion that a typo most likely meant is said once, in the typo's message.
  const explained = new Set<string>();
  // The missing criteria only lose members, so a name that matched none of them never will.
  const matchesNoMissing = new Set<string>();
  for (const { index, id } of unknown) {
    let suggestion: string;
    if (!budget.admit(id)) suggestion = budget.refusal();
    else {
      const meant = missing.length > 0 && !matchesNoMissing.has(id) ? suggest(id, missing.filter((m) => !explained.has(m))) : undefined;
      if (meant !== undefined) explained.add(meant.candidate);
      else matchesNoMissing.add(id);
      suggestion = meant !== undefined ? didYouMeanOf(meant, { which: 'which has no finding' }) : budget.didYouMean(id, ids);
    }
    issues.push({ code: 'unknown-criterion', severity: 'error', path: ['findings', index, 'criterion'],
      message: `finding for unknown criterion ${quote(id)}${suggestion}` });
  }
  const unexplained = missing.filter((id) => !explained.has(id));
  if (!options.allowIncomplete && unexplained.length > 0) {
    issues.push({ code: 'missing-finding', severity: 'error', path: ['findings'],
      message: `incomplete evidence: no finding for ${unexplained.join(', ')} (use --allow-incomplete to count them as not met)` });
  }

  appendAll(issues, checkNotAssessed(evidence, options.allowIncomplete === true), checkPlaceholderForce(evidence), checkFindingDates(criteria, evidence));

  appendAll(issues, checkShares(criteria, evidence, firstFinding));
  appendAll(issues, checkFactors(criteria, evidence, options.ignoreUncited === true, budget), checkCritical(evidence, byId, ids, budget), checkJudgementText(evidence, criteria), checkConcerns(evidence));
  return issues;
}

function checkFactors(criteria: Criteria, evidence: Evidence, ignoreUncited: boolean, budget: SuggestionBudget): Issue[] {
  const issues: Issue[] = [];
  const factorIds = criteria.excellence.map((f) => f.id);
  const seen = new Set<string>();
  (evidence.excellence ?? []).forEach((entry, index) => {
    if (!factorIds.includes(entry.factor)) {
      issues.push({ code: 'unknown-factor', severity: 'error', path: ['excellence', index, 'factor'],
        message: `unknown excellence factor ${quote(entry.factor)}; ${criteria.framework} has ${factorIds.join(', ')}${budget.didYouMean(entry.factor, factorIds)}` });
    } else if (seen.has(entry.factor)) {
      issues.push({ code: 'duplicate-factor', severity: 'error', path: ['excellence', index, 'factor'],
        message: `excellence factor "${entry.factor}" is given twice` });
    } else if (!ignoreUncited && metWithoutCitation(entry)) {
      issues.push({ code: 'uncited-finding', severity: 'warning', path: ['excellence', index, 'status'],
        message: `excellence factor "${entry.factor}" is met but cites no evidence` });
    }
    seen.add(entry.factor);
  });
  return issues;
}

function checkCritical(evidence: Evidence, byId: Map<string, unknown>, ids: string[], budget: SuggestionBudget): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  (evidence.critical ?? []).forEach((mark, index) => {
    if (!byId.has(mark.criterion)) {
      issues.push({ code: 'unknown-criterion', severity: 'error', path: ['critical', index, 'criterion'],
        message: `critical mark for unknown criterion ${quote(mark.criterion)}${budget.didYouMean(mark.criterion, ids)}` });
    } else if (seen.has(mark.criterion)) {
      issues.push({ code: 'duplicate-critical', severity: 'error', path: ['critical', index, 'criterion'],
        message: `${mark.criterion} is marked critical twice` });
    }
    seen.add(mark.criterion);
    if (isBlankText(mark.rationale)) {
      issues.push({ code: 'empty-rationale', severity: 'error', path: ['critical', index, 'rationale'],
        message: `the critical mark on ${byId.has(mark.criterion) ? mark.criterion : quote(mark.criterion)} needs a rationale` });
    }
  });
  return issues;
}

/**
 * Every share or score condition of the rules and limiters needs an applicable criterion to take
 * its share of, counting those the evidence's critical marks bring into its selection.
 */
function checkShares(criteria: Criteria, evidence: Evidence, firstFinding: Map<string, number>): Issue[] {
  const compiled = compileScheme(criteria);
  const marked = new Set((evidence.critical ?? []).map((m) => m.criterion));
  const critical = (at: number) => marked.has(criteria.criteria[at]?.id ?? '');
  const applicable = (at: number) => {
    const index = firstFinding.get(criteria.criteria[at]?.id ?? '');
    return index === undefined || evidence.findings[index]?.status !== 'not-applicable';
  };
  const issues: Issue[] = [];
  for (const at of compiled.shared) {
    const selection = compiled.selections[at];
    if (!selection || selectsApplicable(selection, applicable, critical)) continue;
    const any = selection.always.some((inIt, i) => inIt || (selection.ifCritical[i] === true && critical(i)));
    issues.push({ code: 'no-share', severity: 'error', path: ['findings'], message: any
      ? `every ${describeSelection(selection.selectors, criteria.scheme, 'criterion')} is not-applicable, so no share can be taken`
      : `the evidence has no ${describeSelection(selection.selectors, criteria.scheme, 'criterion')}, so no share can be taken` });
  }
  return issues;
}

/** A status, or in a scored scheme a score, where each belongs (SPEC §3). */
function checkScore(criteria: Criteria, criterion: Criterion, finding: Evidence['findings'][number], index: number): Issue[] {
  const scores = criteria.scheme.scores;
  const at = (key: string) => ['findings', index, key];
  if (!scores) {
    if (finding.score !== undefined) return [{ code: 'invalid-score', severity: 'error', path: at('score'), atKey: true,
      message: `finding for ${criterion.id}: a score is for a scored scheme; ${criteria.framework} uses ${criteria.scheme.id}, which grades by status` }];
    if (finding.status === undefined) return [{ code: 'missing-key', severity: 'error', path: ['findings', index],
      message: `finding for ${criterion.id}: needs a status (met, partly-met, not-met or not-applicable)` }];
    return [];
  }
  const range = `${scores.min} to ${scores.max}`;
  if (finding.status !== undefined && finding.status !== 'not-applicable' && finding.status !== '') {
    return [{ code: 'invalid-score', severity: 'error', path: at('status'),
      message: `finding for ${criterion.id}: ${criteria.scheme.id} grades by score (${range}); give "score", or status "not-applicable"` }];
  }
  // A score of null, like a blank status, is a draft's "not assessed yet" (src/evidence/drafts.ts).
  const blankScore = finding.score === undefined || finding.score === null;
  if (finding.status === 'not-applicable' && !blankScore) {
    return [{ code: 'invalid-score', severity: 'error', path: at('score'), atKey: true, message: `finding for ${criterion.id}: a not-applicable finding has no score` }];
  }
  if (finding.status === undefined && finding.score === undefined) {
    return [{ code: 'missing-key', severity: 'error', path: ['findings', index],
      message: `finding for ${criterion.id}: needs a score (${range}) or status "not-applicable"` }];
  }
  if (typeof finding.score === 'number' && (finding.score < scores.min || finding.score > scores.max)) {
    return [{ code: 'invalid-score', severity: 'error', path: at('score'),
      message: `finding for ${criterion.id}: score ${finding.score} is outside ${range}` }];
  }
  return [];
}

function checkConcerns(evidence: Evidence): Issue[] {
  const issues: Issue[] = [];
  (evidence.concerns ?? []).forEach((concern, index) => {
    if (isBlankText(concern.text)) issues.push({ code: 'invalid-value', severity: 'error', path: ['concerns', index, 'text'], message: 'a cause of concern needs its text' });
  });
  return issues;
}

function checkJudgementText(evidence: Evidence, criteria: Criteria): Issue[] {
  const judgement = evidence.judgement;
  if (!judgement) return [];
  const issues: Issue[] = [];
  const grades = criteria.scheme.grades.map((g) => g.id);
  if (!grades.includes(judgement.grade)) {
    issues.push({ code: 'unknown-grade', severity: 'error', path: ['judgement', 'grade'],
      message: `the judgement: grade must be ${orList(grades)}; got ${quote(judgement.grade)}${didYouMean(judgement.grade, grades)}` });
  }
  if (isBlankText(judgement.rationale)) {
    issues.push({ code: 'empty-rationale', severity: 'error', path: ['judgement', 'rationale'],
      message: 'a professional judgement needs a rationale' });
  }
  if (isBlankText(judgement.by)) {
    issues.push({ code: 'empty-rationale', severity: 'error', path: ['judgement', 'by'],
      message: 'a professional judgement must say who made it ("by")' });
  }
  return issues;
}
