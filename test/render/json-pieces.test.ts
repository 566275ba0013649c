import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonList, jsonPieces } from '../../src/render/json-pieces.js';

const joined = (value: unknown): string => [...jsonPieces(value)].join('');

describe('jsonPieces: JSON.stringify(value, null, 2) in pieces', () => {
  it('joins to the same text for any JSON value (fast-check)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(joined(value)).toBe(JSON.stringify(value, null, 2));
    }), { numRuns: 500, seed: 17 });
  });

  it('writes a list as the array of its mapped items, an element a piece', () => {
    const items = [{ a: 1 }, { a: 2 }];
    const pieces = [...jsonPieces({ list: jsonList(items, (x) => ({ doubled: x.a * 2, text: 'line\nbreak' })), empty: jsonList([], (x) => x) })];
    expect(pieces.join('')).toBe(JSON.stringify({ list: [{ doubled: 2, text: 'line\nbreak' }, { doubled: 4, text: 'line\nbreak' }], empty: [] }, null, 2));
    expect(pieces.length).toBeGreaterThan(4);
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Number.NaN], d: { toJSON: () => ({ e: [1] }) }, f: new Date(0), g: {} };
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
    expect(joined({ only: undefined })).toBe('{}');
  });
});
