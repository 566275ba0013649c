import { escapeMarkdown, escapeMarkdownBlock, escapeTableCell } from '../markdown-escape.js';
import type { Block, Citations, TableCell } from './document-model.js';

const md = escapeMarkdown;
const para = escapeMarkdownBlock;

/** What the evidence cites, as lines of plain text: each piece of evidence as written, then the sources (or the note that there are none). */
function citedLines(c: Citations): string[] {
  if (c.none !== undefined) return [c.none];
  const lines = c.evidence.map((text) => text.trim());
  if (c.sources.length > 0) lines.push(`Sources: ${c.sources.join('; ')}`);
  return lines;
}

function cell(c: TableCell): string {
  const cited = c.citations ? ` — ${citedLines(c.citations).join(' ')}` : '';
  const text = escapeTableCell(`${c.text}${c.suffix ?? ''}${cited}`);
  return c.strong ? `**${text}**` : text;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** One block as Markdown; every piece of text goes through the Markdown escapes. */
function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${md(b.text)}${b.grade ? `: ${b.grade.title}` : ''}${b.detail ? ` (${md(b.detail)})` : ''}`;
    case 'paragraph':
      return b.note ? `*${para(b.text)}*` : para(b.text);
    case 'advisory':
      return `> **${md(b.title)}: ${md(b.text)}**`;
    case 'findings':
      return b.items.map((f) => [`- **${md(f.label)}**: ${f.statusTitle}${f.about === '' ? '' : ` (${md(f.about)})`}`,
        ...citedLines(f.citations).map((line) => `  - ${para(line)}`)].join('\n')).join('\n');
    case 'list':
      return b.items.map((item, i) => [`${b.ordered ? `${i + 1}.` : '-'} ${para(item)}`, ...(b.subItems?.[i] ?? []).map((sub) => `  - ${para(sub)}`)].join('\n')).join('\n');
    case 'terms':
      return b.items.map((t) => `- **${md(t.term)}**: ${md(t.description)}`).join('\n');
    case 'recommendations':
      return b.items.map((text, i) => `**Recommendation ${b.first + i}.** ${md(text)}`).join('\n\n');
    case 'practice':
      return [`${'#'.repeat(b.level)} ${md(b.title)}`,
        ...b.fields.map((f) => [`**${md(f.label)}**`, ...f.text.map(para)].join('\n\n'))].join('\n\n');
    case 'table': {
      const lines = [...(b.caption === undefined ? [] : [`*${md(b.caption)}*`, '']), row(b.columns.map(md)), row(b.columns.map((_, i) => (b.numeric?.[i] ? '---:' : '---')))];
      for (const body of b.bodies) {
        if (body.heading !== undefined) lines.push(row([`**${escapeTableCell(body.heading)}**`, ...b.columns.slice(1).map(() => '')]));
        for (const cells of body.rows) lines.push(row(cells.map(cell)));
      }
      return lines.join('\n');
    }
    case 'chart':
      return [para(b.caption), '', row(['', ...b.grades.map((g) => g.title)]), row(['---', ...b.grades.map(() => '---:')]),
        row(['Forces', ...b.grades.map((g) => (g.id === b.highlight ? `**${b.distribution[g.id] ?? 0}** (this force)` : String(b.distribution[g.id] ?? 0)))])].join('\n');
    case 'contents':
      return ['## Contents', '', ...b.items.map((item) => `${'  '.repeat(item.depth)}- ${md(item.text)}`)].join('\n');
    case 'section':
      return b.blocks.map(block).join('\n\n');
  }
}

/** A document as Markdown text, one trailing newline. */
export function markdownDocument(blocks: readonly Block[]): string {
  return `${blocks.map(block).join('\n\n')}\n`;
}
