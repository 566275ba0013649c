import type { Criteria } from '../criteria/model.js';
import type { Evidence } from '../evidence/model.js';
import { fewestCount } from './changes.js';
import { decisionCore } from './decision-core.js';
import { decisionOf, inputsOf, type GradeDecision } from './grade.js';

/**
 * What a criteria test case can compare (`grade test`): the decision, and `nextGrade`'s number
 * of changes without its candidates.
 */
export interface TestedDecision extends GradeDecision {
  /** `nextGrade.changesNeeded` of the full result: null at the top grade or when no change reaches the next one. */
  nextGradeChanges: number | null;
}

/**
 * The values of `gradeEvidence`'s result that a criteria test case compares (grade, rule,
 * computed grade, next grade's and margin's changes, limiters, advisories, incomplete), by the
 * same state, decision and exact search, without building the justification (reasons, next
 * grade's and margin's candidates, counts): what `grade test` needs of each case. Pure; equal
 * to the full result's values (test/engine/tested.test.ts).
 */
export function testedDecision(criteria: Criteria, evidence: Evidence): TestedDecision {
  const { compiled, sets, state } = inputsOf(criteria, evidence);
  const core = decisionCore(compiled, state);
  const up = core.decided.rank + 1;
  const nextGradeChanges = compiled.scheme.grades[up] ? fewestCount(compiled, state, up, true) : null;
  return { ...decisionOf(compiled, evidence, sets.missing, core), nextGradeChanges };
}
