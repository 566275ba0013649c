import type { CompiledScheme } from '../criteria/scheme/compile.js';
import { allHold, measure, type Measure } from './conditions.js';
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
  if (!advisory || !allHold(advisory.when, compiled, state)) return NO_ADVISORIES;
  const measures = advisory.when.map((c) => measure(c, compiled, state));
  // The words depend on the counts alone: said once per scheme and counts (a round repeats them).
  const key = `${decided.rule.id}|${measures.map((m) => `${m.count}/${m.total}`).join('|')}`;
  let memo = messages.get(compiled);
  if (!memo) messages.set(compiled, (memo = new Map<string, string>()));
  let message = memo.get(key);
  if (message === undefined) {
    const words = advisory.when.map((c, i) => conditionWords(compiled, c, measures[i] as Measure, ''));
    message = `${gradeTitle(compiled, decided.rule.grade)} by rule "${decided.rule.id}" with ${words.join('; ')}: refer the grade to moderation`;
    if (memo.size < 10_000) memo.set(key, message);
  }
  return [{ code: advisory.code, message }];
}

const messages = new WeakMap<CompiledScheme, Map<string, string>>();

/** Most results have no advisory: one shared empty list (nothing writes to it). */
const NO_ADVISORIES: Advisory[] = [];
