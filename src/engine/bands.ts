import type { CompiledCondition, CompiledScheme } from '../criteria/scheme/compile.js';
import { compare, counts } from './conditions.js';
import { rankOfState } from './decide.js';
import type { GradingState } from './state.js';
import { summariseGoals, type BucketSummary, type ClassModel, type Goal, type Option } from './band-summary.js';

export type { BucketSummary } from './band-summary.js';

/** Where the steps split into bands: between two values a met, unmet or score-bound count tells apart. */
function bandsOf(compiled: CompiledScheme, conditions: readonly CompiledCondition[], width: number, up: boolean): number[][] {
  const scores = compiled.scheme.scores;
  const offset = scores?.min ?? 0;
  const metIndex = scores ? scores.metAt - scores.min : 1;
  const cuts = new Set<number>();
  for (const c of conditions) {
    if (c.kind !== 'count' && c.kind !== 'share') continue;
    for (let t = 1; t < width; t++) {
      if (counts(c.counted, t - 1, offset, metIndex) !== counts(c.counted, t, offset, metIndex)) cuts.add(up ? t : width - t);
    }
  }
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), width];
  return bounds.slice(1).map((end, j) => [bounds[j] as number, end - 1]);
}

/** Every band-count outcome a class can reach moving only forward, with its step sums. */
function optionsOf(start: number[], bands: number[][], n: number, limit: number): Option[] | undefined {
  const startTail = bands.map(([low]) => start.slice(low).reduce((a, b) => a + b, 0));
  const out: Option[] = [];
  const tails = new Array<number>(bands.length).fill(0);
  tails[0] = n;
  const fill = (j: number): boolean => {
    if (j === bands.length) { out.push(optionFor(start, bands, tails.slice())); return out.length <= limit; }
    for (let t = startTail[j] as number; t <= (tails[j - 1] as number); t++) {
      tails[j] = t;
      if (!fill(j + 1)) return false;
    }
    return true;
  };
  return fill(1) ? out : undefined;
}

/** The least histogram with those band counts (the highest criteria fill the highest bands, each at least the band's lowest step). */
function optionFor(start: number[], bands: number[][], tails: number[]): Option {
  const least = new Array<number>(start.length).fill(0);
  let rank = 0;
  let sumMin = 0;
  let sumMax = 0;
  for (let p = start.length - 1; p >= 0; p--) {
    for (let left = start[p] as number; left > 0;) {
      let j = bands.length - 1;
      while (j > 0 && rank >= (tails[j] as number)) j--;
      const take = Math.min(left, (tails[j] as number) - rank);
      const [low = 0, high = 0] = bands[j] as number[];
      const to = Math.max(p, low);
      least[to] = (least[to] as number) + take;
      sumMin += take * to;
      sumMax += take * high;
      rank += take;
      left -= take;
    }
  }
  return { tails, least, sumMin, sumMax };
}

/**
 * The fewest steps to a goal when criteria are many and scores wide: instead of walking histograms
 * one step at a time, every outcome of band counts per class is tried, each costing its least sum
 * of steps, and the score sum between its least and most at the few sums where a score condition
 * turns. Exact under two conditions, else undefined (the caller searches step by step): every
 * score condition selects the same classes, and the outcomes number at most `limit`.
 */
export function searchByBands(compiled: CompiledScheme, state: GradingState, goalRank: number, up: boolean, limit: number): BucketSummary | undefined {
  const { width, hist, inSelection } = state;
  const conditions = [...compiled.rules.flatMap((r) => r.when), ...compiled.limiters.flatMap((l) => l.when)];
  const scoreConditions = conditions.filter((c) => c.kind === 'score');
  const bands = bandsOf(compiled, conditions, width, up);
  const models: ClassModel[] = [];
  let groupKey: string | undefined;
  let outcomes = 1;
  for (let k = 0; k < inSelection.length; k++) {
    const values = hist.slice(k * width, (k + 1) * width);
    const n = values.reduce((a, b) => a + b, 0);
    if (n === 0) continue;
    const key = scoreConditions.map((c) => ((inSelection[k] as boolean[])[c.selection] ? '1' : '0')).join('');
    const inGroup = key.includes('1');
    if (inGroup && groupKey !== undefined && key !== groupKey) return undefined;
    if (inGroup) groupKey = key;
    const start = up ? values : values.slice().reverse();
    const options = optionsOf(start, bands, n, limit);
    if (!options || (outcomes *= options.length) > limit) return undefined;
    models.push({ k, n, start, inGroup, options, startSum: start.reduce((a, c, p) => a + c * p, 0) });
  }
  const groupAt = models.flatMap((m, i) => (m.inGroup ? [i] : []));
  const turns = turningSums(compiled, scoreConditions, groupAt.reduce((a, i) => a + (models[i] as ClassModel).n, 0), width, up);
  const probe: GradingState = { ...state, hist: hist.slice() };
  const reached = (chosen: readonly Option[], groupSum: number, factors: number): boolean => {
    writeHistogram(probe.hist, models, chosen, groupSum, bands, width, up);
    probe.factorsMet = factors;
    const rank = rankOfState(compiled, probe);
    return up ? rank >= goalRank : rank < goalRank;
  };
  const factorChoices: number[] = [];
  for (let f = state.factorsMet; f >= 0 && f <= state.factorsTotal; f += up ? 1 : -1) factorChoices.push(f);
  let best = Infinity;
  let goals: Goal[] = [];
  const chosen: Option[] = [];
  const visit = (at: number, cost: number): void => {
    if (cost > best) return;
    if (at < models.length) {
      const m = models[at] as ClassModel;
      for (const option of m.options) {
        chosen[at] = option;
        visit(at + 1, cost + option.sumMin - m.startSum);
      }
      return;
    }
    let low = 0;
    let high = 0;
    for (const i of groupAt) { low += (chosen[i] as Option).sumMin; high += (chosen[i] as Option).sumMax; }
    for (const factors of factorChoices) {
      const fixed = cost + Math.abs(factors - state.factorsMet);
      for (const sum of [low, ...turns.filter((t) => t > low && t <= high)]) {
        const total = fixed + sum - low;
        if (total > best) break;
        if (!reached(chosen, sum, factors)) continue;
        if (total < best) { best = total; goals = []; }
        goals.push({ options: chosen.slice(), group: sum, factors });
        break;
      }
    }
  };
  visit(0, 0);
  if (best === Infinity) return { changesNeeded: null, moved: new Set(), always: new Set(), factors: false, factorsRequired: false };
  return summariseGoals(models, groupAt, goals, bands, state, up, best);
}

/** The step sums of the score group from which some score condition gives another answer. */
function turningSums(compiled: CompiledScheme, conditions: readonly CompiledCondition[], n: number, width: number, up: boolean): number[] {
  if (n === 0) return [];
  const scores = compiled.scheme.scores;
  const offset = scores?.min ?? 0;
  const total = n * (scores?.max ?? 1);
  const out = new Set<number>();
  for (const c of conditions) {
    const holdsAt = (v: number) => compare(c, { count: v, total });
    // Monotone in the sum for a fixed total: the first sum whose answer differs from the least sum's.
    let lo = n * offset;
    let hi = n * (offset + width - 1) + 1;
    const first = holdsAt(lo);
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (holdsAt(mid) !== first) hi = mid; else lo = mid + 1;
    }
    const steps = up ? lo - n * offset : n * (width - 1) - (lo - n * offset) + 1;
    out.add(steps);
  }
  return [...out].sort((a, b) => a - b);
}

/** Writes the histogram (value order) of the chosen outcomes, the group's extra steps spread up to the bands' tops. */
function writeHistogram(target: number[], models: readonly ClassModel[], chosen: readonly Option[], groupSum: number,
  bands: readonly number[][], width: number, up: boolean): void {
  target.fill(0);
  let extra = groupSum;
  models.forEach((m, i) => { if (m.inGroup) extra -= (chosen[i] as Option).sumMin; });
  models.forEach((m, i) => {
    const counts = (chosen[i] as Option).least.slice();
    if (m.inGroup) extra = raise(counts, bands, extra);
    for (let p = 0; p < width; p++) target[m.k * width + (up ? p : width - 1 - p)] = counts[p] as number;
  });
}

/** Raises criteria of one class within their bands by up to `extra` steps in all; returns what is left. */
function raise(counts: number[], bands: readonly number[][], extra: number): number {
  for (const [low = 0, high = 0] of bands) {
    for (let p = low; p < high && extra > 0; p++) {
      const move = Math.min(counts[p] as number, extra);
      counts[p] = (counts[p] as number) - move;
      counts[p + 1] = (counts[p + 1] as number) + move;
      extra -= move;
    }
  }
  return extra;
}
