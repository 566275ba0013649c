import type { Pairing } from '../evidence/check.js';
import type { Criteria } from '../criteria/model.js';
import type { Evidence, Judgement } from '../evidence/model.js';
import { advisoriesOf } from './advisories.js';
import { fewestCount } from './changes.js';
import { decideState } from './decide.js';
import { inputsOf } from './grade.js';
import type { Advisory } from './result.js';

/**
 * What a criteria test case can compare (`grade test`), and what the judgement's step limit reads
 * (`checkJudgementShift`). The next grade's and the margin's number of changes are searched only
 * when asked for: a case compares them only when it expects them.
 */
export interface TestedDecision {
  grade: string;
  computedGrade: string;
  judgement: Judgement | null;
  thresholds: Criteria['thresholds'];
  /** The id of the rule that held. */
  rule: string;
  /** The ids of the limiters that lowered the rule's grade, in order. */
  limiters: readonly string[];
  advisories: Advisory[];
  incomplete: boolean;
  /** `nextGrade.changesNeeded` of the full result: null at the top grade or when no change reaches the next one. */
  nextGradeChanges(): number | null;
  /** `margin.changesNeeded` of the full result: null at the lowest grade or when no change lowers it. */
  marginChanges(): number | null;
}

/**
 * The values of `gradeEvidence`'s result that a criteria test case compares (grade, rule,
 * computed grade, next grade's and margin's changes, limiters, advisories, incomplete), by the
 * same state, decision and exact search, without building the justification (reasons, the
 * candidates, counts, the scheme's summary, the direction). Pure; equal to the full result's
 * values (test/engine/tested.test.ts).
 */
export function testedDecision(criteria: Criteria, evidence: Evidence, pairing?: Pairing): TestedDecision {
  const { compiled, sets, state } = inputsOf(criteria, evidence, pairing);
  const decided = decideState(compiled, state);
  const judgement = evidence.judgement ?? null;
  const { grades } = compiled.scheme;
  return {
    grade: judgement?.grade ?? decided.grade,
    computedGrade: decided.grade,
    judgement,
    thresholds: criteria.thresholds,
    rule: decided.rule.id,
    limiters: decided.limiters,
    advisories: advisoriesOf(compiled, state, decided),
    incomplete: sets.missing.length > 0,
    nextGradeChanges: () => (grades[decided.rank + 1] ? fewestCount(compiled, state, decided.rank + 1, true, decided.rank) : null),
    marginChanges: () => (grades[decided.rank - 1] ? fewestCount(compiled, state, decided.rank, false, decided.rank) : null),
  };
}
