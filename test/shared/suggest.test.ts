import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, MAX_SUGGESTED_LENGTH, prepareCandidates, suggest } from '../../src/shared/suggest.js';
import { naiveOsa } from './naive-osa.js';

const STATUSES = ['met', 'partly-met', 'not-met', 'not-applicable'];
const CRITERIA = ['MP-F1', 'MP-F2', 'MP-F3', 'MP-F10', 'MP-F11', 'MP-G1', 'MP-G2'];

describe('closest', () => {
  it.each<[string, string, readonly string[], string | undefined]>([
    ['a typo of a key', 'stauts', ['criterion', 'status', 'evidence'], 'status'],
    ['a letter too many', 'meet', STATUSES, 'met'],
    ['an adjacent swap is one edit', 'fiar', ['fair', 'good'], 'fair'],
    ['a tie goes to the code-unit-smallest', 'G4', ['G3', 'G2', 'G1', 'F1'], 'G1'],
    ['a tie between lengths', 'MP-F12', CRITERIA, 'MP-F1'],
    ['case only', 'mp-f1', CRITERIA, 'MP-F1'],
    ['separators only, even past the edit limit', 'm_p f.1', ['MP-F1'], 'MP-F1'],
    ['too far', 'xyz', ['beacon', 'innovation'], undefined],
    ['a limit of one edit for a short name', 'ab', ['xy'], undefined],
    ['a third of the length', 'abcdefghi', ['abcdefxyz', 'abcdxyzzz'], 'abcdefxyz'],
    ['the name itself is not suggested', 'MP-F1', ['MP-F1'], undefined],
    ['an equal fold beats an earlier separators-only match', 'Status', ['sta-tus', 'status'], 'status'],
    ['Cyrillic look-alikes', '\u041c\u0420-F1', CRITERIA, 'MP-F1'],
    ['Greek look-alikes', '\u039c\u03a1-F1', CRITERIA, 'MP-F1'],
    ['fullwidth forms', '\uff2d\uff30-\uff26\uff11', CRITERIA, 'MP-F1'],
    ['an invisible character', 'MP-F1\u200b', CRITERIA, 'MP-F1'],
    ['a byte-order mark and a bidi mark', '\ufeffMP-F1\u200e', CRITERIA, 'MP-F1'],
    ['a control character', 'MP-F1\u0000', CRITERIA, 'MP-F1'],
    ['an en dash', 'MP\u2013F1', CRITERIA, 'MP-F1'],
    ['look-alikes and a typo', '\u041c\u0420-F22', CRITERIA, 'MP-F2'],
    ['no candidates', 'x', [], undefined],
  ])('%s: %j', (_what, name, candidates, expected) => {
    expect(closest(name, candidates)).toBe(expected);
  });

  it('compares nothing longer than MAX_SUGGESTED_LENGTH', () => {
    const padded = `MP-F1${'\u200b'.repeat(MAX_SUGGESTED_LENGTH)}`;
    expect(closest(padded, CRITERIA)).toBeUndefined();
    expect(closest(`MP-F1${'\u200b'.repeat(MAX_SUGGESTED_LENGTH - 5)}`, CRITERIA)).toBe('MP-F1');
    const long = 'a'.repeat(MAX_SUGGESTED_LENGTH + 1);
    expect(closest(long, [`${long}b`, long.slice(1)])).toBeUndefined();
    // NFKC can lengthen text: the cap applies to the folded name too.
    expect(closest('\ufdfa'.repeat(20), ['x'])).toBeUndefined();
  });

  it('handles a 15 MB name and 2,000 names of 2 KB (timed by the suite, not asserted)', () => {
    expect(closest(`MP-F1${'x'.repeat(15 * 1024 * 1024)}`, CRITERIA)).toBeUndefined();
    for (let i = 0; i < 2000; i++) expect(closest(`MP-F${i}${'y'.repeat(2048)}`, CRITERIA)).toBeUndefined();
  });
});

/** The rules of `closest` over a full distance table and plain lower-casing (the fold of ASCII). */
function naiveClosest(name: string, candidates: readonly string[]): string | undefined {
  const fold = (s: string) => s.toLowerCase();
  const squash = (s: string) => fold(s).replace(/[-_\s.]/g, '');
  const others = candidates.filter((c) => c !== name);
  const exact = others.find((c) => fold(c) === fold(name));
  if (exact !== undefined) return exact;
  const separators = others.find((c) => squash(c) === squash(name));
  if (separators !== undefined) return separators;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of others) {
    const d = naiveOsa(fold(name), fold(c));
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) [best, bestDistance] = [c, d];
  }
  return bestDistance <= limit ? best : undefined;
}

describe('closest, against a naive unbounded implementation', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'c', '1', '-', '_', '.', ' '), minLength: 1, maxLength: 10 });
  const candidates = fc.array(text, { maxLength: 8 });

  it('agrees on random short ASCII names and candidates', () => {
    fc.assert(fc.property(text, candidates, (name, list) => {
      expect(closest(name, list)).toBe(naiveClosest(name, list));
    }), { numRuns: 3000 });
  });

  it('agrees with candidates prepared once and asked about by many names in turn, short and past 32 code units', () => {
    const long = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '1', '-', '\u0430'), minLength: 0, maxLength: 40 });
    fc.assert(fc.property(fc.array(fc.oneof(text, long), { maxLength: 10 }), fc.array(fc.oneof(text, long), { minLength: 1, maxLength: 6 }), (list, names) => {
      const prepared = prepareCandidates(list);
      for (const name of names) {
        expect(suggest(name, prepared)).toEqual(suggest(name, list));
        if (/^[ -~]*$/.test(name + list.join(''))) expect(suggest(name, prepared)?.candidate).toBe(naiveClosest(name, list));
      }
    }), { numRuns: 3000 });
  });

  it('suggests the same for a name disguised with look-alike and invisible characters', () => {
    const disguise = (s: string) => s.replace(/a/g, '\u0430').replace(/A/g, '\u0391').replace(/B/g, '\uff22').replace(/-/g, '\u2010\u200b');
    fc.assert(fc.property(text, candidates, (name, list) => {
      fc.pre(!list.includes(name) && disguise(name) !== name);
      const plain = suggest(name, list);
      const disguised = suggest(disguise(name), list);
      expect(disguised?.candidate).toBe(plain?.candidate);
      if (disguised && list.some((c) => c.toLowerCase() === name.toLowerCase())) expect(disguised.lookAlike).toBe(true);
    }), { numRuns: 2000 });
  });
});

describe('didYouMean', () => {
  it.each<[string, readonly string[], string]>([
    ['stauts', ['status'], '; did you mean "status"?'],
    ['Fair', ['fair'], '; did you mean "fair"?'],
    ['zzz', ['status'], ''],
    ['MP-F1\u200b', CRITERIA, '; did you mean "MP-F1"? (it differs only in look-alike or invisible characters)'],
    ['\u041c\u0420-F1', CRITERIA, '; did you mean "MP-F1"? (it differs only in look-alike or invisible characters)'],
    ['\u041c\u0420-F22', CRITERIA, '; did you mean "MP-F2"?'],
    ['MP-F1', ['MP-F1\u200b'], '; did you mean "MP-F1\\u200b"? (it differs only in look-alike or invisible characters)'],
    ['criterion-with-a-long-id-of-more-than-sixty-characters-ok-x', ['criterion-with-a-long-id-of-more-than-sixty-characters-ok-xy'],
      '; did you mean "criterion-with-a-long-id-of-more-than-sixty-characters-ok-xy"?'],
  ])('%j', (name, candidates, expected) => {
    expect(didYouMean(name, candidates)).toBe(expected);
  });
});
