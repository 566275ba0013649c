import { describe, expect, it } from 'vitest';
import { stateKey, type GradingState } from '../../src/engine/state.js';

const state = (hist: number[], factorsMet = 0, factorsTotal = 2, concerns = 0): GradingState =>
  ({ inSelection: [], classOf: [], valueOf: [], hist, width: 2, factorsMet, factorsTotal, concerns });

describe('the key of a state, for the decisions and searches remembered per scheme', () => {
  it('is the same for equal counts and differs when any count, factor or concern differs', () => {
    const base = state([3, 1, 0, 2]);
    expect(stateKey(state([3, 1, 0, 2]))).toBe(stateKey(base));
    for (const other of [state([3, 1, 0, 3]), state([1, 3, 0, 2]), state([3, 1, 0, 2], 1), state([3, 1, 0, 2], 0, 3), state([3, 1, 0, 2], 0, 2, 1)]) {
      expect(stateKey(other)).not.toBe(stateKey(base));
    }
  });

  it('spells counts too large for one character out in full, never folding them onto small ones', () => {
    const large = state([0x10000 + 3, 1]);
    expect(stateKey(large)).not.toBe(stateKey(state([3, 1])));
    expect(stateKey(large)).toBe(stateKey(state([0x10000 + 3, 1])));
    expect(stateKey(state([0xffff, 0]))).not.toBe(stateKey(state([0xfffe, 1])));
  });
});
