import { compareRatio, exactFraction } from './thresholds.js';

/** A share as a whole percentage for prose ("67%"). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A threshold as a percentage with at most one decimal ("50%", "33.3%"). */
export function thresholdPercent(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}

/** More decimals than any threshold a person writes: past them the plain figures are kept. */
const MAX_DIGITS = 20;

/** part / whole as a percentage in units of 10^-digits, rounded half up, exactly. */
function scaledPercent(part: bigint, whole: bigint, digits: number): bigint {
  return (2n * part * 100n * 10n ** BigInt(digits) + whole) / (2n * whole);
}

function scaledText(scaled: bigint, digits: number): string {
  const text = scaled.toString().padStart(digits + 1, '0');
  const fraction = text.slice(text.length - digits).replace(/0+$/, '');
  return `${text.slice(0, text.length - digits)}${fraction ? `.${fraction}` : ''}%`;
}

/**
 * A share (`count` of `total`) and the threshold it is compared with, as percentages: the share
 * whole and the threshold with at most one decimal ("67%", "50%"; the share with one decimal too when
 * the threshold has one: "62.5%" against "87.5%"), or, when those would read in
 * another order than the exact comparison's, both with as many decimals as it takes: 39 of 49
 * against 0.8 reads "79.6%" against "80%", not "80%" against "80%".
 */
export function comparedPercents(count: number, total: number, threshold: number): { share: string; threshold: string } {
  const shownThreshold = thresholdPercent(threshold);
  const plain = { share: percent(total === 0 ? 0 : count / total), threshold: shownThreshold };
  if (!(total > 0) || !Number.isSafeInteger(count) || !Number.isSafeInteger(total) || count < 0 || !(threshold >= 0)) return plain;
  // A threshold with a decimal ("62.5%") gets a share with one too, so that one share reads the
  // same beside each threshold of its scale ("62.5%", not "63%" beside "87.5%").
  const decimals = shownThreshold.includes('.') ? 1 : 0;
  if (decimals > 0) plain.share = scaledText(scaledPercent(BigInt(count), BigInt(total), decimals), decimals);
  const order = compareRatio(count, total, threshold);
  if (Math.sign(Number.parseFloat(plain.share) - Number.parseFloat(plain.threshold)) === order) return plain;
  const { numerator, denominator } = exactFraction(threshold);
  for (let digits = decimals + 1; digits <= MAX_DIGITS; digits++) {
    const share = scaledPercent(BigInt(count), BigInt(total), digits);
    const limit = scaledPercent(numerator, denominator, digits);
    if ((share === limit ? 0 : share > limit ? 1 : -1) === order) return { share: scaledText(share, digits), threshold: scaledText(limit, digits) };
  }
  return plain;
}

/** "1 criterion" / "3 criteria". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A list of criterion ids with their text: `NP-F1 "…"; NP-F4 "…"`. */
export function namedList(items: ReadonlyArray<{ id: string; text: string }>): string {
  return items.map((item) => `${item.id} "${item.text}"`).join('; ');
}
