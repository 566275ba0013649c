import type { CompiledScheme } from '../criteria/scheme/compile.js';
import { allHold, measure } from './conditions.js';
import type { Decided } from './decide.js';
import type { Advisory } from './result.js';
import type { GradingState } from './state.js';
import { conditionWords, gradeTitle } from './words.js';

/**
 * The advisory of the deciding rule, when its own conditions hold (hmic-2007: `borderline-poor`,
 * a Poor from significant criteria alone that is not "well short"): the grade should go to moderation.
 */
export function advisoriesOf(compiled: CompiledScheme, state: GradingState, decided: Decided): Advisory[] {
  const advisory = decided.rule.advisory;
  if (!advisory || !allHold(advisory.when, compiled, state)) return [];
  const words = advisory.when.map((c) => conditionWords(compiled, c, measure(c, compiled, state), ''));
  return [{
    code: advisory.code,
    message: `${gradeTitle(compiled, decided.rule.grade)} by rule "${decided.rule.id}" with ${words.join('; ')}: refer the grade to moderation`,
  }];
}
