import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { HAS_POPPLER, pdfInfo, pdfPageLines, wordsOutside } from './pdf-text.js';

/**
 * The report printed to PDF (A4) by Debian's Chromium, as it is published: read back with
 * poppler-utils (./pdf-text.ts), it must clip nothing, start each framework on a new page, keep
 * its headings in order, repeat a long table's header on every page and keep each grade box on
 * one page. The PDFs stay in test/output/ (gitignored) for a person to look at. Skipped, saying
 * so, without Chromium (.ci/ensure-chromium.sh) or poppler-utils (.ci/ensure-poppler.sh).
 */
// Functions passed to page.evaluate run in the browser, where the DOM types are not loaded (lib: ES2023).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Element = any;
declare const document: Element;
declare function getComputedStyle(element: Element): { breakInside: string };
declare const NodeFilter: { SHOW_TEXT: number };

const CHROMIUM = '/usr/bin/chromium';
const READY = existsSync(CHROMIUM) && HAS_POPPLER;
const SKIP_REASON = `skipped: ${existsSync(CHROMIUM) ? 'poppler-utils (pdftotext) is missing: .ci/ensure-poppler.sh' : `${CHROMIUM} is missing: .ci/ensure-chromium.sh`}`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUTPUT = join(ROOT, 'test', 'output');
if (!READY) console.warn(`report print test ${SKIP_REASON}`);

/** The stylesheet's @page margins (16 mm left and right, 18 mm top and bottom), in points. */
const MARGIN = { x: (16 * 72) / 25.4, y: (18 * 72) / 25.4 };
/** The printable width of A4 (210 mm less the margins) in CSS pixels. */
const PRINTABLE_PX = Math.floor(((210 - 32) * 96) / 25.4);

/** [group heading (on the framework's first page when it opens the group), framework heading, grade]. */
const FRAMEWORKS = [
  ['Neighbourhood Policing', 'Neighbourhood Policing', 'Good (professional judgement; computed grade Fair)'],
  ['Performance management', 'Performance management', 'Good'],
  // The group opens with its overview, on a page of its own; its first framework follows on a new page.
  ['Protecting vulnerable people', 'Protecting Vulnerable People – Overview', null],
  [undefined, 'Child abuse', 'Good'],
  [undefined, 'Domestic violence', 'Fair'],
  [undefined, 'Public protection', 'Fair'],
  [undefined, 'Missing persons', 'Good'],
] as const;
/** The chapters after the frameworks, each on a new page. */
const ENDING = ['Recommendations', 'Appendix: criteria and their status', 'Appendix: glossary of terms and abbreviations'];

let shared: Promise<Browser> | undefined;
const launched = (): Promise<Browser> => (shared ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS }));
afterAll(async () => { if (shared) await (await shared).close(); });

/** Writes the command's HTML to test/output/<name>.html and prints it to <name>.pdf; gives both. */
async function printed(name: string, args: string[]): Promise<{ html: string; pdf: string }> {
  mkdirSync(OUTPUT, { recursive: true });
  const html = join(OUTPUT, `${name}.html`);
  const pdf = join(OUTPUT, `${name}.pdf`);
  const run = await runInProcess([...args, '--format', 'html', '--output', html]);
  expect(run.status, run.stderr).toBe(0);
  const page = await (await launched()).newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  await page.pdf({ path: pdf, format: 'A4' });
  await page.close();
  return { html, pdf };
}

/** Opens the page laid out for print at the printable width of A4. */
async function openForPrint(html: string): Promise<Page> {
  const page = await (await launched()).newPage({ viewport: { width: PRINTABLE_PX, height: 1000 } });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Laid out for print: tables wider than the page's text, and words that a table cell split across two lines. */
function printLayout(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > width + 0.5).map((t) => t.className);
    const split: string[] = [];
    for (const cell of document.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of String(node.textContent).matchAll(/[^\s\-\u2010-\u2014/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (new Set([...range.getClientRects()].map((rect: { top: number }) => Math.round(rect.top))).size > 1) split.push(match[0]);
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, wide, split };
  });
}

/** Text with every space and line break taken out: a paragraph compares equal however it wrapped. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The index of the first page at or after `from` whose first lines are `lines`, or -1. */
function pageStarting(pages: string[][], lines: readonly string[], from: number): number {
  return pages.findIndex((page, index) => index >= from && lines.every((line, i) => page[i] === line));
}

describe.skipIf(!READY)('the Hertfordshire report printed to PDF (A4) in Chromium', () => {
  let pdf: string;
  let html: string;
  let pages: string[][];

  beforeAll(async () => {
    ({ html, pdf } = await printed('hertfordshire-report', ['report', 'evidence/hertfordshire-2007', '--national', 'fixtures/report/national-2007.json']));
    pages = pdfPageLines(pdf);
  }, 120_000);

  it('is A4, of a plausible number of pages, with no text beyond the printable area', () => {
    const { pages: count, size } = pdfInfo(pdf);
    // A4 is 595.28 × 841.89 points; Chromium rounds it to whole CSS pixels (595.92 × 842.88).
    expect(Math.abs(size.width - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(size.height - 841.89)).toBeLessThan(1.5);
    // 93 pages with the fonts of Debian's Chromium (5 of them the introduction); a range, since fonts and Chromium versions move text a little.
    expect(count).toBeGreaterThanOrEqual(65);
    expect(count).toBeLessThanOrEqual(110);
    expect(pages).toHaveLength(count);
    expect(wordsOutside(pdf, MARGIN)).toEqual([]);
  });

  it('starts the introduction on the page after the contents and the force overview on a page of its own after it, in the source\'s order', () => {
    const introduction = pageStarting(pages, ['Introduction to HMIC Inspections'], 0);
    const overview = pageStarting(pages, ['Force Overview and Context', 'Geographical description of force area'], 0);
    expect(introduction).toBe(1);
    expect(overview).toBeGreaterThan(introduction);
    const lines = pages.slice(introduction, overview).flat();
    const at = ['Programmed frameworks', 'Risk-based frameworks', 'HMIC risk-based frameworks', 'The grading process', 'Excellent', 'Good', 'Fair', 'Poor',
      'Developing practice', 'Future HMIC inspection activity', 'Planned Inspection areas', 'Leadership'].map((line) => lines.indexOf(line));
    expect(at.every((index, i) => index > (at[i - 1] ?? -1)), at.join(', ')).toBe(true);
  });

  it('starts each framework on a new page (its heading first, after its group\'s), in the source order, then the recommendations and appendices', () => {
    const starts: number[] = [];
    for (const [group, title] of FRAMEWORKS) starts.push(pageStarting(pages, group ? [group, title] : [title], (starts.at(-1) ?? 0) + 1));
    for (const title of ENDING) starts.push(pageStarting(pages, [title], (starts.at(-1) ?? 0) + 1));
    expect(starts.every((page) => page > 0), `first pages: ${starts.join(', ')}`).toBe(true);
  });

  it('keeps every heading, in the order of the page', async () => {
    const page = await openForPrint(html);
    const headings = (await page.locator('main h2, main h3, main h4').allInnerTexts()).map((text) => text.trim());
    await page.close();
    expect(headings.length).toBeGreaterThan(60);
    const lines = pages.flat();
    let at = -1;
    const missing = headings.filter((heading) => {
      const found = lines.indexOf(heading, at + 1);
      if (found >= 0) at = found;
      return found < 0;
    });
    expect(missing).toEqual([]);
  });

  it('repeats the criteria table\'s header on every page of the appendix', () => {
    const first = pageStarting(pages, [ENDING[1] ?? ''], 0);
    const last = pageStarting(pages, [ENDING[2] ?? ''], first);
    const appendix = pages.slice(first, last);
    const row = /^[A-Z]{2}-[FG]\d+ /;
    const withRows = appendix.filter((lines) => lines.some((line) => row.test(line)));
    expect(withRows.length).toBeGreaterThanOrEqual(10);
    for (const lines of withRows) {
      const header = lines.indexOf('Criterion Status Statement');
      expect(header, lines.slice(0, 3).join(' | ')).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(lines.findIndex((line) => row.test(line)));
    }
    // A continued table: pages that open with the header, not with a heading.
    expect(appendix.filter((lines) => lines[0] === 'Criterion Status Statement').length).toBeGreaterThanOrEqual(8);
  });

  it('keeps each grade box on one page, from its heading to its last sentence', async () => {
    const page = await openForPrint(html);
    const boxes = await page.evaluate(() => [...document.querySelectorAll('section.framework section.grade')].map((box) => ({
      heading: String(box.querySelector('.grade-heading').innerText), last: String(box.lastElementChild.innerText), breakInside: getComputedStyle(box).breakInside,
    })));
    await page.close();
    expect(boxes.map((box) => box.heading)).toEqual(FRAMEWORKS.filter(([, , grade]) => grade !== null).map(([, , grade]) => `Grade: ${grade}`));
    const texts = pages.map((lines) => squeeze(lines.join(' ')));
    for (const box of boxes) {
      expect(box.breakInside).toBe('avoid');
      const on = texts.filter((text) => text.includes(squeeze(box.last)));
      expect(on, box.last).toHaveLength(1);
      expect(on[0]).toContain(squeeze(box.heading));
    }
  });

  it('fits every table to the printable width without splitting a word', async () => {
    const page = await openForPrint(html);
    const { scrollWidth, width, wide, split } = await printLayout(page);
    await page.close();
    expect(wide).toEqual([]);
    expect(split).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });
});

describe.skipIf(!READY)('other pages printed to PDF (A4): nothing clipped', () => {
  // The hostile report's unbroken tokens must wrap inside their cells; the national batch page's
  // seven columns of framework names and grade badges must fit with no word split.
  it.each([
    ['hostile-report', ['report', 'fixtures/report/hostile/evidence', '--criteria', 'fixtures/report/hostile/criteria', '--national', 'fixtures/report/hostile/national.json'], false],
    ['national-batch', ['batch', 'fixtures/national-2007', '--forces', 'fixtures/national-2007/forces.yaml'], true],
  ])('%s: every table fits and no text reaches past the printable area', async (name, args, wholeWords) => {
    const { html, pdf } = await printed(name, args);
    expect(wordsOutside(pdf, MARGIN)).toEqual([]);
    const page = await openForPrint(html);
    const { scrollWidth, width, wide, split } = await printLayout(page);
    await page.close();
    expect(wide).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    if (wholeWords) expect(split).toEqual([]);
  }, 60_000);
});

it.skipIf(READY)(`report print test ${SKIP_REASON}`, () => undefined);
