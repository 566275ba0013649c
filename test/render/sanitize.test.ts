import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, sanitizeLine } from '../../src/shared/sanitize.js';

const INVISIBLE = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('sanitizeForTerminal', () => {
  it.each([
    ['left-to-right mark', 'a\u200eb', 'a\\u{200e}b'],
    ['right-to-left mark', 'a\u200fb', 'a\\u{200f}b'],
    ['Arabic letter mark', 'a\u061cb', 'a\\u{61c}b'],
    ['line separator', 'a\u2028b', 'a\\u{2028}b'],
    ['paragraph separator', 'a\u2029b', 'a\\u{2029}b'],
    ['right-to-left override (as before)', 'a\u202eb', 'a\\u{202e}b'],
    ['first strong isolate (as before)', 'a\u2068b', 'a\\u{2068}b'],
    ['tab and line feed (kept)', 'a\tb\nc', 'a\tb\nc'],
    ['zero-width joiner in an emoji (kept)', '\u{1f468}\u200d\u{1f469}', '\u{1f468}\u200d\u{1f469}'],
  ])('shows a %s visibly', (_name, text, shown) => {
    expect(sanitizeForTerminal(text)).toBe(shown);
  });

  it('shows U+2028 and U+2029 visibly in one-line fields too, where line feeds become spaces', () => {
    expect(sanitizeLine('North\u2028South\u2029East\nWest\r\n')).toBe('North\\u{2028}South\\u{2029}East West ');
  });

  it('lets no direction mark, bidi control or line separator through', () => {
    const chars = fc.constantFrom('a', ' ', '\n', '\u061c', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u001b', '[', '3', 'm');
    fc.assert(fc.property(fc.array(chars, { maxLength: 20 }).map((c) => c.join('')), (text) => {
      expect(sanitizeForTerminal(text)).not.toMatch(INVISIBLE);
      expect(sanitizeLine(text)).not.toMatch(/[\n\r\u2028\u2029]/);
    }), { numRuns: 2000, seed: 9 });
  });
});
