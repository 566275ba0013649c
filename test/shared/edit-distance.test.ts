import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterCountBound, osaDistancesFrom, osaDistanceWithin } from '../../src/shared/edit-distance.js';
import { naiveOsa } from './naive-osa.js';


describe('osaDistanceWithin', () => {
  it.each([
    ['', '', 3, 0],
    ['', 'abc', 3, 3],
    ['', 'abcd', 3, 4],
    ['abc', 'abc', 0, 0],
    ['fair', 'fiar', 1, 1],
    ['fair', 'fiar', 0, 1],
    ['ca', 'abc', 3, 3],
    ['status', 'stauts', 2, 1],
    ['beakon', 'beacon', 2, 1],
    ['kitten', 'sitting', 5, 3],
    ['kitten', 'sitting', 2, 3],
    ['np-f11', 'np-f1', 2, 1],
    ['abcdef', 'badcfe', 3, 3],
    ['abcdef', 'badcfe', 2, 3],
    ['aaaaaaaa', 'bbbbbbbb', 3, 4],
  ])('(%j, %j) within %i is %i', (a, b, max, expected) => {
    expect(osaDistanceWithin(a, b, max)).toBe(expected);
    expect(osaDistanceWithin(b, a, max)).toBe(expected);
  });

  it('is the full-table distance when within max, else max + 1', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 9 });
    fc.assert(fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
      expect(osaDistanceWithin(a, b, max)).toBe(Math.min(naiveOsa(a, b), max + 1));
      expect(osaDistancesFrom(a)(b, max)).toBe(Math.min(naiveOsa(a, b), max + 1));
    }), { numRuns: 3000 });
  });

  // Up to 32 code units of ASCII the distance is computed on bit vectors, past them by the table.
  it.each([
    ['ASCII, either side of 32 code units', fc.constantFrom('a', 'b', 'c', '-', '0')],
    ['with a character past ASCII', fc.constantFrom('a', 'b', 'é', '-')],
  ])('is the full-table distance for longer text: %s', (_name, unit) => {
    const text = fc.string({ unit, maxLength: 40 });
    fc.assert(fc.property(text, text, fc.integer({ min: 0, max: 40 }), (a, b, max) => {
      const expected = Math.min(naiveOsa(a, b), max + 1);
      expect(osaDistanceWithin(a, b, max)).toBe(expected);
      // One text to many: the same distances, its bit vectors made once.
      expect(osaDistancesFrom(a)(b, max)).toBe(expected);
    }), { numRuns: 1500 });
  });

  it.each([
    ['a'.repeat(32), 'a'.repeat(31) + 'b', 1],
    ['ab'.repeat(16), 'ba'.repeat(16), 2],
    ['bench-force-00000', 'bench-other-00', 7],
    ['x'.repeat(32), 'y'.repeat(32), 32],
    ['abcdefghijklmnopqrstuvwxyz012345', 'bacdefghijklmnopqrstuvwxyz012354', 2],
  ])('(%j, %j) is %i at the bit vectors\' full width', (a, b, expected) => {
    expect(osaDistanceWithin(a, b, 40)).toBe(expected);
    expect(osaDistanceWithin(b, a, 40)).toBe(expected);
    expect(osaDistancesFrom(a)(b, 40)).toBe(expected);
    expect(naiveOsa(a, b)).toBe(expected);
  });

  it('gives up at once on lengths too far apart, and early on text past max', () => {
    const long = 'x'.repeat(1_000_000);
    expect(osaDistanceWithin('abc', long, 1)).toBe(2);
    // Same length, nothing in common: the first rows are already past max, so no full table.
    expect(osaDistanceWithin('a'.repeat(1_000_000), 'b'.repeat(1_000_000), 2)).toBe(3);
  });
});

describe('letterCountBound', () => {
  it('never exceeds the distance, and leaves the counts at zero for the next call', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '0', '1'), maxLength: 12 });
    fc.assert(fc.property(text, text, (a, b) => {
      expect(letterCountBound(a, b)).toBeLessThanOrEqual(naiveOsa(a, b));
      expect(letterCountBound(a, a)).toBe(0);
    }), { numRuns: 2000 });
  });

  it.each([
    ['bench-force-00000', 'other-force-00012', 5],
    ['abc', 'cab', 0],
    ['kitten', 'sitting', 3],
    ['héllo', 'hello', 0],
  ])('(%j, %j) is %i', (a, b, bound) => {
    expect(letterCountBound(a, b)).toBe(bound);
  });
});
