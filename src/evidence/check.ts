import type { Criteria, Criterion } from '../criteria/model.js';
import { NO_ISSUES, type Issue } from '../shared/diagnostics.js';
import { isBlankText } from '../shared/blank-text.js';
import { quote } from '../shared/quote.js';
import { nthItem } from '../shared/paths.js';
import { didYouMean, didYouMeanOf, suggest } from '../shared/suggest.js';
import { SuggestionBudget } from '../shared/suggestion-budget.js';
import { checkFindingDates } from './dates.js';
import { anyFactorNotAssessed, checkNotAssessed, checkPlaceholderForce, isBlankFinding } from './drafts.js';
import type { Evidence } from './model.js';
import { statusOf } from './status.js';
import { checkShares } from './shares.js';
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
  return allBlank(finding.evidence) && allBlank(finding.sources);
}

// Index loops, not for…of, on the paths every finding of a batch takes: until V8 optimises them,
// an array iterator costs several times more per item (docs/performance.md).
function allBlank(texts: readonly string[] | undefined): boolean {
  if (texts !== undefined) for (let i = 0; i < texts.length; i++) if (!isBlankText(texts[i] as string)) return false;
  return true;
}

interface CriteriaIndex {
  position: Map<string, number>;
  ids: string[];
  factorIds: string[];
  /** Per criterion, the index of its first finding or -1: reused by every call, never kept. */
  firstAt: number[];
}

const indexes = new WeakMap<Criteria, CriteriaIndex>();

/** Criteria positions and factors by id, built once per loaded framework (a batch checks thousands of files against it). */
function indexOf(criteria: Criteria): CriteriaIndex {
  let index = indexes.get(criteria);
  if (!index) {
    index = { position: new Map(criteria.criteria.map((c, i) => [c.id, i])), ids: criteria.criteria.map((c) => c.id),
      factorIds: criteria.excellence.map((f) => f.id), firstAt: criteria.criteria.map(() => -1) };
    indexes.set(criteria, index);
  }
  return index;
}

/**
 * The checks of SPEC §3 that need the framework's criteria: every finding, factor and critical
 * mark must name something that exists, once, and make sense for it. Takes schema-valid
 * evidence, or what `salvageEvidence` could read of invalid evidence. Pure.
 */
export function checkEvidence(criteria: Criteria, evidence: Evidence, options: EvidenceCheckOptions = {}): Issue[] {
  return checkAndPair(criteria, evidence, options).issues;
}

/**
 * Each criterion's first finding (its index in the findings, or -1 for none), as the checks
 * paired them: what grading reads the findings by. Valid until the next check against the same
 * criteria; never kept.
 */
export type Pairing = readonly number[];

/** `checkEvidence`, with the pairing of criteria and findings it made on the way (one pass over the findings for both). */
export function checkAndPair(criteria: Criteria, evidence: Evidence, options: EvidenceCheckOptions = {}): { issues: Issue[]; pairing: Pairing } {
  const issues: Issue[] = [];
  const { position, ids, factorIds, firstAt } = indexOf(criteria);
  for (let i = 0; i < firstAt.length; i++) firstAt[i] = -1;
  if (evidence.criteriaVersion !== criteria.version) {
    issues.push({ code: 'criteria-version-mismatch', severity: 'error', path: ['criteriaVersion'],
      message: `the evidence was written for criteria version ${quote(evidence.criteriaVersion)}, but ${criteria.framework} is version "${criteria.version}"` });
  }
  // forEach, not map: a salvaged document's arrays may have holes (src/shared/salvage.ts).
  let critical: Set<string> | undefined;
  evidence.critical?.forEach((mark) => (critical ??= new Set()).add(mark.criterion));
  let found = 0;
  // Findings for unknown criteria, answered after the loop (`unknownCriterionIssues`).
  let unknown: Array<{ index: number; id: string }> | undefined;
  // Whether any finding is dated, or not assessed yet: only then do those checks go through them again.
  let dated = false;
  let blank = false;

  const findings = evidence.findings;
  const metAt = criteria.scheme.scores?.metAt;
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index];
    if (finding === undefined) continue; // a hole in a salvaged document
    if (typeof finding.date === 'string') dated = true;
    if (isBlankFinding(finding)) blank = true;
    const at = position.get(finding.criterion);
    if (at === undefined) {
      (unknown ??= []).push({ index, id: finding.criterion });
      continue;
    }
    const criterion = criteria.criteria[at] as Criterion;
    const first = firstAt[at] as number;
    if (first >= 0) {
      issues.push({ code: 'duplicate-finding', severity: 'error', path: ['findings', index, 'criterion'],
        message: `a second finding for ${finding.criterion} (the first is ${nthItem('findings', first)})` });
      continue;
    }
    firstAt[at] = index;
    found++;
    const scoreIssues = checkScore(criteria, criterion, finding, index);
    if (scoreIssues.length > 0) appendAll(issues, scoreIssues);
    const status = statusOf(finding, metAt);
    if (!options.ignoreUncited && metWithoutCitation(finding, status)) {
      issues.push({ code: 'uncited-finding', severity: 'warning', path: ['findings', index, finding.status !== undefined ? 'status' : 'score'],
        message: `${criterion.id} is ${typeof finding.score === 'number' ? `scored ${finding.score} (met)` : 'met'} but cites no evidence` });
    }
    const refusing = finding.status === 'not-applicable' ? criteria.scheme.flags.find((f) => f.alwaysApplicable && criterion.flags.includes(f.id)) : undefined;
    if (refusing) {
      issues.push({ code: 'always-applicable', severity: 'error', path: ['findings', index, 'status'],
        message: `${criterion.id} is a ${refusing.title} criterion and cannot be not-applicable` });
    } else if (finding.status === 'not-applicable' && critical?.has(criterion.id) === true) {
      issues.push({ code: 'not-applicable-critical', severity: 'error', path: ['findings', index, 'status'],
        message: `${criterion.id} is marked critical in this evidence and cannot be not-applicable` });
    }
  }
  // Evidence for another framework is that one error alone (its findings are another's), paired all the same.
  const expected = options.framework ?? criteria.framework;
  if (evidence.framework !== expected) {
    return { issues: [{ code: 'framework-mismatch', severity: 'error', path: ['framework'],
      message: `the evidence is for framework ${quote(evidence.framework)}, not "${expected}"` }], pairing: firstAt };
  }

  // Every finding found its criterion (the common case): none is missing, nothing to look for.
  const missing = found === ids.length ? [] : ids.filter((_id, at) => (firstAt[at] as number) < 0);
  const budget = new SuggestionBudget();
  const unexplained = unknown === undefined ? missing : unknownCriterionIssues(unknown, missing, ids, budget, issues);
  if (!options.allowIncomplete && unexplained.length > 0) {
    issues.push({ code: 'missing-finding', severity: 'error', path: ['findings'],
      message: `incomplete evidence: no finding for ${unexplained.join(', ')} (use --allow-incomplete to count them as not met)` });
  }

  if (blank || anyFactorNotAssessed(evidence)) appendAll(issues, checkNotAssessed(evidence, options.allowIncomplete === true));
  const placeholder = checkPlaceholderForce(evidence);
  if (placeholder.length > 0) appendAll(issues, placeholder);
  if (dated) appendAll(issues, checkFindingDates(criteria, evidence));

  // Each list is appended only when it holds something: most evidence has nothing to say here.
  const more = [checkShares(criteria, evidence, firstAt), checkFactors(criteria, factorIds, evidence, options.ignoreUncited === true, budget),
    checkCritical(evidence, position, ids, budget), checkJudgementText(evidence, criteria), checkConcerns(evidence)];
  for (let i = 0; i < more.length; i++) if ((more[i] as readonly Issue[]).length > 0) appendAll(issues, more[i] as readonly Issue[]);
  return { issues, pairing: firstAt };
}

/**
 * The findings for unknown criteria, each with its likeliest meaning: a criterion that has no
 * finding of its own (NP-G33 where NP-G3 is missing), else the closest id. Returns the missing
 * criteria that no such finding explains.
 */
function unknownCriterionIssues(unknown: ReadonlyArray<{ index: number; id: string }>, missing: readonly string[], ids: readonly string[],
  budget: SuggestionBudget, issues: Issue[]): string[] {
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
  return missing.filter((id) => !explained.has(id));
}

function checkFactors(criteria: Criteria, factorIds: readonly string[], evidence: Evidence, ignoreUncited: boolean, budget: SuggestionBudget): readonly Issue[] {
  if (evidence.excellence === undefined || evidence.excellence.length === 0) return NO_ISSUES;
  const issues: Issue[] = [];
  const excellence = evidence.excellence;
  // A factor given once needs no record of those seen (the common case).
  const seen = excellence.length > 1 ? new Set<string>() : undefined;
  excellence.forEach((entry, index) => {
    if (!factorIds.includes(entry.factor)) {
      issues.push({ code: 'unknown-factor', severity: 'error', path: ['excellence', index, 'factor'],
        message: `unknown excellence factor ${quote(entry.factor)}; ${criteria.framework} has ${factorIds.join(', ')}${budget.didYouMean(entry.factor, factorIds)}` });
    } else if (seen?.has(entry.factor) === true) {
      issues.push({ code: 'duplicate-factor', severity: 'error', path: ['excellence', index, 'factor'],
        message: `excellence factor "${entry.factor}" is given twice` });
    } else if (!ignoreUncited && metWithoutCitation(entry)) {
      issues.push({ code: 'uncited-finding', severity: 'warning', path: ['excellence', index, 'status'],
        message: `excellence factor "${entry.factor}" is met but cites no evidence` });
    }
    seen?.add(entry.factor);
  });
  return issues;
}

function checkCritical(evidence: Evidence, byId: ReadonlyMap<string, unknown>, ids: string[], budget: SuggestionBudget): readonly Issue[] {
  if (evidence.critical === undefined || evidence.critical.length === 0) return NO_ISSUES;
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

/** A status, or in a scored scheme a score, where each belongs (SPEC §3). */
function checkScore(criteria: Criteria, criterion: Criterion, finding: Evidence['findings'][number], index: number): readonly Issue[] {
  const scores = criteria.scheme.scores;
  const at = (key: string) => ['findings', index, key];
  if (!scores) {
    if (finding.score !== undefined) return [{ code: 'invalid-score', severity: 'error', path: at('score'), atKey: true,
      message: `finding for ${criterion.id}: a score is for a scored scheme; ${criteria.framework} uses ${criteria.scheme.id}, which grades by status` }];
    if (finding.status === undefined) return [{ code: 'missing-key', severity: 'error', path: ['findings', index],
      message: `finding for ${criterion.id}: needs a status (met, partly-met, not-met or not-applicable)` }];
    return NO_ISSUES;
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
  return NO_ISSUES;
}

function checkConcerns(evidence: Evidence): readonly Issue[] {
  if (evidence.concerns === undefined || evidence.concerns.length === 0) return NO_ISSUES;
  const issues: Issue[] = [];
  (evidence.concerns ?? []).forEach((concern, index) => {
    if (isBlankText(concern.text)) issues.push({ code: 'invalid-value', severity: 'error', path: ['concerns', index, 'text'], message: 'a cause of concern needs its text' });
  });
  return issues;
}

function checkJudgementText(evidence: Evidence, criteria: Criteria): readonly Issue[] {
  const judgement = evidence.judgement;
  if (!judgement) return NO_ISSUES;
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
