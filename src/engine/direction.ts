import type { Criteria } from '../criteria/model.js';
import type { Evidence } from '../evidence/model.js';
import { movementBetween } from '../shared/movement.js';
import type { Direction } from './result.js';

/**
 * The direction of travel from the grade of an earlier round (SPEC §3 `previous`): compared on
 * this framework's scale, and not compared (`not-comparable`) when the earlier grade was for
 * another framework or is not a grade of this scheme.
 */
export function directionOf(criteria: Criteria, evidence: Evidence, grade: string): Direction | null {
  const previous = evidence.previous;
  if (!previous) return null;
  const grades = criteria.scheme.grades.map((g) => g.id);
  const before = grades.indexOf(previous.grade);
  const now = grades.indexOf(grade);
  const base = { previous: previous.grade, round: previous.round };
  if (previous.framework !== undefined && previous.framework !== criteria.framework) {
    return { ...base, movement: 'not-comparable', note: `graded as the framework ${previous.framework} in ${previous.round}, as ${criteria.framework} now` };
  }
  if (before < 0) return { ...base, movement: 'not-comparable', note: `"${previous.grade}" is not a grade of ${criteria.scheme.id}` };
  return { ...base, movement: movementBetween(before, now) };
}
