import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankText } from '../../src/shared/blank-text.js';

describe('isBlankText', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['\t\r\n', true],
    [' \u200b ', true],
    ['\u0000', true],
    ['\u00a0\u2003\u3000', true], // no-break, em and ideographic spaces
    ['\ufeff\u2060\u200e\u200f\u202a\u202e\u2066\u2069', true], // BOM, word joiner, bidi marks
    ['\u00ad\u180e\u034f', true], // soft hyphen, Mongolian vowel separator, combining grapheme joiner
    ['\u3164\u115f\uffa0', true], // Hangul fillers
    ['\ufe0f\u2800', true], // a variation selector, the blank Braille pattern
    ['\u001b[0m', false], // an escape sequence still has visible characters in it
    ['x', false],
    [' \u200b.', false],
    ['Lead inspector', false],
    ['\u041c', false],
    ['\ud83d\ude00', false],
    ['\ud800', false], // a lone surrogate shows as a replacement character
  ])('%j: %s', (text, expected) => {
    expect(isBlankText(text)).toBe(expected);
  });

  it('agrees with the regular expression alone on any text (the ASCII shortcut changes no answer)', () => {
    const visible = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;
    const blankish = fc.constantFrom(' ', '\t', '\n', '\u200b', '\u0000', '\u00a0', '\ufeff', '\u2800', '\u3164', '\ufe0f', '\u001b');
    const text = fc.array(fc.oneof(blankish, fc.string({ unit: 'binary', maxLength: 1 })), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => isBlankText(t) === !visible.test(t)), { numRuns: 2000 });
  });

  it('reads 15 MB of spaces', () => {
    expect(isBlankText(' '.repeat(15 * 1024 * 1024))).toBe(true);
  });
});
