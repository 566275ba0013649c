import type { Scheme } from '../criteria/scheme/model.js';
import { JUDGEMENT_SHIFT, rankOf, titleOf } from '../criteria/scheme/model.js';
import type { Issue } from '../shared/diagnostics.js';
import type { GradeResult } from './result.js';

/** Grades a judgement may move when the scheme names no `maxJudgementShift` (SPEC §1 default). */
const DEFAULT_SHIFT = 1;

/**
 * A professional judgement may move the grade at most `maxJudgementShift` steps of the scheme's
 * scale from the computed grade (SPEC §1); more, or a grade not on the scale, is an input error
 * on `judgement.grade`.
 */
export function checkJudgementShift(result: Pick<GradeResult, 'judgement' | 'computedGrade' | 'thresholds'>, scheme: Pick<Scheme, 'grades'>): Issue[] {
  const judgement = result.judgement;
  if (!judgement) return [];
  const judged = rankOf(scheme, judgement.grade);
  if (judged < 0) return [];
  const shift = Math.abs(judged - rankOf(scheme, result.computedGrade));
  const limit = result.thresholds[JUDGEMENT_SHIFT] ?? DEFAULT_SHIFT;
  if (shift <= limit) return [];
  return [{
    code: 'judgement-shift', severity: 'error', path: ['judgement', 'grade'],
    message: `the judged grade ${titleOf(scheme.grades, judgement.grade)} is ${shift} steps from the computed grade `
      + `${titleOf(scheme.grades, result.computedGrade)}; a judgement may move it at most ${limit} step${limit === 1 ? '' : 's'}`,
  }];
}
