/**
 * A threshold as the exact decimal fraction its author wrote: 0.7 is 7/10, not the binary
 * double just below it. Shares are then compared in integers, so 7 of 10 against 0.7 is exactly equal.
 */
const fractions = new Map<number, { numerator: bigint; denominator: bigint; small?: [number, number] }>();

function asFraction(value: number): { numerator: bigint; denominator: bigint; small?: [number, number] } {
  let fraction = fractions.get(value);
  if (!fraction) {
    const [numerator, denominator] = decimalFraction(value);
    // Small fractions (every threshold of a few decimals) are compared in plain numbers, exactly.
    const small = numerator <= BigInt(Number.MAX_SAFE_INTEGER) && denominator <= BigInt(Number.MAX_SAFE_INTEGER)
      ? [Number(numerator), Number(denominator)] as [number, number] : undefined;
    fractions.set(value, (fraction = { numerator, denominator, ...(small ? { small } : {}) }));
  }
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
  const fraction = asFraction(value);
  if (fraction.small) {
    const left = part * fraction.small[1];
    const right = fraction.small[0] * whole;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left === right ? 0 : left > right ? 1 : -1;
  }
  const left = BigInt(part) * fraction.denominator;
  const right = fraction.numerator * BigInt(whole);
  return left === right ? 0 : left > right ? 1 : -1;
}

/** A threshold as the exact decimal fraction its author wrote (0.7 is 7/10). */
export function exactFraction(value: number): { numerator: bigint; denominator: bigint } {
  const { numerator, denominator } = asFraction(value);
  return { numerator, denominator };
}
