import { describe, expect, it } from 'vitest';
import { foldId, hasUnusualCharacters } from '../../src/shared/fold.js';

describe('foldId', () => {
  it.each([
    ['MP-F1', 'mp-f1'],
    ['status', 'status'],
    ['\u041c\u0420-F1', 'mp-f1'], // Cyrillic capital Em and Er
    ['\u0430\u0435\u043e\u0440\u0441\u0443\u0445', 'aeopcyx'], // Cyrillic small letters
    ['\u0410\u0412\u0421\u0415\u041d\u0406\u041a\u041c\u041e\u0420\u0422\u0425', 'abcehikmoptx'],
    ['\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a7\u03a5\u0396', 'abehikmnoptxyz'], // Greek capitals
    ['\uff2d\uff30\uff0d\uff26\uff11', 'mp-f1'], // fullwidth, including the hyphen
    ['\ud835\udc0c\ud835\udc0f-F1', 'mp-f1'], // mathematical bold
    ['MP\u2010F1', 'mp-f1'], // hyphen
    ['MP\u2212F1', 'mp-f1'], // minus sign
    ['MP-F1\u200b', 'mp-f1'],
    ['\ufeffMP\u2060-\u00adF1\u200e\u202e', 'mp-f1'], // BOM, word joiner, soft hyphen, bidi marks
    ['MP-F1\u0000\u001b', 'mp-f1'],
    ['MP-F1\ufe0f', 'mp-f1'], // a variation selector
    ['\u00e9quipe', '\u00e9quipe'], // a real accented letter stays what it is
    ['\u0416', '\u0436'], // a Cyrillic letter with no Latin look-alike stays Cyrillic
    ['', ''],
  ])('%j folds to %j', (id, expected) => {
    expect(foldId(id)).toBe(expected);
  });

  it('keeps a Greek small eta apart from an H (it passes for an n, if anything)', () => {
    expect(foldId('\u0397')).toBe('h');
    expect(foldId('\u03b7')).not.toBe('h');
  });
});

describe('hasUnusualCharacters', () => {
  it.each([
    ['MP-F1', false],
    ['with space', false],
    ['MP-F1\u200b', true],
    ['\u041c\u0420-F1', true],
    ['tab\t', true],
  ])('%j: %s', (id, expected) => {
    expect(hasUnusualCharacters(id)).toBe(expected);
  });
});
