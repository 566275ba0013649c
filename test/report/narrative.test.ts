import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/** Issue #16 §1: the force overview and the PVP group overview, from the force narrative file. */
const FOLDER = 'evidence/hertfordshire-2007';
const NARRATIVE = `${FOLDER}/force.narrative.json`;

describe('grade report: the force narrative (*.narrative.json)', async () => {
  const markdown = (await runInProcess(['report', FOLDER, '--format', 'markdown'])).stdout;
  const lines = markdown.split('\n');
  const html = (await runInProcess(['report', FOLDER])).stdout;

  it('opens with the Force Overview and Context, after the contents and before the summaries, as the source does', () => {
    const at = lines.indexOf('## Force Overview and Context');
    expect(at).toBeGreaterThan(lines.indexOf('## Contents'));
    expect(at).toBeLessThan(lines.indexOf('## National summary of judgements'));
    expect(lines.slice(at).filter((l) => l.startsWith('### ')).slice(0, 4)).toEqual([
      '### Geographical description of force area', '### Demographic profile of force area', '### Strategic priorities', '### Force developments since 2006']);
    expect(lines.indexOf('- Force Overview and Context')).toBeLessThan(lines.indexOf('- National summary of judgements'));
  });

  it('keeps the strategic priorities as the source lists them: six priorities, each with its objectives', () => {
    const at = lines.indexOf('- Investigate crime');
    expect(lines.slice(at, at + 4)).toEqual(['- Investigate crime', '  - Bring more offences and offenders to justice',
      '  - Tackle Class A drug supply and its impact on criminality',
      '  - Combat serious and organised crime and protect the county from terrorism and domestic extremism']);
    expect(html).toContain('<li>Investigate crime\n<ul>\n<li>Bring more offences and offenders to justice</li>');
  });

  it('writes the overview first in HTML too, as a section of its own', () => {
    expect(html.indexOf('<section class="overview" id="overview">')).toBeGreaterThan(html.indexOf('<section class="title">'));
    expect(html.indexOf('<section class="overview" id="overview">')).toBeLessThan(html.indexOf('id="summary"'));
    expect(html).toContain('<a href="#overview">Force Overview and Context</a>');
  });

  it('heads the Protecting vulnerable people group with its own overview, the 2005/06 Fair among its contextual factors', () => {
    const group = lines.indexOf('## Protecting vulnerable people');
    const overview = lines.indexOf('### Protecting Vulnerable People – Overview');
    expect(overview).toBe(group + 2);
    expect(overview).toBeLessThan(lines.indexOf('### Child abuse'));
    const part = lines.slice(overview, lines.indexOf('### Child abuse'));
    expect(part.filter((l) => l.startsWith('#### '))).toEqual(['#### National contextual factors', '#### Contextual factors', '#### Strengths',
      '#### Work in progress', '#### Areas for improvement', '#### Recommendations']);
    expect(part.join('\n')).toContain('Hertfordshire Constabulary received a Fair grading for the PVP framework in the 2005/06 HMIC baseline assessment.');
    expect(html).toContain('<section class="group-overview" id="group-protecting-vulnerable-people-overview">');
  });

  it('files recommendation 4 under the PVP overview, not child abuse, and keeps 1–9 in the source\'s order', () => {
    const overview = lines.indexOf('### Protecting Vulnerable People – Overview');
    const childAbuse = lines.indexOf('### Child abuse');
    const numbered = (from: number, to: number) => lines.slice(from, to).flatMap((l) => /^\*\*Recommendation (\d+)\.\*\*/.exec(l)?.[1] ?? []);
    expect(numbered(overview, childAbuse)).toEqual(['4']);
    expect(numbered(childAbuse, lines.indexOf('### Domestic violence'))).toEqual(['5']);
    const end = lines.indexOf('## Recommendations');
    const appendix = lines.indexOf('## Appendix: criteria and their status');
    expect(numbered(end, appendix)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const ending = lines.slice(end, appendix);
    expect(ending.indexOf('#### Protecting Vulnerable People – Overview')).toBe(ending.indexOf('**Recommendation 4.** That the force utilises National Intelligence Model products to prioritise activity within protecting vulnerable people disciplines.') - 2);
  });

  it('without the narrative, the report is as before: no overview, recommendations numbered from the evidence alone', async () => {
    const files = ['child-abuse', 'neighbourhood-policing'].map((id) => `${FOLDER}/${id}.json`);
    const text = (await runInProcess(['report', ...files, '--format', 'markdown'])).stdout;
    expect(text).not.toContain('Force Overview and Context');
    expect(text).not.toContain('Overview');
    expect(text).toContain('**Recommendation 3.** That the force considers developing integrated IT support for child abuse investigations.');
  });
});

describe('the force narrative beside the evidence', () => {
  it('is validated as a narrative, not as evidence', async () => {
    const run = await runInProcess(['validate', FOLDER, '--format', 'json']);
    expect(run.status).toBe(0);
    const files = (JSON.parse(run.stdout) as { files: Array<{ file: string; kind: string; valid: boolean }> }).files;
    expect(files.find((f) => f.file === NARRATIVE)).toMatchObject({ kind: 'narrative', valid: true });
    expect(files.filter((f) => f.kind === 'evidence')).toHaveLength(6);
  });

  it('is neither graded, nor an error, nor a skipped file in a batch of the folder', async () => {
    const run = await runInProcess(['batch', FOLDER, '--format', 'json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { results: Array<{ file: string }>; errors: unknown[]; skipped: unknown[] };
    expect(out.results).toHaveLength(6);
    expect(out.errors).toEqual([]);
    expect(out.skipped).toEqual([]);
  });

  it('carries clean texts: none blank, none with a page break\'s debris (running heads, double spaces)', () => {
    // The texts are the source's own words (checked against the seed when they were carried).
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([key, v]) => { if (key !== '$schema') walk(v); });
    };
    walk(JSON.parse(readFileSync(NARRATIVE, 'utf8')));
    for (const text of texts) expect(text).toMatch(/^\S(.*\S)?$/);
    for (const text of texts) expect(text).not.toMatch(/ {2}|Page \d|HMIC Inspection Report/);
  });
});

describe('force narratives with problems', () => {
  it('gives positioned schema errors in the user\'s words', async () => {
    const run = await runInProcess(['validate', 'fixtures/narrative/misshapen.narrative.json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('fixtures/narrative/misshapen.narrative.json:7:42: error: section "Strategic priorities": unknown key "paragraph"; did you mean "paragraphs"? [unknown-key]');
    expect(run.stdout).toContain('fixtures/narrative/misshapen.narrative.json:11:62: error: overview of "Protecting vulnerable people": strengths item 1 must not be empty [invalid-value]');
  });

  it.each([
    [['validate', 'fixtures/narrative/unknown-group.narrative.json'], ':6:16: error: the group "Protecting vulnerable peple" has no framework among the criteria files in criteria'],
    [['report', `${FOLDER}/child-abuse.json`, 'fixtures/narrative/unknown-group.narrative.json'], ':6:16: error: the group "Protecting vulnerable peple" has no framework among the criteria files'],
    [['validate', 'fixtures/narrative/unknown-group.narrative.json'], ':7:16: error: a second overview for the group "Protecting vulnerable people" (the first is group 1 of this file)'],
  ])('%j: %s', async (args, message) => {
    const run = await runInProcess(args);
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain(`fixtures/narrative/unknown-group.narrative.json${message}`);
    expect(`${run.stdout}${run.stderr}`).toContain('did you mean "Protecting vulnerable people"?');
  });

  it('refuses a second narrative, and one for another force, writing no report', async () => {
    const run = await runInProcess(['report', FOLDER, 'fixtures/narrative/other-force.narrative.json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('other-force.narrative.json:1:1: error: a second force narrative (the first is evidence/hertfordshire-2007/force.narrative.json)');
    expect(run.stderr).toContain('other-force.narrative.json:3:20: error: this narrative is for force "synthetic-force-01"');
    expect(run.stderr).toContain('[mixed-forces]');
  });

  it('shows a known group\'s overview only in a report that has the group, without complaint', async () => {
    const run = await runInProcess(['report', `${FOLDER}/neighbourhood-policing.json`, NARRATIVE, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('## Force Overview and Context');
    expect(run.stdout).not.toContain('Protecting Vulnerable People – Overview');
  });

  it('is not a report on its own: a folder of narratives only is a usage problem', async () => {
    const run = await runInProcess(['report', 'fixtures/narrative']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('only force narratives (*.narrative.json): a report needs a force\'s evidence');
  });
});
