import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, UNITS_PER_COLUMN, cutText } from '../../src/render/cut-text.js';
import fastStringWidth from '../../src/render/fast-string-width.js';

const FAMILY = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';

describe('cutText', () => {
  it.each([
    ['fits', 10, 'fits'],
    ['exactly ten', 11, 'exactly ten'],
    ['one column too many', 18, 'one column too ma…'],
    ['Synthetic Force 01', 1, '…'],
    ['anything', 0, ''],
    ['two\nlines', 20, 'two lines'],
    ['漢字漢字漢字', 7, '漢字漢…'],
    ['漢字漢字漢字', 12, '漢字漢字漢字'],
    [`${FAMILY}${FAMILY}${FAMILY}`, 5, `${FAMILY}${FAMILY}${ELLIPSIS}`],
    ['cafe\u0301 au lait', 5, 'cafe\u0301…'],
  ])('%j at width %i is %j', (text, width, cut) => {
    expect(cutText(text, width)).toBe(cut);
  });

  it('never gives more columns than asked, and keeps a start of the text (line breaks as spaces)', () => {
    const chars = fc.constantFrom('a', ' ', '\n', 'é', '漢', '\u0301', FAMILY, '\u{1f600}', '…', '\u00a0');
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((c) => c.join('')), fc.integer({ min: 1, max: 30 }), (text, width) => {
      const cut = cutText(text, width);
      const flat = text.replace(/\r\n|[\r\n]/g, ' ');
      expect(fastStringWidth(cut)).toBeLessThanOrEqual(width);
      if (cut !== flat) {
        expect(cut.endsWith(ELLIPSIS)).toBe(true);
        expect(flat.startsWith(cut.slice(0, -1))).toBe(true);
      }
    }), { numRuns: 2000, seed: 11 });
  });

  it.each([
    ['ASCII', 'x'.repeat(4_500_000)],
    ['words', 'Synthetic Force '.repeat(281_250)],
    ['wide characters', '漢'.repeat(1_500_000)],
    ['emoji sequences', FAMILY.repeat(500_000)],
    ['one base letter and 4.5 million combining marks', `a${'\u0301'.repeat(4_500_000)}`],
  ])('cuts 4.5 MB of %s to a few dozen columns and code units', (_name, text) => {
    const cut = cutText(text, 36);
    expect(fastStringWidth(cut)).toBeLessThanOrEqual(36);
    expect(cut.length).toBeLessThanOrEqual(UNITS_PER_COLUMN * 36 + 1);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
  });
});
