import type { Criteria } from '../criteria/model.js';
import type { CompiledCondition, CompiledScheme } from '../criteria/scheme/compile.js';
import { measure, type Measure } from './conditions.js';
import type { Decided } from './decide.js';
import type { CriterionResult, FactorResult } from './result.js';
import type { GradingState } from './state.js';

/** What the words of a result are made from: the compiled scheme, the state, and the criteria as graded. */
export interface ExplainContext {
  compiled: CompiledScheme;
  criteria: Criteria;
  state: GradingState;
  decided: Decided;
  all: readonly CriterionResult[];
  factors: readonly FactorResult[];
}

/** A condition's measure in the context's state. */
export function measured(context: ExplainContext, condition: CompiledCondition): Measure {
  return measure(condition, context.compiled, context.state);
}

/** True when the criterion at `position` is in the condition's selection (given its critical mark). */
export function inSelection(context: ExplainContext, condition: CompiledCondition, position: number): boolean {
  const selection = context.compiled.selections[condition.selection];
  const c = context.all[position];
  if (!selection || !c || c.status === 'not-applicable') return false;
  return (selection.always[position] ?? false) || (c.critical && (selection.ifCritical[position] ?? false));
}

/** Whether a criterion is one the condition counts (met, unmet, or by score). */
function isCounted(context: ExplainContext, condition: CompiledCondition, c: CriterionResult): boolean {
  const counted = condition.counted;
  const scores = context.compiled.scheme.scores;
  const met = scores && c.score !== undefined ? c.score >= scores.metAt : c.status === 'met';
  if (counted === 'met') return met;
  if (counted === 'unmet') return !met;
  const score = c.score ?? Number.NaN;
  return 'scoreAtLeast' in counted ? score >= counted.scoreAtLeast : score <= counted.scoreAtMost;
}

/** The criteria a count or share condition counts, in criteria order. */
export function countedCriteria(context: ExplainContext, condition: CompiledCondition): CriterionResult[] {
  const out: CriterionResult[] = [];
  context.all.forEach((c, i) => {
    if (inSelection(context, condition, i) && isCounted(context, condition, c)) out.push(c);
  });
  return out;
}

/**
 * What a criterion is in the words of a selection: the first selector of it that it matches
 * (its flag, `critical` when only the evidence's mark selects it, its level, its theme).
 */
export function labelIn(context: ExplainContext, condition: CompiledCondition | undefined, c: CriterionResult): string {
  const selectors = condition ? context.compiled.selections[condition.selection]?.selectors ?? [] : [];
  for (const s of selectors) {
    if ((s.level === undefined || s.level === c.level) && (s.flag === undefined || c.flags.includes(s.flag))
      && (s.theme === undefined || s.theme === c.theme) && (s.critical !== true || c.critical)) {
      return s.flag ?? (s.critical === true ? 'critical' : s.level ?? s.theme ?? c.level);
    }
  }
  return c.flags[c.flags.length - 1] ?? (c.critical ? 'critical' : c.level);
}

/** A label in words: a flag's or level's title, or "marked critical in the evidence". */
export function labelWords(context: ExplainContext, label: string): string {
  if (label === 'critical') return 'marked critical in the evidence';
  const { scheme } = context.compiled;
  return scheme.flags.find((f) => f.id === label)?.title ?? scheme.levels.find((l) => l.id === label)?.title ?? label;
}
