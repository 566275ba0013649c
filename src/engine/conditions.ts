import type { Counted } from '../criteria/scheme/model.js';
import type { CompiledCondition, CompiledScheme } from '../criteria/scheme/compile.js';
import type { GradingState } from './state.js';
import { compareRatio } from './thresholds.js';

/** What a condition measured: how many of how many, and for scores the sum over the most it could be. */
export interface Measure {
  /** Criteria counted (count, share), factors met, concerns recorded, or the score sum. */
  count: number;
  /** Applicable criteria selected; factors in all; for a score, the most the sum could be. */
  total: number;
}

/** Whether a criterion at value index `value` is counted (`offset` the lowest score, `metIndex` the index of `metAt`). */
export function counts(counted: Counted, value: number, offset: number, metIndex: number): boolean {
  if (counted === 'met') return value >= metIndex;
  if (counted === 'unmet') return value < metIndex;
  if ('scoreAtLeast' in counted) return value + offset >= counted.scoreAtLeast;
  return value + offset <= counted.scoreAtMost;
}

/** The measure of a condition in a state. */
export function measure(condition: CompiledCondition, compiled: CompiledScheme, state: GradingState): Measure {
  return measureInto(condition, compiled, state, { count: 0, total: 0 });
}

/** `measure`, written into `out` (the decision and the search measure often: no object each time). */
function measureInto(condition: CompiledCondition, compiled: CompiledScheme, state: GradingState, out: Measure): Measure {
  if (condition.kind === 'factors') { out.count = state.factorsMet; out.total = state.factorsTotal; return out; }
  if (condition.kind === 'concerns') { out.count = state.concerns; out.total = state.concerns; return out; }
  const scores = compiled.scheme.scores;
  const offset = scores?.min ?? 0;
  const metIndex = scores ? scores.metAt - scores.min : 1;
  const { width, hist, inSelection } = state;
  let count = 0;
  let total = 0;
  for (let k = 0; k < inSelection.length; k++) {
    if (!(inSelection[k] as boolean[])[condition.selection]) continue;
    for (let v = 0; v < width; v++) {
      const n = hist[k * width + v] as number;
      if (n === 0) continue;
      total += n;
      if (condition.kind === 'score') count += n * (v + offset);
      else if (counts(condition.counted, v, offset, metIndex)) count += n;
    }
  }
  out.count = count;
  out.total = condition.kind === 'score' ? total * (scores?.max ?? 1) : total;
  return out;
}

const scratch: Measure = { count: 0, total: 0 };

/** The number a measure is compared with: the value, or for `all` the size of the set. */
export function target(condition: CompiledCondition, m: Measure): number {
  return condition.value === 'all' ? m.total : condition.value;
}

/** Whether a measure meets its condition's comparator; a share of an empty set never holds. */
export function compare(condition: CompiledCondition, m: Measure): boolean {
  let order: number;
  if (condition.kind === 'share' || condition.kind === 'score') {
    if (m.total === 0) return false;
    order = compareRatio(m.count, m.total, target(condition, m));
  } else {
    const value = target(condition, m);
    order = m.count === value ? 0 : m.count > value ? 1 : -1;
  }
  switch (condition.comparator) {
    case 'atLeast': return order >= 0;
    case 'moreThan': return order > 0;
    case 'atMost': return order <= 0;
    default: return order < 0;
  }
}

/** Whether a condition holds in a state. */
export function holds(condition: CompiledCondition, compiled: CompiledScheme, state: GradingState): boolean {
  return compare(condition, measureInto(condition, compiled, state, scratch));
}

/** Whether every condition of a list holds. */
export function allHold(conditions: readonly CompiledCondition[], compiled: CompiledScheme, state: GradingState): boolean {
  for (let i = 0; i < conditions.length; i++) if (!holds(conditions[i] as CompiledCondition, compiled, state)) return false;
  return true;
}

