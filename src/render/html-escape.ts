const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Any character that `escapeHtml` replaces or drops. */
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Escapes untrusted text for HTML element content and quoted attribute values: the one escape
 * helper every HTML renderer uses. `&`, `<`, `>`, `"` and `'` become entities, so no text can
 * open a tag, close a `<style>`, or leave an attribute. Control characters other than tab and
 * line feed (which HTML cannot show anyway) are dropped.
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: one test, no replacement (a report escapes thousands of strings).
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}
