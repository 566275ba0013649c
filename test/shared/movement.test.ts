import { describe, expect, it } from 'vitest';
import { MOVEMENT_TITLES, MOVEMENTS, movementBetween } from '../../src/shared/movement.js';

describe('movement words (results\' direction and batch --compare)', () => {
  it('are SPEC §5\'s four, each with a title', () => {
    expect(MOVEMENTS).toEqual(['improved', 'stable', 'deteriorated', 'not-comparable']);
    expect(MOVEMENTS.map((m) => MOVEMENT_TITLES[m])).toEqual(['Improved', 'Stable', 'Deteriorated', 'Not comparable']);
  });

  it('compare places on one scale, lowest first; a grade off the scale is not compared', () => {
    expect(movementBetween(1, 2)).toBe('improved');
    expect(movementBetween(2, 2)).toBe('stable');
    expect(movementBetween(3, 0)).toBe('deteriorated');
    expect(movementBetween(-1, 2)).toBe('not-comparable');
    expect(movementBetween(2, -1)).toBe('not-comparable');
  });
});
