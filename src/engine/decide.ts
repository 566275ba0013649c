import type { CompiledCondition, CompiledRule, CompiledScheme } from '../criteria/scheme/compile.js';
import { allHold } from './conditions.js';
import type { GradingState } from './state.js';

/** The grade a scheme gives a state: the first rule that holds, then the limiters. */
export interface Decided {
  rule: CompiledRule;
  /** The grade after the limiters (the computed grade). */
  grade: string;
  rank: number;
  /** The limiters that lowered the rule's grade, in order. */
  limiters: string[];
}

/** The first rule whose conditions all hold (the last rule is `otherwise`, so one always does). */
export function firstRule(compiled: CompiledScheme, state: GradingState): CompiledRule {
  return firstRuleWhere(compiled, (when) => allHold(when, compiled, state));
}

/** The first rule whose conditions `allOf` says all hold, or the `otherwise` rule. */
function firstRuleWhere(compiled: CompiledScheme, allOf: (when: readonly CompiledCondition[]) => boolean): CompiledRule {
  const { rules } = compiled;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as CompiledRule;
    if (rule.otherwise || allOf(rule.when)) return rule;
  }
  return compiled.rules[compiled.rules.length - 1] as CompiledRule;
}

const NO_LIMITERS: string[] = [];

/** The rule that holds and the grade the limiters leave. */
export function decideState(compiled: CompiledScheme, state: GradingState): Decided {
  const rule = firstRule(compiled, state);
  let rank = rule.rank;
  // Most results have no limiter: one shared empty list (nothing writes to it).
  let limiters: string[] = NO_LIMITERS;
  for (const limiter of compiled.limiters) {
    if (limiter.rank < rank && allHold(limiter.when, compiled, state)) {
      rank = limiter.rank;
      limiters = [...limiters, limiter.id];
    }
  }
  return { rule, rank, grade: compiled.scheme.grades[rank]?.id ?? rule.grade, limiters };
}

/**
 * The rank the rules and limiters give when `allOf` says which lists of conditions hold: the one
 * grading sequence, for searches that know each condition's answer without a histogram.
 */
export function rankWhere(compiled: CompiledScheme, allOf: (when: readonly CompiledCondition[]) => boolean): number {
  let rank = firstRuleWhere(compiled, allOf).rank;
  const { limiters } = compiled;
  for (let i = 0; i < limiters.length; i++) {
    const limiter = limiters[i] as CompiledScheme['limiters'][number];
    if (limiter.rank < rank && allOf(limiter.when)) rank = limiter.rank;
  }
  return rank;
}
