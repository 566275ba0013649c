import { describe, expect, it } from 'vitest';
import { escapeVisibly, MAX_QUOTED, quote } from '../../src/shared/quote.js';

describe('quote', () => {
  it.each<[unknown, string]>([
    ['MP-F1', '"MP-F1"'],
    ['say "hi" \\ there', '"say \\"hi\\" \\\\ there"'],
    ['line\nbreak\u001b[31m', '"line\\nbreak\\u001b[31m"'],
    ['MP-F1\u200b', '"MP-F1\\u200b"'],
    ['\u041c\u0420-F1', '"\\u041c\\u0420-F1"'],
    ['\uff2d\uff30', '"\\uff2d\\uff30"'],
    ['\u202eevil', '"\\u202eevil"'],
    ['\ud83d\ude00', '"\\ud83d\\ude00"'],
    ['\ud800', '"\\ud800"'], // a lone surrogate, as JSON writes it
    [3, '3'],
    [null, 'null'],
    [{ 'k\u00e9y': 'v' }, '{"k\\u00e9y":"v"}'],
  ])('%j → %s', (value, expected) => {
    expect(quote(value)).toBe(expected);
  });

  it('cuts long text with an ellipsis that stays as it is', () => {
    const long = 'x'.repeat(MAX_QUOTED + 10);
    expect(quote(long)).toBe(`"${'x'.repeat(MAX_QUOTED)}…"`);
    expect(quote(`${'\u200b'.repeat(MAX_QUOTED)}tail`)).toBe(`"${'\\u200b'.repeat(MAX_QUOTED)}…"`);
    expect(quote(long, Infinity)).toBe(`"${long}"`);
    expect(quote('x'.repeat(15 * 1024 * 1024)).length).toBe(MAX_QUOTED + 3);
  });

  it('prints printable ASCII exactly as JSON.stringify does', () => {
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    expect(escapeVisibly(ascii)).toBe(JSON.stringify(ascii).slice(1, -1));
  });
});
