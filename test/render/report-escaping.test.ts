import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/**
 * Hostile evidence and criteria text (fixtures/report/hostile) must come out as text: no tag,
 * attribute, link or Markdown block of its own making reaches the HTML or Markdown output.
 */
const HOSTILE = ['--criteria', 'fixtures/report/hostile/criteria'];
const REPORT = ['report', 'fixtures/report/hostile/evidence', ...HOSTILE, '--national', 'fixtures/report/hostile/national.json'];
const SINGLE = ['hostile-framework', 'fixtures/report/hostile/evidence/hostile-framework.json', ...HOSTILE];

const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'section', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5',
  'p', 'ul', 'ol', 'li', 'a', 'span', 'strong', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd', 'div',
  'svg', 'g', 'rect', 'text', 'line']);
const ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'id', 'href', 'scope', 'colspan', 'start',
  'role', 'aria-labelledby', 'viewBox', 'xmlns', 'font-family', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'fill',
  'stroke', 'stroke-width', 'text-anchor', 'font-size', 'font-weight']);

async function run(args: string[]): Promise<string> {
  const result = await runInProcess(args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

function tagsAndAttributes(html: string): { tags: Set<string>; attributes: Set<string>; hrefs: string[] } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const hrefs: string[] = [];
  for (const [, name = '', rest = ''] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    tags.add(name.toLowerCase());
    for (const [, attribute = '', value = ''] of rest.matchAll(/\s([\w:-]+)="([^"]*)"/g)) {
      attributes.add(attribute);
      if (attribute === 'href') hrefs.push(value);
    }
    // Whatever is left after removing the quoted attributes must be blank (or the closing slash).
    expect(rest.replace(/\s[\w:-]+="[^"]*"/g, '').trim()).toMatch(/^\/?$/);
  }
  return { tags, attributes, hrefs };
}

describe.each([
  ['grade report --format html', [...REPORT, '--format', 'html']],
  ['grade <framework> --format html', [...SINGLE, '--format', 'html']],
])('%s escapes hostile text', async (_name, args) => {
  const html = await run(args);

  it('makes no element or attribute of the evidence\'s or criteria\'s own', () => {
    const { tags, attributes, hrefs } = tagsAndAttributes(html);
    expect([...tags].filter((t) => !TAGS.has(t))).toEqual([]);
    expect([...attributes].filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
    for (const href of hrefs) expect(href).toMatch(/^#[\w-]+$/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<img|<svg onload|<b |<i>|<!--/i);
  });

  it('shows the hostile text, escaped, where it belongs', () => {
    expect(html).toContain('Fair &lt;script&gt;alert(&#39;criterion&#39;)&lt;/script&gt; statement &amp; more');
    expect(html).toContain('&lt;!-- comment --&gt; ]]&gt; &amp;lt;entity&amp;gt;');
    expect(html).toContain('Synthetic &lt;i&gt;Force&lt;/i&gt; &quot;01&quot; &amp; Co');
  });
});

describe('grade report --format html with hostile narrative', async () => {
  const html = await run([...REPORT, '--format', 'html']);
  it.each([
    ['a script element', '&lt;script&gt;alert(1)&lt;/script&gt; context'],
    ['an attribute break-out', '&quot;&gt;&lt;img src=x onerror=alert(2)&gt; strength'],
    ['a closing style tag', '&lt;/style&gt;&lt;script&gt;alert(3)&lt;/script&gt; progress'],
    ['a Markdown link (left as text)', '[click me](javascript:alert(4))'],
    ['text already escaped once', '&amp;lt;already-escaped&amp;gt; &amp;amp; entity'],
    ['a page title', '<title>Synthetic &lt;i&gt;Force&lt;/i&gt; &quot;01&quot; &amp; Co: inspection report</title>'],
    ['a chart title', 'National grade distribution for Hostile &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; framework: Excellent 1, Good 2, Fair 3, Poor 4 (10 forces).'],
  ])('escapes %s', (_name, escaped) => expect(html).toContain(escaped));
});

describe.each([
  ['grade report --format markdown', [...REPORT, '--format', 'markdown']],
  ['grade <framework> --format markdown', [...SINGLE, '--format', 'markdown']],
])('%s escapes hostile text', async (_name, args) => {
  const markdown = await run(args);

  it('leaves no raw HTML, link or image syntax', () => {
    expect(markdown.replace(/\\[<>[\]]/g, '')).not.toMatch(/[<>[\]]/);
    expect(markdown).not.toMatch(/^\s*(```|~~~)/m);
  });

  it('lets no text start a heading, list, table or code block of its own', () => {
    expect(markdown).not.toMatch(/^(#{1,6} (Injected|Not a heading)|[-+] injected|\d+[.)] injected|\| injected|\s{4,}indented)/m);
  });
});

describe('grade report --format markdown with hostile narrative', async () => {
  const markdown = await run([...REPORT, '--format', 'markdown']);
  it.each([
    ['a script element', '\\<script\\>alert(1)\\</script\\> context'],
    ['a Markdown link', '\\[click me\\](javascript:alert(4))'],
    ['a Markdown image', '!\\[pixel\\](http://evil.example/p.png)'],
    ['an autolink', '\\<http://evil.example/auto\\>'],
    ['a heading', '\\# Injected heading'],
    ['a list item', '\\- injected list item'],
    ['an ordered list item', '1\\. injected ordered item'],
    ['a table row', '\\| injected \\| table \\|'],
    ['a code fence', '\\`\\`\\`'],
    ['an entity', '&amp;lt;already-escaped&amp;gt; &amp;amp; entity'],
  ])('escapes %s', (_name, escaped) => expect(markdown).toContain(escaped));
});
