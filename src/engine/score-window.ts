import { topSteps, type Advance, type Move, type Tried } from './search-shared.js';
import type { MeasureSpace } from './measures.js';
import type { TailOption } from './tails.js';

/** What a class's score steps are added with: the key layout, the settling of finished measures, the budget. */
export interface WindowContext {
  caps: readonly number[];
  mult: readonly number[];
  advance: Advance;
  settle: (key: number) => number;
  /** What a rise of the score measure becomes once settled at this class. */
  passed: (rise: number) => number;
  budget: number;
  work: { done: number; limit: number };
}

/**
 * The score measure whose steps a class adds as a range, or -1: a class that feeds one score
 * measure with other classes, once the search needs at least as many steps as a criterion has
 * values (so "all on one" is out of the question). Adding every step count of a range to every
 * key costs keys × steps; as a sliding minimum it costs keys.
 */
export function windowMeasure(t: Tried, width: number, atLeast: number): number {
  if (atLeast < width || t.m.scoreMeasures.length !== 1 || t.m.scoreTurns) return -1;
  return t.m.scoreMeasures[0] as number;
}

/** What a rise of measure d becomes when the class settles it (its last turning rise passed), else the rise. */
export function passing(space: MeasureSpace, settled: readonly number[], d: number): (rise: number) => number {
  if (!settled.includes(d)) return (rise) => rise;
  const turns = space.turns[d] as number[];
  return (rise) => {
    let passed = 0;
    for (const turn of turns) if (turn <= rise) passed = turn;
    return passed;
  };
}

/** The key of a move, for the set of moves some cheapest way takes. */
export const moveKey = (option: TailOption, steps: number) => `${option.lo.join(',')}|${option.hi.join(',')}|${steps}`;

/**
 * Adds a class to a layer when its steps feed one score measure: per outcome, keys that differ
 * only in that measure form a row, and the cheapest cost at rise r' is r' plus the least of
 * (cost − r) over the rows' rises r the outcome's step range reaches from. False past the work limit.
 */
export function slide(t: Tried, d: number, from: ReadonlyMap<number, number>, to: Map<number, number>, ctx: WindowContext): boolean {
  const cap = ctx.caps[d] as number;
  const m = ctx.mult[d] as number;
  const put = (key: number, cost: number) => {
    const k = ctx.settle(key);
    const old = to.get(k);
    if (old === undefined || cost < old) to.set(k, cost);
  };
  for (let j = 0; j < t.options.length; j++) {
    const option = t.options[j] as TailOption;
    const low = option.low;
    const top = topSteps(t, option);
    const rows = new Map<number, Float64Array>();
    for (const [key, cost] of from) {
      if (cost + low > ctx.budget) continue;
      const base = ctx.advance(key, t.cutAdds[j] as Array<[number, number]>);
      const v = Math.floor(base / m) % (cap + 1);
      let row = rows.get(base - v * m);
      if (!row) rows.set(base - v * m, (row = new Float64Array(cap + 1).fill(Infinity)));
      if (cost < (row[v] as number)) row[v] = cost;
    }
    for (const [rest, row] of rows) {
      if ((ctx.work.done += cap + 1) > ctx.work.limit) return false;
      const queue: number[] = [];
      let head = 0;
      let next = 0;
      const h = (v: number) => (row[v] as number) - v;
      for (let to2 = low; to2 < cap; to2++) {
        for (; next <= to2 - low; next++) {
          while (queue.length > head && h(queue[queue.length - 1] as number) >= h(next)) queue.pop();
          queue.push(next);
        }
        while (queue.length > head && (queue[head] as number) < to2 - top) head++;
        if (queue.length === head) continue;
        const v = queue[head] as number;
        const cost = (row[v] as number) + (to2 - v);
        if (cost <= ctx.budget) put(rest + to2 * m, cost);
      }
      let atCap = Infinity;
      for (let v = 0; v <= cap; v++) {
        const steps = Math.max(low, cap - v);
        if (steps <= top) atCap = Math.min(atCap, (row[v] as number) + steps);
      }
      if (atCap <= ctx.budget) put(rest + cap * m, atCap);
    }
  }
  return true;
}

/** The way back through a class added by `slide`: the keys before it and the moves on some cheapest way to `wanted`. */
export function slideBack(t: Tried, d: number, from: ReadonlyMap<number, number>, to: ReadonlyMap<number, number>, wanted: ReadonlySet<number>,
  ctx: WindowContext, before: Set<number>, used: Map<string, Move>): void {
  const cap = ctx.caps[d] as number;
  const m = ctx.mult[d] as number;
  const byRest = new Map<number, number[]>();
  for (const b of wanted) {
    const v = Math.floor(b / m) % (cap + 1);
    const list = byRest.get(b - v * m) ?? [];
    list.push(v);
    byRest.set(b - v * m, list);
  }
  for (let j = 0; j < t.options.length; j++) {
    const option = t.options[j] as TailOption;
    const top = topSteps(t, option);
    for (const [key, cost] of from) {
      if (cost + option.low > ctx.budget) continue;
      const base = ctx.advance(key, t.cutAdds[j] as Array<[number, number]>);
      const v = Math.floor(base / m) % (cap + 1);
      const rest = ctx.settle(base - v * m);
      for (const wantedRise of byRest.get(rest) ?? []) {
        const steps = (to.get(rest + wantedRise * m) as number) - cost;
        if (steps < option.low || steps > top || ctx.passed(Math.min(cap, v + steps)) !== wantedRise) continue;
        before.add(key);
        used.set(moveKey(option, steps), { option, steps });
      }
    }
  }
}
