import { sanitizeForTerminal } from '../shared/sanitize.js';

/**
 * Put after an `@` that could start a GitHub mention (`@user`, `@org/team`): U+2060 WORD JOINER,
 * which has no width and no glyph, so the text still reads `@user`, but the mention no longer
 * matches (it needs a letter or digit right after the `@`) and nobody is notified. Neither a
 * backslash (`\@`) nor an entity (`&#64;`) does that on GitHub: its mention filter runs on the
 * rendered text, after both have become a plain `@` (github/markup#1168, github/cmark-gfm#181).
 * Unlike a zero-width space, the word joiner never lets a line break between `@` and the name.
 */
export const MENTION_BREAK = '\u2060';

// GitHub links a mention only after the start of the text or a character that is not a word
// character; an `@` after a letter or digit (name@example.org) is left as it is.
const MENTION = /(?<![A-Za-z0-9])@(?=[A-Za-z0-9])/g;

/**
 * Escapes untrusted text for Markdown prose: characters that would start emphasis, code, links,
 * raw HTML, tables or headings are backslash-escaped (`&` becomes `&amp;` so no entity forms),
 * line breaks become spaces, control characters are made visible, and an `@` that would
 * mention someone on GitHub is followed by `MENTION_BREAK`.
 */
export function escapeMarkdown(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~#]/g, (ch) => `\\${ch}`)
    .replace(/\r?\n/g, ' ')
    .replace(MENTION, `@${MENTION_BREAK}`);
}

/** Escapes untrusted text for a Markdown table cell (one line, pipes escaped). */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text);
}

/**
 * Escapes untrusted text that starts a Markdown block (a paragraph or a list item): as
 * `escapeMarkdown`, and a leading `-`, `+`, `=` or `1.` / `1)` is escaped too, so the text
 * cannot turn itself into a list, a rule, a heading underline or an indented code block.
 */
export function escapeMarkdownBlock(text: string): string {
  return escapeMarkdown(text.trim())
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
