import type { GradingState } from './state.js';

/** The fewest changes by bucket ([class][value] of the state), the same for every state alike. */
export interface BucketSummary {
  changesNeeded: number | null;
  /** Buckets some of whose criteria change in some fewest way; those all of whose criteria change in every one. */
  moved: ReadonlySet<number>;
  always: ReadonlySet<number>;
  factors: boolean;
  factorsRequired: boolean;
  /** True only when no search could finish: the count is then not known. */
  unknown?: boolean;
}

/**
 * One class seen in steps of progress (p = value going up, max − value going down): its start
 * counts, and per band (values no count condition tells apart) its lowest and highest step.
 */
export interface ClassModel { k: number; n: number; start: number[]; inGroup: boolean; options: Option[]; startSum: number }

/** One reachable outcome of a class: criteria per band, the least and most steps it sums to. */
export interface Option { tails: number[]; least: number[]; sumMin: number; sumMax: number }

export interface Goal { options: Option[]; group: number; factors: number }

/** The highest step in [low, p] where the least histogram has a criterion, or -1. */
function highestAtOrBelow(least: readonly number[], low: number, p: number): number {
  for (let q = p; q >= low; q--) if ((least[q] as number) > 0) return q;
  return -1;
}

/**
 * Which buckets change in some fewest way, and which in every one: for each goal and class, the
 * class's sum may be anything its share of the group's sum allows, and a bucket at step p moves
 * when some histogram of that sum has fewer criteria at or below p than the start.
 */
export function summariseGoals(models: readonly ClassModel[], groupAt: readonly number[], goals: readonly Goal[], bands: readonly number[][],
  state: GradingState, up: boolean, cost: number): BucketSummary {
  const { width } = state;
  const moved = new Set<number>();
  const kept = new Set<number>();
  for (const goal of goals) {
    let groupLow = 0;
    let groupHigh = 0;
    for (const i of groupAt) { groupLow += (goal.options[i] as Option).sumMin; groupHigh += (goal.options[i] as Option).sumMax; }
    models.forEach((m, i) => {
      const o = goal.options[i] as Option;
      const lo = m.inGroup ? Math.max(o.sumMin, goal.group - (groupHigh - o.sumMax)) : o.sumMin;
      const hi = m.inGroup ? Math.min(o.sumMax, goal.group - (groupLow - o.sumMin)) : o.sumMin;
      let startCum = 0;
      let leastCum = 0;
      bands.forEach(([low = 0, high = 0], j) => {
        for (let p = low; p <= high; p++) {
          startCum += m.start[p] as number;
          leastCum += o.least[p] as number;
          if ((m.start[p] as number) === 0) continue;
          const at = m.k * width + (up ? p : width - 1 - p);
          if (p === high) {
            if (m.n - (o.tails[j + 1] ?? 0) < startCum) moved.add(at);
          } else {
            const q = leastCum < startCum ? p + 1 : highestAtOrBelow(o.least, low, p);
            if (q >= 0 && o.sumMin + (p + 1 - q) <= hi) moved.add(at);
          }
          const held = highestAtOrBelow(o.least, low, p);
          if (held >= 0 && Math.max(o.sumMin + (p - held), lo) <= Math.min(o.sumMax - (high - p), hi)) kept.add(at);
        }
      });
    });
  }
  const always = new Set([...moved].filter((at) => !kept.has(at)));
  const factorMoves = goals.map((g) => Math.abs(g.factors - state.factorsMet));
  const factorRoom = up ? state.factorsTotal - state.factorsMet : state.factorsMet;
  return { changesNeeded: cost, moved, always, factors: factorMoves.some((n) => n > 0),
    factorsRequired: factorRoom > 0 && factorMoves.every((n) => n === factorRoom) };
}
