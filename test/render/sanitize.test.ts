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

  it('gives what the full replacements give, for any text (plain text returns at once)', () => {
    // The replacements as they are made for text that needs any: the oracle of the quick test.
    const full = (text: string): string => text
      .replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g, '')
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => (ch === '\r' ? '' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`))
      .replace(/[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
    const chars = fc.constantFrom('a', ' ', '\t', '\n', '\r', 'é', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u009c', '\u009d',
      '\u061c', '\u200e', '\u2028', '\u202e', '\u2066', '\u2069', '\u2070', '[', ']', '3', 'm', '\\');
    fc.assert(fc.property(fc.array(chars, { maxLength: 24 }).map((c) => c.join('')), (text) => {
      expect(sanitizeForTerminal(text)).toBe(full(text));
      expect(sanitizeLine(text)).toBe(full(text.replace(/\r\n|\r|\n/g, ' ')));
    }), { numRuns: 2000 });
  });
});
