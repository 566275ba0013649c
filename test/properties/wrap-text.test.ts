import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/render/wrap-text.js';
import { referenceWrapText } from '../render/wrap-text-reference.js';

// Pieces of text the wrapper treats differently: spacing of every kind (paragraph breaks
// included), words of one column, hyphens, zero-width and wide characters, colour codes.
const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\n', ' \n ', '\r\n', '\u00a0', '\u2003', '\u3000'),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.constantFrom('-', 'neighbourhood-policing', 'a-b-c-d-e-f', '--'),
  fc.constantFrom('\u200b', '\u200d', '\ufeff', '\u0301', 'e\u0301'),
  fc.constantFrom('漢', '字漢字', '👍', '👩‍👩‍👧', '\u{1f1ec}\u{1f1e7}', 'ｗｉｄｅ'),
  fc.constantFrom('\u001b[31m', '\u001b[0m', '\u001b[1;32mok\u001b[39m', '\u001b[m'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const longWord = fc.tuple(fc.constantFrom('x', '漢', 'a-', '\u200b', '\u001b[31mz'), fc.integer({ min: 1, max: 60 })).map(([unit, n]) => unit.repeat(n));

describe('wrapText', () => {
  it('gives exactly what the wrapper before it gave', () => {
    fc.assert(fc.property(fc.array(fc.oneof(text, longWord), { minLength: 1, maxLength: 4 }).map((t) => t.join(' ')),
      fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (input, width, restWidth) => {
        expect(wrapText(input, width, restWidth)).toEqual(referenceWrapText(input, width, restWidth));
      }), { numRuns: 3000 });
  });

  it.each([
    ['empty', '', 5, 5],
    ['leading and trailing spacing', '   a  b   ', 3, 3],
    ['zero-width words before a word', '\u200b \u200b word and more', 4, 4],
    ['only paragraph breaks', '\n\n', 4, 4],
    ['a word wider than the first line only', 'abcdefgh ij', 3, 10],
    ['a word of wide characters', '漢字漢字漢字 x', 3, 5],
    ['colour codes as words', '\u001b[31m \u001b[0m red', 2, 2],
  ])('%s', (_what, input, width, restWidth) => {
    expect(wrapText(input, width, restWidth)).toEqual(referenceWrapText(input, width, restWidth));
  });
});
