import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html-escape.js';

/** The escape written plainly: control characters dropped, then the five entities. */
const reference = (text: string) => text
  .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
  .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

describe('escapeHtml', () => {
  it('gives text with nothing to escape back as it is, and escapes the rest as written plainly', () => {
    expect(escapeHtml('Plain words, numbers 1-2 and unicode \u2013 \u00e9')).toBe('Plain words, numbers 1-2 and unicode \u2013 \u00e9');
    expect(escapeHtml('a\u0007<b> & "c" \'d\'\u0085\t\n')).toBe('a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;\t\n');
    const char = fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '\u0000', '\u0008', '\t', '\n', '\u000b', '\u001f', '\u007f', '\u009f', '\u00a0', 'a', ' '),
      fc.string({ maxLength: 1, unit: 'binary' }));
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
      expect(escapeHtml(text)).toBe(reference(text));
    }), { numRuns: 500, seed: 5 });
  });
});
