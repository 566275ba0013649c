import type { Thresholds } from '../criteria/model.js';

/**
 * The threshold predicates of SPEC §1. Shares are compared as integers (met × 10⁹ against
 * threshold × total × 10⁹, rounded) so that 0.7 × 10 is exactly 7 and never 7.000000000000001.
 */
const SCALE = 1e9;

function scaled(met: number, total: number, threshold: number): [number, number] {
  return [met * SCALE, Math.round(threshold * SCALE) * total];
}

/** share > most: "more than half" for the default. */
export function meetsMost(met: number, total: number, thresholds: Thresholds): boolean {
  if (total === 0) return false;
  const [lhs, rhs] = scaled(met, total, thresholds.most);
  return lhs > rhs;
}

/** share ≥ vastMajority. */
export function meetsVastMajority(met: number, total: number, thresholds: Thresholds): boolean {
  if (total === 0) return false;
  const [lhs, rhs] = scaled(met, total, thresholds.vastMajority);
  return lhs >= rhs;
}

/** unmet share < wellShort: short of some significant criteria, but not "well short". */
export function isBorderline(unmet: number, total: number, thresholds: Thresholds): boolean {
  if (total === 0) return false;
  const [lhs, rhs] = scaled(unmet, total, thresholds.wellShort);
  return lhs < rhs;
}

/** The fewest met out of `total` that satisfy a predicate, or undefined if none does. */
export function fewestMet(total: number, holds: (met: number) => boolean): number | undefined {
  for (let met = 0; met <= total; met++) if (holds(met)) return met;
  return undefined;
}
