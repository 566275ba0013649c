import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparedPercents } from '../../src/engine/format.js';
import { compareRatio } from '../../src/engine/thresholds.js';
import { gradeEvidence } from '../../src/engine/grade.js';
import { evidenceFor, frameworkFor } from '../helpers/scheme-framework.js';
import { schemeFrom } from '../helpers/schemes.js';

/**
 * A share and its threshold in words read in the order of their exact comparison: a reader told
 * "80%, needs at least 80%" would take the grade to be wrong (found by an independent check:
 * "67%, needs at least 66.7%" against a threshold of 0.6666666666666667).
 */
/** The order of two percentages as written ("79.6%", "80%"), compared digit by digit. */
function decimalOrder(a: string, b: string): number {
  const parts = (text: string) => text.replace('%', '').split('.') as [string, string?];
  const [aWhole, aFraction = ''] = parts(a);
  const [bWhole, bFraction = ''] = parts(b);
  const digits = Math.max(aFraction.length, bFraction.length);
  const left = BigInt(aWhole + aFraction.padEnd(digits, '0'));
  const right = BigInt(bWhole + bFraction.padEnd(digits, '0'));
  return left === right ? 0 : left > right ? 1 : -1;
}

describe('a share and its threshold as percentages', () => {
  it.each([
    ['the plain figures when they agree', 7, 10, 0.5, '70%', '50%'],
    ['equal and exact', 1, 2, 0.5, '50%', '50%'],
    ['one decimal of a threshold', 1, 3, 0.3, '33%', '30%'],
    ['above a threshold that reads higher', 1, 3, 0.333, '33.33%', '33.3%'],
    ['below, and reading so', 624, 1000, 0.625, '62.4%', '62.5%'],
    // One share reads alike beside every threshold with a decimal (it was 62.5% beside 62.5%, 63% beside 87.5%).
    ['one decimal beside a threshold with one', 20, 32, 0.875, '62.5%', '87.5%'],
    ['whole beside a whole threshold', 20, 32, 0.5, '63%', '50%'],
    ['just below 80%', 39, 49, 0.8, '79.6%', '80%'],
    ['just above 80%', 41, 51, 0.8, '80.4%', '80%'],
    ['just below 63%', 629, 1000, 0.63, '62.9%', '63%'],
    ['exactly 62.5%', 5, 8, 0.625, '62.5%', '62.5%'],
    ['exactly 12.5%', 1, 8, 0.125, '12.5%', '12.5%'],
    ['two thirds below the double nearest it', 2, 3, 0.6666666666666667, '66.666666666666667%', '66.66666666666667%'],
    ['one third above the double nearest it', 1, 3, 0.3333333333333333, '33.333333333333333%', '33.33333333333333%'],
    ['no applicable criteria', 0, 0, 0.5, '0%', '50%'],
  ])('%s: %i of %i against %d', (_name, count, total, threshold, share, shown) => {
    expect(comparedPercents(count, total, threshold)).toEqual({ share, threshold: shown });
  });

  it('reads in the exact order for any count, total and threshold of up to four decimals', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.integer({ min: 1, max: 10000 }), (total, seed, tenThousandths) => {
      const count = seed % (total + 1);
      const threshold = tenThousandths / 10000;
      const shown = comparedPercents(count, total, threshold);
      expect(decimalOrder(shown.share, shown.threshold)).toBe(compareRatio(count, total, threshold));
    }), { numRuns: 2000 });
  });
});

describe('in the reasons', () => {
  const scheme = schemeFrom(`scheme: test-scheme
title: Percents
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: a, title: A }]
thresholds: { most: 0.8 }
rules:
  - { id: high, grade: high, when: [{ share: { level: a }, of: met, atLeast: most }] }
  - { id: rest, grade: low, otherwise: true }
`);
  const framework = frameworkFor(scheme, Array.from({ length: 49 }, () => ({ level: 'a' })));

  it('say 79.6% against 80% for 39 of 49 met', () => {
    const values = Array.from({ length: 49 }, (_, i) => (i < 39 ? 'met' as const : 'not-met' as const));
    const result = gradeEvidence(framework, evidenceFor(framework, { values }));
    expect(result.grade).toBe('low');
    const words = JSON.stringify(result.decision);
    expect(words).toContain('39 of 49');
    expect(words).toContain('79.6%');
    expect(words).not.toMatch(/\(80%\)/);
  });

  it('keep the plain figures when they agree (40 of 49 met)', () => {
    const values = Array.from({ length: 49 }, (_, i) => (i < 40 ? 'met' as const : 'not-met' as const));
    const result = gradeEvidence(framework, evidenceFor(framework, { values }));
    expect(result.grade).toBe('high');
    expect(result.decision.reasons.join(' ')).toContain('40 of 49 A criteria met (82%), High needs at least 80%');
  });
});
