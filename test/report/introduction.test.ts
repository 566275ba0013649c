import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/evidence/narrative/load.js';
import { runInProcess } from '../helpers/cli.js';

/** Issue #16: the source's "Introduction to HMIC Inspections", first in the report, from the force narrative. */
const FOLDER = 'evidence/hertfordshire-2007';
const NATIONAL = 'fixtures/report/national-2007.json';

describe('grade report: the introduction to HMIC inspections', async () => {
  const markdown = (await runInProcess(['report', FOLDER, '--national', NATIONAL, '--format', 'markdown'])).stdout;
  const lines = markdown.split('\n');
  const html = (await runInProcess(['report', FOLDER, '--national', NATIONAL])).stdout;

  it('comes first after the title and contents, before the Force Overview and Context', () => {
    const h2 = lines.filter((l) => l.startsWith('## '));
    expect(h2.slice(0, 4)).toEqual(['## Contents', '## Introduction to HMIC Inspections', '## Force Overview and Context', '## National summary of judgements']);
    expect(lines.filter((l) => l.startsWith('- ')).slice(0, 2)).toEqual(['- Introduction to HMIC Inspections', '- Force Overview and Context']);
  });

  it('has the source\'s sections in the source\'s order, the four grades under the grading process', () => {
    const from = lines.indexOf('## Introduction to HMIC Inspections');
    const to = lines.indexOf('## Force Overview and Context');
    expect(lines.slice(from, to).filter((l) => /^#{3,4} /.test(l))).toEqual([
      '### Programmed frameworks', '### Risk-based frameworks', '### The grading process',
      '#### Excellent', '#### Good', '#### Fair', '#### Poor', '### Developing practice', '### Future HMIC inspection activity']);
  });

  it('keeps the numbered list, the Excellent bullets and the two tables as the source has them', () => {
    const at = lines.indexOf('1. Neighbourhood Policing;');
    expect(lines.slice(at, at + 3)).toEqual(['1. Neighbourhood Policing;', '2. performance management; and', '3. protecting vulnerable people.']);
    expect(lines).toContain('- HMIC is committed to supporting innovation and we would expect Excellent forces to have introduced and evaluated new ways of delivering or improving performance.');
    const risk = lines.indexOf('| HMIC risk-based frameworks |');
    expect(lines.slice(risk, risk + 3)).toEqual(['| HMIC risk-based frameworks |', '| --- |', '| Fairness and equality in service delivery |']);
    const planned = lines.indexOf('| Planned Inspection areas |');
    expect(lines.slice(planned + 2, planned + 15)).toHaveLength(13);
    expect(lines[planned + 13]).toBe('| Leadership |');
    expect(lines[planned + 14]).toBe('');
  });

  it('writes HTML with a section of its own, a numbered list and plain tables (no row headers, no caption)', () => {
    const start = html.indexOf('<section class="introduction" id="introduction">');
    expect(start).toBeGreaterThan(html.indexOf('<nav class="contents"'));
    expect(start).toBeLessThan(html.indexOf('<section class="overview" id="overview">'));
    expect(html).toContain('<ol>\n<li><a href="#introduction">Introduction to HMIC Inspections</a>\n</li>');
    expect(html).toContain('<ol>\n<li>Neighbourhood Policing;</li>\n<li>performance management; and</li>');
    expect(html).toContain('<table class="text">\n<thead><tr><th scope="col">HMIC risk-based frameworks</th></tr></thead>\n<tbody>\n<tr><td>Fairness and equality in service delivery</td></tr>');
    expect(html).toContain('section.introduction,section.overview,section.group,section.appendix{break-before:page}');
  });

  it('is left out with the narrative, as the overviews are', async () => {
    const text = (await runInProcess(['report', `${FOLDER}/child-abuse.json`, '--format', 'markdown'])).stdout;
    expect(text).not.toContain('Introduction to HMIC Inspections');
    expect(text.split('\n').filter((l) => l.startsWith('## ')).slice(0, 2)).toEqual(['## Contents', '## National summary of judgements']);
  });
});

describe('an introduction with mistakes', () => {
  const at = (line: number, column: number, code: string) => expect.objectContaining({ line, column, code, severity: 'error' });

  it('refuses a piece of content that is not exactly one paragraph, list, numbered list or table, positioned at the piece', () => {
    const text = JSON.stringify({ force: { id: 'x', name: 'X' }, introduction: { title: 'Introduction', content: [
      { paragraph: 'One.', numbered: ['and two'] }, {}] } }, null, 2);
    const loaded = parseNarrative(text, 'x.narrative.json');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics).toEqual([at(9, 7, 'block-kind'), at(15, 7, 'block-kind')]);
    expect(loaded.diagnostics[0]?.message).toBe('content item 1 of "Introduction" must be one of a "paragraph", a "list", a "numbered" list or a "table", '
      + 'and gives "paragraph" and "numbered": give each paragraph, list or table a piece of its own, in the source\'s order');
    expect(loaded.diagnostics[1]?.message).toContain('and gives none of them');
  });

  it('refuses a table row with more or fewer cells than the table has columns, positioned at the row', () => {
    const text = JSON.stringify({ force: { id: 'x', name: 'X' }, introduction: { title: 'Introduction', sections: [{ title: 'Areas',
      content: [{ table: { columns: ['Area', 'When'], rows: [['Major crime', '2008'], ['Leadership']] } }] }] } }, null, 2);
    const loaded = parseNarrative(text, 'x.narrative.json');
    expect(loaded.diagnostics).toEqual([at(23, 17, 'table-width')]);
    expect(loaded.diagnostics[0]?.message).toBe('row 2 of the table in content item 1 of "Areas" has 1 cell, but the table has 2 columns: give one text per column');
  });

  it('gives the schema\'s positioned errors in the user\'s words, through grade validate', async () => {
    const run = await runInProcess(['validate', 'fixtures/narrative/introduction-misshapen.narrative.json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('introduction-misshapen.narrative.json:7:57: error: section "Programmed frameworks": unknown key "paragraphs" in content item 1; did you mean "paragraph"? [unknown-key]');
    expect(run.stdout).toContain('introduction-misshapen.narrative.json:8:92: error: section "Risk-based frameworks": content item 1.list item 2 must not be empty [invalid-value]');
  });

  it('is checked by grade validate, and stops grade report writing anything', async () => {
    const file = 'fixtures/narrative/introduction-pieces.narrative.json';
    const validate = await runInProcess(['validate', file]);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain(`${file}:6:17: error: content item 1 of "Introduction to HMIC Inspections" must be one of`);
    expect(validate.stdout).toContain(`${file}:9:9: error: content item 1 of "Risk-based frameworks" must be one of`);
    expect(validate.stdout).toContain(`${file}:10:102: error: row 2 of the table in content item 2 of "Risk-based frameworks" has 2 cells, but the table has 1 column`);
    const report = await runInProcess(['report', `${FOLDER}/child-abuse.json`, file]);
    expect(report.status).toBe(1);
    expect(report.stdout).toBe('');
    expect(report.stderr).toContain(`${file}:10:102: error: row 2 of the table`);
  });
});
