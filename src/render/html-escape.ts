import { showInvisibleFormat } from '../shared/sanitize.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Any character that `escapeHtml` replaces or drops. */
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Escapes untrusted text for HTML element content and quoted attribute values: the one escape
 * helper every HTML renderer uses. `&`, `<`, `>`, `"` and `'` become entities, so no text can
 * open a tag, close a `<style>`, or leave an attribute. Control characters other than tab and
 * line feed (which HTML cannot show anyway) are dropped. Bidirectional overrides, isolates,
 * direction marks and line separators are shown as `\u{NNNN}`, as in Markdown and on a
 * terminal: in a browser an override reverses the rest of its line ("Synth \u202eDOOG" reads
 * "Synth GOOD").
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: one test, no replacement (a report escapes thousands of strings).
  if (!NEEDS_ESCAPING.test(text)) return text;
  return showInvisibleFormat(text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''))
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}
