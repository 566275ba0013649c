import { sanitizeForTerminal } from '../shared/sanitize.js';

/**
 * Escapes untrusted text for Markdown prose: characters that would start emphasis, code, links,
 * raw HTML, tables or headings are backslash-escaped (`&` becomes `&amp;` so no entity forms),
 * line breaks become spaces, and control characters are made visible.
 */
export function escapeMarkdown(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~#]/g, (ch) => `\\${ch}`)
    .replace(/\r?\n/g, ' ');
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
