import type { Issue } from '../shared/diagnostics.js';
import { GRADE_TITLES, gradeRank } from '../shared/grades.js';
import type { GradeResult } from './result.js';

/**
 * A professional judgement may move the grade at most `maxJudgementShift` steps from the
 * computed grade (SPEC §1); more is an input error on `judgement.grade`.
 */
export function checkJudgementShift(result: Pick<GradeResult, 'judgement' | 'computedGrade' | 'thresholds'>): Issue[] {
  const judgement = result.judgement;
  if (!judgement) return [];
  const shift = Math.abs(gradeRank(judgement.grade) - gradeRank(result.computedGrade));
  const limit = result.thresholds.maxJudgementShift;
  if (shift <= limit) return [];
  return [{
    code: 'judgement-shift', severity: 'error', path: ['judgement', 'grade'],
    message: `the judged grade ${GRADE_TITLES[judgement.grade]} is ${shift} steps from the computed grade `
      + `${GRADE_TITLES[result.computedGrade]}; a judgement may move it at most ${limit} step${limit === 1 ? '' : 's'}`,
  }];
}
