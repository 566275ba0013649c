import type { Criteria } from '../../src/criteria/model.js';
import { referenceDecision, type Plain } from './scheme-reference.js';

/** The fewest changes by brute force, and which criteria and factors change in some or every fewest way. */
export interface Minimum {
  /** Null when no assignment reaches the goal. */
  changesNeeded: number | null;
  /** Criterion ids (criteria order), then factor ids (excellence order), that change in some fewest way. */
  candidates: string[];
  /** Those that change in every fewest way. */
  required: string[];
}

/**
 * Tries every assignment of improved (`up`) or worsened values to the applicable criteria (each
 * score point one change) and to the factors (each one change), and keeps the cheapest that
 * reach a grade at least one above the start (`up`) or below it (`!up`), limiters included.
 * Exponential: for frameworks of a few criteria.
 */
export function bruteForce(criteria: Criteria, start: Plain, up: boolean): Minimum {
  const scores = criteria.scheme.scores;
  const [low, high] = scores ? [scores.min, scores.max] : [0, 1];
  const startRank = referenceDecision(criteria, start).rank;
  const reached = (rank: number) => (up ? rank > startRank : rank < startRank);
  const ids = [...criteria.criteria.map((c) => c.id), ...criteria.excellence.map((f) => f.id)];
  // Per criterion the values it may take; per factor whether it may flip.
  const ranges = start.values.map((v) => (v === null ? [null] : range(up ? v : low, up ? high : v)));
  const flippable = start.factors.map((met) => met !== up);
  let best: number | null = null;
  let some = new Set<number>();
  let every = new Set<number>();
  const values: Array<number | null> = start.values.slice();
  const factors = start.factors.slice();
  const visit = (at: number, cost: number): void => {
    if (best !== null && cost > best) return;
    if (at < values.length) {
      for (const v of ranges[at] as Array<number | null>) {
        values[at] = v;
        visit(at + 1, cost + Math.abs((v ?? 0) - (start.values[at] ?? 0)));
      }
      values[at] = start.values[at] ?? null;
      return;
    }
    const f = at - values.length;
    if (f < factors.length) {
      visit(at + 1, cost);
      if (flippable[f] === true) {
        factors[f] = up;
        visit(at + 1, cost + 1);
        factors[f] = !up;
      }
      return;
    }
    if (!reached(referenceDecision(criteria, { ...start, values, factors }).rank)) return;
    const changed = new Set([...values.keys()].filter((i) => values[i] !== start.values[i])
      .concat([...factors.keys()].filter((i) => factors[i] !== start.factors[i]).map((i) => values.length + i)));
    if (best === null || cost < best) {
      best = cost;
      some = new Set(changed);
      every = new Set(changed);
    } else {
      for (const i of changed) some.add(i);
      for (const i of every) if (!changed.has(i)) every.delete(i);
    }
  };
  visit(0, 0);
  const named = (set: Set<number>) => [...set].sort((x, y) => x - y).map((i) => ids[i] as string);
  return { changesNeeded: best, candidates: named(some), required: named(every) };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
