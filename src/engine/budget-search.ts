import { everyOutcomeFromOne, boundsOf, sumRange, tailOptions, type TailBounds, type TailOption } from './tails.js';
import type { MeasuredClass, MeasureSpace } from './measures.js';
import type { GradingState } from './state.js';
import { moveKey, passing, slide, slideBack, windowMeasure } from './score-window.js';
import { topSteps, withFactors, type Advance, type BucketSummary, type Move, type Tried } from './search-shared.js';

/** Whether capped measure rises and a count of factors met reach the goal. */
export type Reached = (rises: ArrayLike<number>, factors: number) => boolean;

/** Bounds with one tail's lower bound raised to at least `value`. */
function withLow(bounds: TailBounds, t: number, value: number): TailBounds {
  const lo = new Map(bounds.lo);
  lo.set(t, Math.max(lo.get(t) ?? 0, value));
  return { lo, hi: bounds.hi };
}

const within = (range: [number, number] | undefined, sum: number) => range !== undefined && range[0] <= sum && sum <= range[1];

/**
 * The steps of a class worth trying in an outcome, up to `most`: every count to the top, or where
 * the class alone feeds its score measures only the least steps and the turning ones.
 */
function stepsOf(t: Tried, option: TailOption, most: number): number[] {
  const top = Math.min(most, topSteps(t, option));
  if (top < option.low) return [];
  if (t.m.scoreTurns) return [option.low, ...t.m.scoreTurns.filter((s) => s > option.low && s <= top)];
  return Array.from({ length: top - option.low + 1 }, (_v, j) => option.low + j);
}

/** Every way within `budget` steps, the cheapest per capped measures; null when none reaches the goal, undefined past the work limit. */
export function withinBudget(state: GradingState, space: MeasureSpace, mult: readonly number[], advance: Advance,
  reached: Reached, up: boolean, budget: number, work: { done: number; limit: number }, atLeast = 0): BucketSummary | null | undefined {
  const tried: Tried[] = [];
  for (const m of space.classes) {
    const options = tailOptions(m.tails, m.cuts, m.cutCaps, m.cutTurns, budget, work.limit - work.done);
    if (!options) return undefined;
    work.done += options.length;
    tried.push({ m, options, cutAdds: options.map((o) => m.cutMeasures.flatMap((ms, i) => ms.map((d): [number, number] => [d, o.rises[i] as number]))) });
  }
  // Visits each way a class can take from a layer's key within the budget, cheapest outcomes first.
  // Once the last class feeding a measure is in, only which turning rise it passed matters: keys that differ no more merge.
  const settledAt = tried.map(() => [] as number[]);
  space.caps.forEach((_c, d) => {
    let last = -1;
    tried.forEach((t, i) => { if (t.m.cutMeasures.some((ms) => ms.includes(d)) || t.m.scoreMeasures.includes(d)) last = i; });
    if (last >= 0) (settledAt[last] as number[]).push(d);
  });
  const settle = (key: number, i: number): number => {
    let out = key;
    for (const d of settledAt[i] as number[]) {
      const v = Math.floor(key / (mult[d] as number)) % ((space.caps[d] as number) + 1);
      let passed = 0;
      for (const turn of space.turns[d] as number[]) if (turn <= v) passed = turn;
      out -= (v - passed) * (mult[d] as number);
    }
    return out;
  };
  const eachMove = (i: number, key: number, cost: number, visit: (next: number, spent: number, move: Move) => void): void => {
    const t = tried[i] as Tried;
    const scoreAdds: Array<[number, number]> = t.m.scoreMeasures.map((d) => [d, 0]);
    for (let j = 0; j < t.options.length; j++) {
      const option = t.options[j] as TailOption;
      if (cost + option.low > budget) break;
      const afterCuts = advance(key, t.cutAdds[j] as Array<[number, number]>);
      for (const steps of stepsOf(t, option, budget - cost)) {
        for (const add of scoreAdds) add[1] = steps;
        visit(settle(steps > 0 ? advance(afterCuts, scoreAdds) : afterCuts, i), cost + steps, { option, steps });
      }
    }
  };
  const layers: Array<Map<number, number>> = [new Map([[0, 0]])];
  // Per key, the most classes that move in a cheapest way there (one moving class is needed for "all on one").
  let moving = new Map<number, number>([[0, 0]]);
  for (let i = 0; i < tried.length; i++) {
    const to = new Map<number, number>();
    const movingTo = new Map<number, number>();
    const from = layers[layers.length - 1] as Map<number, number>;
    const windowAt = windowMeasure(tried[i] as Tried, state.width, atLeast);
    if (windowAt >= 0) {
      // All on one needs fewer steps than a criterion has values: not in question here, so the count of moving classes is not kept.
      const pass = passing(space, settledAt[i] as number[], windowAt);
      if (!slide(tried[i] as Tried, windowAt, from, to, { caps: space.caps, mult, advance, settle: (key) => settle(key, i), passed: pass, budget, work })) return undefined;
      for (const key of to.keys()) movingTo.set(key, 2);
      layers.push(to);
      moving = movingTo;
      continue;
    }
    for (const [key, cost] of from) {
      if (work.done > work.limit) return undefined;
      const before = moving.get(key) as number;
      eachMove(i, key, cost, (next, spent, move) => {
        work.done++;
        const old = to.get(next);
        const count = before + (move.steps > 0 ? 1 : 0);
        if (old === undefined || spent < old) { to.set(next, spent); movingTo.set(next, count); }
        else if (spent === old && count > (movingTo.get(next) as number)) movingTo.set(next, count);
      });
    }
    layers.push(to);
    moving = movingTo;
  }
  const { best, goals } = cheapestGoals(state, space, mult, layers[layers.length - 1] as Map<number, number>, reached, up);
  if (best === null || best > budget) return null;
  let wanted = new Set(goals.map((g) => g.key));
  const chosen: Move[][] = [];
  for (let i = tried.length; i >= 1; i--) {
    const to = layers[i] as Map<number, number>;
    const before = new Set<number>();
    const used = new Map<string, Move>();
    const windowAt = windowMeasure(tried[i - 1] as Tried, state.width, atLeast);
    if (windowAt >= 0) {
      const pass = passing(space, settledAt[i - 1] as number[], windowAt);
      slideBack(tried[i - 1] as Tried, windowAt, layers[i - 1] as Map<number, number>, to, wanted,
        { caps: space.caps, mult, advance, settle: (key) => settle(key, i - 1), passed: pass, budget, work }, before, used);
      chosen[i - 1] = [...used.values()];
      wanted = before;
      continue;
    }
    for (const [key, cost] of layers[i - 1] as Map<number, number>) {
      eachMove(i - 1, key, cost, (next, spent, move) => {
        if (!wanted.has(next) || spent !== to.get(next)) return;
        before.add(key);
        used.set(moveKey(move.option, move.steps), move);
      });
    }
    chosen[i - 1] = [...used.values()];
    wanted = before;
  }
  const movingClasses = Math.max(0, ...goals.map((g) => moving.get(g.key) as number));
  return summarise(space.classes, chosen, goals.map((g) => g.factors), state, up, best, movingClasses);
}

/** The least total (steps and factors) of the outcomes that reach the goal, and those outcomes. */
function cheapestGoals(state: GradingState, space: MeasureSpace, mult: readonly number[],
  last: ReadonlyMap<number, number>, reached: Reached, up: boolean): { best: number | null; goals: Array<{ key: number; factors: number }> } {
  const rises = new Array<number>(space.caps.length).fill(0);
  let best = Infinity;
  let goals: Array<{ key: number; factors: number }> = [];
  for (const [key, cost] of last) {
    space.caps.forEach((cap, d) => { rises[d] = Math.floor(key / (mult[d] as number)) % (cap + 1); });
    for (let f = state.factorsMet; f >= 0 && f <= state.factorsTotal; f += up ? 1 : -1) {
      const total = cost + Math.abs(f - state.factorsMet);
      if (total > best) break;
      if (!reached(rises, f)) continue;
      if (total < best) { best = total; goals = []; }
      goals.push({ key, factors: f });
      break;
    }
  }
  return { best: best === Infinity ? null : best, goals };
}

/**
 * Which buckets change in some cheapest way (a criterion at step p passes it: the tail at p + 1
 * rises), and which in every one (no cheapest way leaves a criterion at p), over the outcomes
 * each class takes in some cheapest way.
 */
function summarise(classes: readonly MeasuredClass[], chosen: readonly Move[][], factorsAt: readonly number[], state: GradingState,
  up: boolean, best: number, movingClasses: number): BucketSummary {
  const { width } = state;
  const moved = new Set<number>();
  const always = new Set<number>();
  classes.forEach((m, i) => {
    const { tails } = m;
    for (let p = 0; p < width; p++) {
      if ((tails.start[p] as number) === (tails.start[p + 1] as number)) continue;
      const ways = chosen[i] as Move[];
      const at = m.k * width + (up ? p : width - 1 - p);
      const passes = p < width - 1 && ways.some((w) => within(sumRange(tails, withLow(boundsOf(w.option, m.cuts), p + 1, (tails.start[p + 1] as number) + 1)), tails.startSum + w.steps));
      if (!passes) continue;
      moved.add(at);
      if (!ways.some((w) => within(sumRange(tails, boundsOf(w.option, m.cuts), p), tails.startSum + w.steps))) always.add(at);
    }
  });
  // All on one criterion: one class moves in every cheapest way, and every outcome it takes moves one criterion.
  const fromOne = best >= 2 && best < width && movingClasses === 1
    && classes.every((m, i) => (chosen[i] as Move[]).every((w) => w.steps === 0 || everyOutcomeFromOne(m.tails, boundsOf(w.option, m.cuts), w.steps)));
  return withFactors({ changesNeeded: best, moved, always }, factorsAt, state, up, fromOne);
}
