import type { Thresholds } from '../criteria/model.js';

/**
 * A threshold as the exact decimal fraction its author wrote: 0.7 is 7/10, not the binary
 * double just below it. Shares are then compared in integers, so 7 of 10 against 0.7 is exactly equal.
 */
const fractions = new Map<number, [bigint, bigint]>();

function asFraction(value: number): [bigint, bigint] {
  let fraction = fractions.get(value);
  if (!fraction) fractions.set(value, (fraction = decimalFraction(value)));
  return fraction;
}

function decimalFraction(value: number): [bigint, bigint] {
  const [mantissa = '0', exponentText = '0'] = String(value).toLowerCase().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let numerator = BigInt(`${whole}${fraction}`);
  let denominator = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText);
  if (exponent > 0) numerator *= 10n ** BigInt(exponent);
  else if (exponent < 0) denominator *= 10n ** BigInt(-exponent);
  return [numerator, denominator];
}

/** Compares met/total with a threshold exactly: negative, zero or positive. */
function compareShare(met: number, total: number, threshold: number): number {
  const [numerator, denominator] = asFraction(threshold);
  const left = BigInt(met) * denominator;
  const right = numerator * BigInt(total);
  return left === right ? 0 : left > right ? 1 : -1;
}

/** share > most: "more than half" for the default. */
export function meetsMost(met: number, total: number, thresholds: Thresholds): boolean {
  return total > 0 && compareShare(met, total, thresholds.most) > 0;
}

/** share ≥ vastMajority. */
export function meetsVastMajority(met: number, total: number, thresholds: Thresholds): boolean {
  return total > 0 && compareShare(met, total, thresholds.vastMajority) >= 0;
}

/** unmet share < wellShort: short of some significant criteria, but not "well short". */
export function isBorderline(unmet: number, total: number, thresholds: Thresholds): boolean {
  return total > 0 && compareShare(unmet, total, thresholds.wellShort) < 0;
}

/** The fewest met out of `total` that satisfy a predicate, or undefined if none does. */
export function fewestMet(total: number, holds: (met: number) => boolean): number | undefined {
  for (let met = 0; met <= total; met++) if (holds(met)) return met;
  return undefined;
}
