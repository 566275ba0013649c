import type { Criteria } from '../criteria/model.js';
import { adoptRegisteredName, type ForceNames } from '../evidence/force-name.js';
import { positionIssues, type LoadedEvidence } from '../evidence/load.js';
import { checkAndPair, type Pairing } from '../evidence/check.js';
import { advisoryShareGaps } from '../evidence/shares.js';
import { checkJudgementShift } from './judgement.js';
import { decideGrade, gradeEvidence, type GradeDecision } from './grade.js';
import type { GradeResult } from './result.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import { hasErrors } from '../shared/diagnostics.js';

export interface GradeOptions {
  /** The framework the caller asked for; evidence for another is an error. Defaults to the criteria's. */
  framework?: string;
  /** Count missing findings as not met instead of failing (the result says `incomplete: true`). */
  allowIncomplete?: boolean;
  /** No `uncited-finding` warnings (see `EvidenceCheckOptions`). */
  ignoreUncited?: boolean;
  /** Largest evidence file read, in bytes. */
  maxFileBytes?: number;
  /**
   * A forces registry's names by id: evidence naming a registered id otherwise gets a
   * `force-name-mismatch` warning, and the result the registry's name.
   */
  forceNames?: ForceNames;
}

/** A graded file, or the diagnostics that stopped it from being graded. */
export type GradeOutcome =
  | { ok: true; result: GradeResult; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** A decision of checked evidence, or the diagnostics that stopped it. */
export type Checked<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The one grading sequence: the evidence checks, then `decide`, then the share of the deciding
 * rule's advisory (SPEC §7: an empty one is an input error) and the judgement's step limit,
 * for every command, the justified result and the lean decision alike. A batch's file takes the
 * same checks as `grade`'s: none is skipped or written twice.
 */
export function checked<T extends Parameters<typeof checkJudgementShift>[0]>(
  criteria: Criteria, loaded: LoadedEvidence, options: GradeOptions, decide: (criteria: Criteria, evidence: LoadedEvidence['evidence'], pairing: Pairing) => T,
  ruleOf: (value: T) => string,
): Checked<T> {
  const renamed = adoptRegisteredName(loaded, options.forceNames);
  const { issues, pairing } = checkAndPair(criteria, loaded.evidence, options);
  // Positions are looked for only when there is something to say (most files of a batch: nothing).
  const diagnostics = issues.length === 0 ? [] : positionIssues(loaded, issues);
  if (renamed) diagnostics.push(renamed);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const advisoryGaps = advisoryShareGaps(criteria, loaded.evidence, pairing);
  // Decided at once, by the findings as the checks paired them (the pairing lasts until the next check).
  const value = decide(criteria, loaded.evidence, pairing);
  const gap = advisoryGaps?.get(ruleOf(value));
  if (gap) return { ok: false, diagnostics: [...diagnostics, ...positionIssues(loaded, gap)] };
  const shift = positionIssues(loaded, checkJudgementShift(value, criteria.scheme));
  if (shift.length > 0) return { ok: false, diagnostics: [...diagnostics, ...shift] };
  return { ok: true, value, diagnostics };
}

/** Checks loaded evidence against its criteria, grades it, and checks the judgement's step limit. */
export function gradeLoaded(criteria: Criteria, loaded: LoadedEvidence, options: GradeOptions = {}): GradeOutcome {
  const outcome = checked(criteria, loaded, options, gradeEvidence, (result) => result.decision.rule);
  return outcome.ok ? { ok: true, result: outcome.value, diagnostics: outcome.diagnostics } : outcome;
}

/** `gradeLoaded` without the justification (same checks, same grade): for batches and validation. */
export function decideLoaded(criteria: Criteria, loaded: LoadedEvidence, options: GradeOptions = {}):
  { ok: true; decision: GradeDecision; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const outcome = checked(criteria, loaded, options, decideGrade, (decision) => decision.rule);
  return outcome.ok ? { ok: true, decision: outcome.value, diagnostics: outcome.diagnostics } : outcome;
}
