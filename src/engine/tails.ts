/**
 * One class of interchangeable criteria seen through its tails: `tail[t]` is how many of its `n`
 * criteria sit at step t or past it (steps count in the direction of travel, 0 to w − 1;
 * `tail[0]` is n and `tail[w]` is 0). Moving criteria forward only raises tails, every set of
 * tails at least the start's (and not rising with t) is reachable, and the steps of a class sum
 * to the sum of its tails: so a change of one step is a tail raised by one.
 */
export interface ClassTails {
  n: number;
  /** Tails at the start, indices 0 to w. */
  start: number[];
  /** The sum of the start's tails (its step sum). */
  startSum: number;
}

/** The tails of a class from its counts per step. */
export function tailsOf(countsPerStep: readonly number[]): ClassTails {
  const w = countsPerStep.length;
  const start = new Array<number>(w + 1).fill(0);
  for (let t = w - 1; t >= 0; t--) start[t] = (start[t + 1] as number) + (countsPerStep[t] as number);
  let startSum = 0;
  for (let t = 1; t < w; t++) startSum += start[t] as number;
  return { n: start[0] as number, start, startSum };
}

/** Bounds on some tails (indices 1 to w − 1; missing means none beyond the start and n). */
export interface TailBounds {
  lo: ReadonlyMap<number, number>;
  hi: ReadonlyMap<number, number>;
}

/**
 * The least and the most step sums of the reachable tails within the bounds, or undefined when
 * none are; with `keep`, only tails that leave at least one criterion at step `keep`. Every sum
 * between the two is reachable too (the tails within such bounds move one unit at a time).
 */
export function sumRange(c: ClassTails, bounds: TailBounds, keep = -1): [number, number] | undefined {
  const w = c.start.length - 1;
  const gap = (t: number) => (t === keep ? 1 : 0);
  const low = (t: number) => Math.max(c.start[t] as number, bounds.lo.get(t) ?? 0);
  const high = (t: number) => Math.min(c.n, bounds.hi.get(t) ?? c.n);
  let least = 0;
  let x = 0;
  for (let t = w - 1; t >= 1; t--) {
    x = Math.max(low(t), x + gap(t));
    if (x > high(t)) return undefined;
    least += x;
  }
  if (c.n - (w > 1 ? x : 0) < gap(0)) return undefined;
  let most = 0;
  let y = c.n;
  for (let t = 1; t < w; t++) {
    y = Math.min(high(t), y - gap(t - 1));
    if (y < low(t)) return undefined;
    most += y;
  }
  if ((w > 1 ? y : c.n) < gap(w - 1)) return undefined;
  return [least, most];
}

/**
 * One outcome of a class at the tails that matter: per cut, the tail's bounds (an exact value, a
 * value or more, or a range no condition tells apart) and the least rise within them.
 */
export interface TailOption {
  lo: number[];
  /** Infinity where only the lower bound holds. */
  hi: number[];
  rises: number[];
  /** The steps its least and most reachable tails add (cost range). */
  low: number;
  high: number;
}

/** The ranges of rise a cut's outcomes take: every rise up to the cap, or only the ranges between turning rises. */
function riseRanges(cap: number, turns: readonly number[] | undefined): Array<[number, number]> {
  const starts = turns ? [0, ...turns.filter((t) => t > 0 && t <= cap)] : Array.from({ length: cap + 1 }, (_v, r) => r);
  return starts.map((a, j) => [a, j + 1 < starts.length ? (starts[j + 1] as number) - 1 : Infinity]);
}

/**
 * Every outcome of a class at its cuts (ascending steps) costing at most `budget` steps, cheapest
 * first: the rise at a cut is exact up to the cut's cap and free past it (no condition turns
 * there), or where the class alone feeds the cut's measures, any rise between two turning rises.
 * Each unit of rise at a cut is a step of its own, so rises summing past the budget are not tried.
 * Undefined past `limit` outcomes.
 */
export function tailOptions(c: ClassTails, cuts: readonly number[], caps: readonly number[], turns: ReadonlyArray<readonly number[] | undefined>,
  budget: number, limit: number): TailOption[] | undefined {
  const out: TailOption[] = [];
  const ranges = cuts.map((_t, i) => riseRanges(caps[i] as number, turns[i]));
  const lo = new Array<number>(cuts.length).fill(0);
  const hi = new Array<number>(cuts.length).fill(0);
  const rises = new Array<number>(cuts.length).fill(0);
  const fill = (i: number, above: number, spent: number): boolean => {
    if (i < 0) {
      const range = sumRange(c, boundsOf({ lo, hi }, cuts));
      if (!range || range[0] - c.startSum > budget) return true;
      if (out.length >= limit) return false;
      out.push({ lo: lo.slice(), hi: hi.slice(), rises: rises.slice(), low: range[0] - c.startSum, high: range[1] - c.startSum });
      return true;
    }
    const s = c.start[cuts[i] as number] as number;
    for (const [a, b] of ranges[i] as Array<[number, number]>) {
      const from = Math.max(s + a, above);
      if (from > Math.min(c.n, s + b)) continue;
      if (spent + from - s > budget) break;
      lo[i] = s + a;
      hi[i] = s + b;
      rises[i] = from - s;
      if (!fill(i - 1, from, spent + from - s)) return false;
    }
    return true;
  };
  if (!fill(cuts.length - 1, 0, 0)) return undefined;
  return out.sort((x, y) => x.low - y.low);
}

/** The bounds an outcome puts on the tails at its cuts. */
export function boundsOf(option: { lo: readonly number[]; hi: readonly number[] }, cuts: readonly number[]): TailBounds {
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  cuts.forEach((t, i) => {
    lo.set(t, option.lo[i] as number);
    if (Number.isFinite(option.hi[i])) hi.set(t, option.hi[i] as number);
  });
  return { lo, hi };
}

/**
 * Whether rises of the tails (indices 1 to w − 1) can only be one criterion moved: rises of 1 on
 * one run of steps, none elsewhere, and no criterion at the start strictly inside the run (else
 * the one below could stop there and that one go on: the same counts, two criteria changed).
 */
export function oneCriterionRises(rises: ArrayLike<number>, startTails: readonly number[]): boolean {
  let first = -1;
  let last = -1;
  for (let t = 1; t < rises.length; t++) {
    const r = rises[t] as number;
    if (r > 1 || r < 0) return false;
    if (r === 0) continue;
    if (last >= 0 && last !== t - 1) return false;
    if (first < 0) first = t;
    last = t;
  }
  if (first < 0) return false;
  for (let t = first; t < last; t++) if ((startTails[t] as number) !== (startTails[t + 1] as number)) return false;
  return true;
}

/** Whether every reachable set of tails within the bounds that adds `steps` is one criterion moved. */
export function everyOutcomeFromOne(c: ClassTails, bounds: TailBounds, steps: number): boolean {
  const w = c.start.length - 1;
  const rises = new Array<number>(w).fill(0);
  const fill = (t: number, above: number, left: number): boolean => {
    if (t === 0) return left > 0 || oneCriterionRises(rises, c.start);
    const s = c.start[t] as number;
    const from = Math.max(s, bounds.lo.get(t) ?? 0, above);
    const to = Math.min(c.n, bounds.hi.get(t) ?? c.n, s + left);
    for (let v = from; v <= to; v++) {
      rises[t] = v - s;
      if (!fill(t - 1, v, left - (v - s))) return false;
    }
    return true;
  };
  return fill(w - 1, 0, steps);
}
