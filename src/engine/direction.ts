import type { Criteria } from '../criteria/model.js';
import type { Evidence } from '../evidence/model.js';
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
  const comparable = before >= 0 && (previous.framework === undefined || previous.framework === criteria.framework);
  const movement = !comparable ? 'not-comparable' : now > before ? 'improved' : now < before ? 'deteriorated' : 'stable';
  return { previous: previous.grade, round: previous.round, movement };
}
