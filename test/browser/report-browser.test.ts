import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/**
 * The report's HTML in a real browser: Debian's Chromium (/usr/bin/chromium, installed by
 * .ci/ensure-chromium.sh) driven by playwright-core, which downloads no browser of its own.
 * Screenshots go to test/output/ (gitignored) for a person to look at.
 */
// Functions passed to page.evaluate run in the browser; the project compiles without the DOM
// library (so Node code cannot use browser globals by mistake), hence these local declarations.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- page.evaluate callbacks run in the browser, where the DOM types are not loaded (lib: ES2023)
type Element = any;
declare const document: Element;
declare function getComputedStyle(element: Element): { breakBefore: string };
declare const NodeFilter: { SHOW_TEXT: number };

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUTPUT = join(ROOT, 'test', 'output');

/**
 * Screenshots for a person to look at (test/output/), taken only with GRADE_SCREENSHOTS=1:
 * encoding them is most of this file's time, and no assertion reads them.
 */
const snap = async (page: { screenshot: (options: { path: string; fullPage?: boolean }) => Promise<unknown> }, path: string, fullPage = false): Promise<void> => {
  if (process.env.GRADE_SCREENSHOTS === '1') await page.screenshot({ path, fullPage });
};
const SKIP_REASON = `skipped: ${CHROMIUM} is missing (install it with .ci/ensure-chromium.sh)`;

if (!HAS_CHROMIUM) console.warn(`report browser test ${SKIP_REASON}`);

const FRAMEWORKS = [
  ['neighbourhood-policing', 'Neighbourhood Policing', 'Good', 14],
  ['performance-management', 'Performance management', 'Good', 29],
  ['child-abuse', 'Child abuse', 'Good', 17],
  ['domestic-violence', 'Domestic violence', 'Fair', 27],
  ['public-protection', 'Public protection', 'Fair', 23],
  ['missing-persons', 'Missing persons', 'Good', 21],
] as const;

async function writeReport(name: string, args: string[]): Promise<string> {
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, name);
  const run = await runInProcess([...args, '--format', 'html', '--output', file]);
  expect(run.status, run.stderr).toBe(0);
  return pathToFileURL(file).href;
}

/** Opens a page and records every request other than the page itself, and every console error. */
async function open(browser: Browser, url: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 1200 } });
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => { if (request.url() !== url) requests.push(request.url()); });
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors, dialogs };
}

/** Scrolls so that the element's top is at the top of the viewport (for screenshots). */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/**
 * Elements whose box reaches past the right edge of the viewport, table cells whose content
 * spills out of them, and the document's scroll width.
 */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.getAttribute('class') ?? ''}: ${(el.textContent ?? '').slice(0, 40)}`;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5).map(name);
    const spilling = [...document.querySelectorAll('th, td')].filter((cell) => {
      const box = cell.getBoundingClientRect();
      return [...cell.querySelectorAll('*')].some((child) => child.getBoundingClientRect().right > box.right + 0.5);
    }).map(name);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide, spilling };
  });
}

// One Chromium for the whole file: a launch costs a second or more.
let shared: Promise<Browser> | undefined;
const launched = (): Promise<Browser> => (shared ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS }));
afterAll(async () => { if (shared) await (await shared).close(); });

describe.skipIf(!HAS_CHROMIUM)('the Hertfordshire report in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    url = await writeReport('hertfordshire-report.html', ['report', 'evidence/hertfordshire-2007', '--national', 'fixtures/report/national-2007.json']);
    browser = await launched();
  }, 60_000);

  it('shows the title, the summaries, the group and framework headings and the appendix', async () => {
    const { page } = await open(browser, url, 1024);
    expect(await page.locator('h1').innerText()).toBe('Hertfordshire Constabulary: inspection report');
    const h2 = await page.locator('h2').allInnerTexts();
    for (const heading of ['Contents', 'Force Overview and Context', 'National summary of judgements', 'Force summary of judgements', 'Neighbourhood Policing',
      'Performance management', 'Protecting vulnerable people', 'Recommendations', 'Appendix: criteria and their status',
      'Appendix: glossary of terms and abbreviations']) expect(h2).toContain(heading);
    expect(await page.locator('section.framework > h3').allInnerTexts()).toEqual(FRAMEWORKS.map(([, title]) => title));
    expect(await page.locator('section#appendix > h3').allInnerTexts()).toEqual(FRAMEWORKS.map(([, title]) => title));
    const nine = Array.from({ length: 9 }, (_, i) => `RECOMMENDATION ${i + 1}`);
    // Recommendation 4 is the PVP overview's, at the head of its group, as in the source.
    expect(await page.locator('section.group-overview > h3').allInnerTexts()).toEqual(['Protecting Vulnerable People – Overview']);
    expect(await page.locator('section.framework ol.recommendations .label, section.group-overview ol.recommendations .label').allInnerTexts()).toEqual(nine);
    // And again, all of them, at the end (as the source lists them).
    expect(await page.locator('section#recommendations ol.recommendations .label').allInnerTexts()).toEqual(nine);
    await page.close();
  });

  it('shows the six grades, in the force summary and in each framework section', async () => {
    const { page } = await open(browser, url, 1024);
    const grades = FRAMEWORKS.map(([, , grade]) => grade);
    expect(await page.locator('section.framework .grade-heading .badge').allInnerTexts()).toEqual(grades);
    expect(await page.locator('table.judgements tbody td .badge').allInnerTexts()).toEqual(grades);
    // Neighbourhood Policing's Good is the report's own judgement over a computed Fair; the rest are computed.
    expect((await page.locator('table.judgements tbody td').allInnerTexts()).filter((text) => text.includes('judged'))).toEqual(['Good (judged)']);
    await page.close();
  });

  it('draws six charts, each an image with a title, the force\'s bar highlighted and labelled with its count', async () => {
    const { page } = await open(browser, url, 1024);
    expect(await page.locator('svg.chart[role="img"]').count()).toBe(6);
    for (const [id, title, grade, count] of FRAMEWORKS) {
      const chart = page.locator(`#chart-${id}`);
      expect(await chart.locator('title').textContent()).toContain(`National grade distribution for ${title}:`);
      expect(await chart.locator('.bar-force text').allTextContents()).toEqual([String(count), grade, 'this force']);
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(100);
    }
    await scrollToTop(page, '#framework-neighbourhood-policing');
    await snap(page, join(OUTPUT, 'hertfordshire-report-neighbourhood-policing-1024.png'));
    await page.close();
  });

  it.each([1024, 600])('fits a %ipx viewport: nothing overflows the page width', async (width) => {
    const { page } = await open(browser, url, width);
    const { scrollWidth, clientWidth, wide, spilling } = await overflow(page);
    expect(wide).toEqual([]);
    expect(spilling).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await snap(page, join(OUTPUT, `hertfordshire-report-top-${width}.png`));
    await scrollToTop(page, '#criteria-public-protection');
    await snap(page, join(OUTPUT, `hertfordshire-report-appendix-${width}.png`));
    await page.close();
  });

  it('fetches nothing, runs nothing and logs no error', async () => {
    const { page, requests, errors } = await open(browser, url, 1024);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length + document.images.length + document.querySelectorAll('link, iframe, object, embed').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('prints the introduction, the overview, each group and each further framework on a new page', async () => {
    const { page } = await open(browser, url, 1024);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate(() => [...document.querySelectorAll('section.introduction, section.overview, section.group, section.group-overview, section.framework, section.appendix')]
      .map((el) => `${el.id}:${getComputedStyle(el).breakBefore}`));
    expect(breaks).toEqual([
      'introduction:page', 'overview:page',
      'group-neighbourhood-policing:page', 'framework-neighbourhood-policing:auto',
      'group-performance-management:page', 'framework-performance-management:auto',
      'group-protecting-vulnerable-people:page', 'group-protecting-vulnerable-people-overview:auto', 'framework-child-abuse:page', 'framework-domestic-violence:page',
      'framework-public-protection:page', 'framework-missing-persons:page',
      'recommendations:page', 'appendix:page', 'glossary:page',
    ]);
    await page.close();
  });
});

describe.skipIf(!HAS_CHROMIUM)('a report of hostile evidence in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    url = await writeReport('hostile-report.html', ['report', 'fixtures/report/hostile/evidence', '--criteria', 'fixtures/report/hostile/criteria',
      '--national', 'fixtures/report/hostile/national.json']);
    browser = await launched();
  }, 60_000);

  it('shows the hostile text as text: no script runs, no element or handler is made', async () => {
    const { page, requests, errors, dialogs } = await open(browser, url, 1024);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed, b, i, link').length)).toBe(0);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((n) => n.startsWith('on')))).toEqual([]);
    expect(await page.locator('h1').innerText()).toBe('Synthetic <i>Force</i> "01" & Co: inspection report');
    expect(await page.title()).toBe('Synthetic <i>Force</i> "01" & Co: inspection report');
    expect(await page.getByText('</style><script>alert(3)</script> progress').count()).toBe(1);
    const { wide, spilling } = await overflow(page);
    expect(wide).toEqual([]);
    expect(spilling).toEqual([]);
    await snap(page, join(OUTPUT, 'hostile-report-1024.png'), true);
    await page.close();
  });
});

/** Words in table cells that the browser drew across two lines (split mid-word). */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    for (const cell of document.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = String(node.textContent);
        // A word: a run between spaces, hyphens, dashes and slashes (where a line may break).
        for (const match of text.matchAll(/[^\s\-\u2010-\u2014/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((rect: { top: number }) => Math.round(rect.top)));
          if (tops.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  });
}

describe.skipIf(!HAS_CHROMIUM)('grade --format html in Chromium', () => {
  let browser: Browser;
  const urls = new Map<string, string>();

  beforeAll(async () => {
    urls.set('np', await writeReport('grade-neighbourhood-policing.html',
      ['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json', '--show-evidence']));
    urls.set('borderline', await writeReport('grade-borderline-poor.html', ['neighbourhood-policing', 'fixtures/cli/borderline-poor.json']));
    browser = await launched();
  }, 60_000);

  it.each([360, 600, 1024])('never splits a word in a table, and fits a %ipx viewport', async (width) => {
    for (const [name, url] of urls) {
      const { page } = await open(browser, url, width);
      expect(await splitWords(page), name).toEqual([]);
      // Only a table too wide for a phone scrolls, inside its own box; the page never does.
      const { scrollWidth, clientWidth } = await overflow(page);
      expect(scrollWidth, name).toBeLessThanOrEqual(clientWidth);
      if (width >= 600) {
        expect(await page.evaluate(() => [...document.querySelectorAll('div.table')].filter((box) => box.scrollWidth > box.clientWidth).length), name).toBe(0);
      }
      await snap(page, join(OUTPUT, `grade-${name}-${width}.png`));
      await page.close();
    }
  });

  it('shows the borderline-poor advisory next to the grade, and the findings behind the grade with their evidence', async () => {
    const { page } = await open(browser, urls.get('borderline') ?? '', 1024);
    expect(await page.locator('.grade-heading + p.advisory').innerText()).toMatch(/^Borderline Poor: Poor by rule "significant" with 1 of 8 significant Fair criteria/);
    expect(await page.locator('ul.findings li').allInnerTexts()).toEqual([expect.stringMatching(/^NP-F2 Partly met \(significant; decided the grade; must become met for Fair\)\n+Synthetic finding for tests\.\n+Sources: Synthetic$/)]);
    await page.close();
  });
});

it.skipIf(HAS_CHROMIUM)(`report browser test ${SKIP_REASON}`, () => undefined);

describe.skipIf(!HAS_CHROMIUM)('the national batch page in Chromium (grade batch --format html)', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    url = await writeReport('national-batch.html', ['batch', 'fixtures/national-2007', '--forces', 'fixtures/national-2007/forces.yaml']);
    browser = await launched();
  }, 60_000);

  it('shows the national table, a chart per framework, the force table and the moderation list, fetching nothing', async () => {
    const { page, requests, errors } = await open(browser, url, 1024);
    expect(await page.locator('h1').innerText()).toBe('National summary of judgements');
    expect(await page.locator('table.counts caption').first().innerText()).toBe('Number of forces awarded each grade');
    // The source report's national table: Neighbourhood Policing 6 Excellent, 14 Good, 21 Fair, 2 Poor.
    const np = await page.locator('table.counts').first().locator('tr', { hasText: 'Neighbourhood Policing' }).locator('td').allInnerTexts();
    expect(np).toEqual(['6', '14', '21', '2']);
    expect(await page.locator('svg.chart').count()).toBe(6);
    expect(await page.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['Force summary of judgements']));
    expect(await page.locator('h2#moderation').count()).toBe(1);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await snap(page, join(OUTPUT, 'national-batch.png'), true);
    await page.close();
  });

  it('fits a phone: nothing reaches past the page but the tables, which scroll in their box', async () => {
    const { page } = await open(browser, url, 390);
    const { wide } = await overflow(page);
    expect(wide.filter((name) => !/^(table|thead|tbody|tr|th|td|caption|span|strong)\b/.test(name))).toEqual([]);
    await page.close();
  });
});
