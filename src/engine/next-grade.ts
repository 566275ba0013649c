import { GRADES, gradeRank, type Grade } from '../shared/grades.js';
import { isMet } from './classify.js';
import type { RuleInputs } from './rule-inputs.js';
import type { NextGrade } from './result.js';
import { fewestMet, meetsMost, meetsVastMajority } from './thresholds.js';

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * The fewest findings that would have to become `met` for the computed grade to rise one step,
 * with the criteria and factors that could make up that number. Null at Excellent.
 */
export function nextGradeUp(computed: Grade, inputs: RuleInputs): NextGrade | null {
  const target = GRADES[gradeRank(computed) + 1];
  if (target === undefined) return null;
  const { sets, thresholds, goodMet } = inputs;
  const unmetGood = sets.good.filter((c) => !isMet(c)).map((c) => c.id);

  if (target === 'fair') {
    const required = unique([...inputs.failedDominant, ...inputs.failedSignificant].map((c) => c.id));
    return { grade: target, changesNeeded: required.length, candidates: required, required, additional: 0 };
  }
  if (target === 'good') {
    const required = unique([...inputs.failedDominant, ...inputs.failedFair].map((c) => c.id));
    const needed = fewestMet(sets.good.length, (met) => meetsMost(met, sets.good.length, thresholds)) ?? sets.good.length;
    const additional = Math.max(0, needed - goodMet);
    return { grade: target, changesNeeded: required.length + additional,
      candidates: unique([...required, ...(additional > 0 ? unmetGood : [])]), required, additional };
  }
  const required = inputs.factors.filter((f) => f.status !== 'met').map((f) => f.factor);
  const needed = fewestMet(sets.good.length, (met) => meetsVastMajority(met, sets.good.length, thresholds)) ?? sets.good.length;
  const additional = Math.max(0, needed - goodMet);
  return { grade: target, changesNeeded: required.length + additional,
    candidates: unique([...(additional > 0 ? unmetGood : []), ...required]), required, additional };
}
