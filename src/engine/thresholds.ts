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

/** Compares part/whole with a decimal value exactly: negative, zero or positive. `whole` > 0. */
export function compareRatio(part: number, whole: number, value: number): number {
  const [numerator, denominator] = asFraction(value);
  const left = BigInt(part) * denominator;
  const right = numerator * BigInt(whole);
  return left === right ? 0 : left > right ? 1 : -1;
}
