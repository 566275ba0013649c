import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html-escape.js';

/** The escape written plainly: control characters dropped, direction controls shown, then the five entities. */
const reference = (text: string) => text
  .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
  .replace(/[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`)
  .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

describe('escapeHtml', () => {
  it('gives text with nothing to escape back as it is, and escapes the rest as written plainly', () => {
    expect(escapeHtml('Plain words, numbers 1-2 and unicode \u2013 \u00e9')).toBe('Plain words, numbers 1-2 and unicode \u2013 \u00e9');
    expect(escapeHtml('a\u0007<b> & "c" \'d\'\u0085\t\n')).toBe('a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;\t\n');
    const char = fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '\u0000', '\u0008', '\t', '\n', '\u000b', '\u001f', '\u007f', '\u009f', '\u00a0', 'a', ' ',
      '\u202e', '\u202a', '\u2066', '\u2069', '\u200f', '\u2028', '\u061c'),
      fc.string({ maxLength: 1, unit: 'binary' }));
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
      expect(escapeHtml(text)).toBe(reference(text));
    }), { numRuns: 500, seed: 5 });
  });

  // A force name holding U+202E (right-to-left override) reversed the rest of its line or
  // cell in a browser: "Synth \u202eTNELLECXE" read "Synth EXCELLENT". Shown as in Markdown.
  it('shows bidirectional overrides, isolates and direction marks as visible escapes', () => {
    expect(escapeHtml('Synth \u202eTNELLECXE')).toBe('Synth \\u{202e}TNELLECXE');
    expect(escapeHtml('a\u2066b\u2069<c>')).toBe('a\\u{2066}b\\u{2069}&lt;c&gt;');
  });
});
