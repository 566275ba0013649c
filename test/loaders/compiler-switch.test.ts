import { afterEach, describe, expect, it } from 'vitest';
import { longRun, shortRun, useCompilerSwitch } from '../../src/io/compiler.js';

afterEach(() => useCompilerSwitch(undefined));

describe('the optimising compiler switch handed in by the entry point', () => {
  it('does nothing without a switch (the tests, the library)', () => {
    expect(() => { shortRun(); longRun(); }).not.toThrow();
  });

  it('is turned off by a short run and on by a long one, which a later short run leaves on', () => {
    const calls: boolean[] = [];
    useCompilerSwitch((on) => calls.push(on));
    shortRun();
    longRun();
    shortRun();
    expect(calls).toEqual([false, true]);
  });
});
