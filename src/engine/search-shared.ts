import type { MeasuredClass } from './measures.js';
import type { GradingState } from './state.js';
import type { TailOption } from './tails.js';

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
  /** True when every fewest way moves one criterion by several steps (all the points on one). */
  fromOne?: boolean;
}

/** No change of findings reaches the goal (known, not a search that gave up). */
export const NO_WAY: BucketSummary = Object.freeze({ changesNeeded: null, moved: new Set<number>(), always: new Set<number>(), factors: false, factorsRequired: false });

/** Whether a rank is the goal: at least `goalRank` going up, below it going down. */
export const reaches = (rank: number, goalRank: number, up: boolean): boolean => (up ? rank >= goalRank : rank < goalRank);

/**
 * The fewest changes with what the factors do in the cheapest ways (factors met in each): some
 * factor changes in some, every factor there is room for changes in all, and whether "all on one"
 * can hold (no factor changes).
 */
export function withFactors(summary: Omit<BucketSummary, 'factors' | 'factorsRequired' | 'fromOne'>, factorsAt: readonly number[],
  state: GradingState, up: boolean, fromOne: boolean): BucketSummary {
  const factorMoves = factorsAt.map((f) => Math.abs(f - state.factorsMet));
  const factorRoom = up ? state.factorsTotal - state.factorsMet : state.factorsMet;
  const one = fromOne && factorMoves.every((n) => n === 0);
  return { ...summary, factors: factorMoves.some((n) => n > 0), factorsRequired: factorRoom > 0 && factorMoves.every((n) => n === factorRoom),
    ...(one ? { fromOne: true } : {}) };
}

/** A class as the search by measures tries it: its outcomes, cheapest first, and what each adds to the capped measures. */
export interface Tried { m: MeasuredClass; options: TailOption[]; cutAdds: Array<Array<[number, number]>> }

/** One way a class ends: an outcome at its cuts and the steps it takes. */
export interface Move { option: TailOption; steps: number }

/** A key of capped measures with some rises added (each capped). */
export type Advance = (key: number, adds: ReadonlyArray<readonly [number, number]>) => number;

/** The most steps of a class worth trying in an outcome: past the score cap no condition turns; without scores, its least. */
export const topSteps = (t: Tried, option: TailOption): number =>
  (t.m.scoreMeasures.length > 0 ? Math.max(option.low, Math.min(option.high, t.m.scoreCap)) : option.low);
