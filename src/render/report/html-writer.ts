import type { GradeBadge } from '../display.js';

const badgeClass = (g: GradeBadge) => `badge grade-${g.id} colour-${g.colour}`;
import { escapeHtml } from '../html-escape.js';
import { renderChartSvg } from './chart.js';
import type { Block, Citations, TableBody, TableCell } from './document-model.js';
import { REPORT_CSS } from './styles.js';

const esc = escapeHtml;

function attr(name: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${esc(value)}"`;
}

/** What the evidence cites, as paragraphs: each piece of evidence as written, then the sources (or the note that there are none). */
function citations(c: Citations): string {
  if (c.none !== undefined) return `<p class="cited none">${esc(c.none)}</p>`;
  const out = c.evidence.map((text) => `<p class="cited evidence">${esc(text)}</p>`);
  if (c.sources.length > 0) out.push(`<p class="cited sources">Sources: ${esc(c.sources.join('; '))}</p>`);
  return out.join('');
}

function cell(c: TableCell, header: boolean, numeric: boolean): string {
  const classes: string[] = [];
  let content = esc(c.text);
  if (c.grade) content = `<span class="${badgeClass(c.grade)}">${content}</span>`;
  else if (c.status) content = `<span class="badge status-${c.status}">${content}</span>`;
  if (c.suffix) content += esc(c.suffix);
  if (c.citations) content += citations(c.citations);
  if (numeric) classes.push('count');
  if (c.strong) {
    classes.push('strong');
    content = `<strong>${content}</strong>`;
  }
  return header ? `<th scope="row"${attr('class', classes.join(' '))}>${content}</th>` : `<td${attr('class', classes.join(' '))}>${content}</td>`;
}

/** A table's body; `rowHeaders`: its first cells head their rows (every layout but `text`). */
function tbody(body: TableBody, width: number, numeric: readonly boolean[], rowHeaders: boolean): string {
  const rows = body.rows.map((row) => `<tr>${row.map((c, i) => cell(c, rowHeaders && i === 0, numeric[i] === true)).join('')}</tr>`);
  if (body.heading !== undefined) rows.unshift(`<tr><th scope="rowgroup" colspan="${width}">${esc(body.heading)}</th></tr>`);
  return `<tbody>\n${rows.join('\n')}\n</tbody>`;
}

/** One block as HTML; every piece of text goes through `escapeHtml`. */
function block(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const grade = b.grade ? `: <span class="${badgeClass(b.grade)}">${esc(b.grade.title)}</span>` : '';
      const detail = b.detail ? ` <span class="detail">(${esc(b.detail)})</span>` : '';
      return `<h${b.level}${attr('id', b.id)}${b.grade ? ' class="grade-heading"' : ''}>${esc(b.text)}${grade}${detail}</h${b.level}>`;
    }
    case 'paragraph':
      return `<p${b.note ? ' class="note"' : ''}>${esc(b.text)}</p>`;
    case 'advisory':
      return `<p class="advisory" role="note"><strong>${esc(b.title)}:</strong> ${esc(b.text)}</p>`;
    case 'findings':
      return `<ul class="findings">\n${b.items.map((f) => `<li><p><strong>${esc(f.label)}</strong> <span class="badge status-${f.status}">${esc(f.statusTitle)}</span>`
        + `${f.about === '' ? '' : ` <span class="detail">(${esc(f.about)})</span>`}</p>${citations(f.citations)}</li>`).join('\n')}\n</ul>`;
    case 'list':
    {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((item, i) => {
        const sub = b.subItems?.[i] ?? [];
        return `<li>${esc(item)}${sub.length > 0 ? `\n<ul>\n${sub.map((s) => `<li>${esc(s)}</li>`).join('\n')}\n</ul>\n` : ''}</li>`;
      }).join('\n')}\n</${tag}>`;
    }
    case 'terms':
      return `<dl class="grades">\n${b.items.map((t) => `<dt>${t.grade ? `<span class="${badgeClass(t.grade)}">${esc(t.term)}</span>` : esc(t.term)}</dt><dd>${esc(t.description)}</dd>`).join('\n')}\n</dl>`;
    case 'recommendations':
      return `<ol class="recommendations" start="${b.first}">\n${b.items.map((text, i) =>
        `<li id="recommendation-${b.first + i}"><span class="label">Recommendation ${b.first + i}</span>${esc(text)}</li>`).join('\n')}\n</ol>`;
    case 'practice':
      return `<div class="practice">\n<h${b.level}>${esc(b.title)}</h${b.level}>\n<dl>\n${b.fields.map((f) =>
        `<dt>${esc(f.label)}</dt>${f.text.map((t) => `<dd><p>${esc(t)}</p></dd>`).join('')}`).join('\n')}\n</dl>\n</div>`;
    case 'table':
    {
      const numeric = b.numeric ?? [];
      const head = b.columns.map((c, i) => `<th scope="col"${numeric[i] ? ' class="count"' : ''}>${esc(c)}</th>`).join('');
      // In a scrolling box: a table too wide for the page scrolls rather than split its words.
      const caption = b.caption === undefined ? '' : `<caption>${esc(b.caption)}</caption>\n`;
      return `<div class="table">\n<table class="${b.layout}">\n${caption}<thead><tr>${head}</tr></thead>\n`
        + `${b.bodies.map((body) => tbody(body, b.columns.length, numeric, b.layout !== 'text')).join('\n')}\n</table>\n</div>`;
    }
    case 'chart':
      return `<div class="distribution">\n${renderChartSvg(b)}\n</div>`;
    case 'contents':
      return contents(b.items);
    case 'section':
      return `<section class="${b.role}"${attr('id', b.id)}>\n${b.blocks.map(block).join('\n')}\n</section>`;
  }
}

function contents(items: Extract<Block, { kind: 'contents' }>['items']): string {
  const out: string[] = ['<nav class="contents" aria-labelledby="contents-title">', '<h2 id="contents-title">Contents</h2>', '<ol>'];
  items.forEach((item, index) => {
    out.push(`<li><a href="#${esc(item.id)}">${esc(item.text)}</a>`);
    const next = items[index + 1];
    if (next && next.depth > item.depth) out.push('<ol>');
    else out.push('</li>');
    if (item.depth > 0 && (!next || next.depth < item.depth)) out.push('</ol></li>');
  });
  out.push('</ol>', '</nav>');
  return out.join('\n');
}

/**
 * A complete, self-contained HTML page: inline CSS, no scripts, no external resources (a
 * Content-Security-Policy forbids any, so even a mistake could not fetch or run anything).
 */
export function htmlPage(title: string, blocks: readonly Block[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>\n${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...blocks.map(block),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
