import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-moderation-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Doc = Record<string, unknown> & { findings: Array<Record<string, unknown>> };

/** A CLI fixture as evidence of its own synthetic force, changed by `edit`. */
function fixture(name: string, force: string, edit: (doc: Doc) => void = () => {}): string {
  const doc = JSON.parse(readFileSync(join(ROOT, 'fixtures/cli', `${name}.json`), 'utf8')) as Doc;
  doc.force = { id: force, name: `Synthetic ${force}` };
  edit(doc);
  const file = join(scratch, `${force}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

interface Item { force: { id: string }; reasons: Array<{ code: string; message: string }> }

describe('batch: the grades for moderation (issue #16)', async () => {
  const files = [
    fixture('borderline-poor', 'mod-borderline'),
    fixture('judged', 'mod-judged'),
    fixture('incomplete', 'mod-incomplete'),
    fixture('borderline-poor', 'mod-dated', (doc) => {
      doc.findings = doc.findings.map((f) => (f.criterion === 'NP-F2' ? { ...f, status: 'met', date: '2008-01-15' } : f));
    }),
  ];
  const args = ['batch', ...files, '--allow-incomplete'];
  const json = JSON.parse((await runInProcess([...args, '--format', 'json'])).stdout) as { moderation: Item[] };
  const reasons = Object.fromEntries(json.moderation.map((item) => [item.force.id, item.reasons.map((r) => r.code)]));

  it('lists borderline advisories, judgements, incomplete evidence, dates outside the period and margins of one', () => {
    expect(reasons['mod-borderline']).toEqual(['borderline-poor']);
    expect(reasons['mod-judged']).toEqual(expect.arrayContaining(['judgement']));
    expect(reasons['mod-incomplete']).toEqual(expect.arrayContaining(['incomplete']));
    expect(reasons['mod-dated']).toEqual(expect.arrayContaining(['date-outside-period', 'narrow-margin']));
    const judged = json.moderation.find((i) => i.force.id === 'mod-judged')?.reasons.find((r) => r.code === 'judgement');
    expect(judged?.message).toBe('judged Fair; the criteria give Good');
  });

  it('puts the most pressing first: advisories and judgements, then incomplete, then dated findings, then margins alone', async () => {
    // Found by an independent check: in a round most grades hold by one finding, and the first 50 shown buried the rest.
    const margins = [1, 2, 3].map((n) => fixture('judged', `mod-margin-${n}`, (doc) => { delete doc.judgement; }));
    const run = JSON.parse((await runInProcess(['batch', ...margins, ...files, '--allow-incomplete', '--format', 'json'])).stdout) as { moderation: Item[] };
    const order = run.moderation.map((item) => item.force.id);
    const at = (id: string) => order.indexOf(id);
    expect(Math.max(at('mod-borderline'), at('mod-judged'))).toBeLessThan(at('mod-incomplete'));
    expect(at('mod-incomplete')).toBeLessThan(at('mod-dated'));
    for (const n of [1, 2, 3]) expect(at('mod-dated')).toBeLessThan(at(`mod-margin-${n}`));
    expect(order.filter((id) => id.startsWith('mod-margin-'))).toEqual(['mod-margin-1', 'mod-margin-2', 'mod-margin-3']);
  });

  it('prints the same list in text and Markdown', async () => {
    // Text wraps at 100 columns: read each grade's lines as one.
    const text = (await runInProcess(args)).stdout.replace(/\n {4}/g, ' ');
    expect(text).toContain(`For moderation (${json.moderation.length})`);
    expect(text).toMatch(/Synthetic mod-judged — Neighbourhood Policing: Fair\. [^\n]*judged Fair; the criteria give Good/);
    const markdown = (await runInProcess([...args, '--format', 'markdown'])).stdout;
    expect(markdown).toContain(`## For moderation (${json.moderation.length})`);
    expect(markdown).toMatch(/- Synthetic mod-borderline — Neighbourhood Policing: Poor\. Poor by rule "significant"/);
  });

  it('lists nothing for a batch where no grade could be contested', async () => {
    const clean = JSON.parse((await runInProcess(['batch', 'evidence/examples/peel-2021-example/example-force-inadequate.json', '--format', 'json'])).stdout) as { moderation: Item[] };
    expect(clean.moderation).toEqual([]);
    expect((await runInProcess(['batch', 'evidence/examples/peel-2021-example/example-force-inadequate.json'])).stdout).not.toContain('For moderation');
  });

  it.each([
    ['a scheme graded by status', 'fixtures/cli/judged.json', 'holds by one finding'],
    ['a scored scheme, whose change is a score point', 'evidence/examples/cqc-saf-example/example-service-good.json', 'holds by one score point'],
  ])('says a margin of one in the unit its scheme counts: %s', async (_name, file, words) => {
    const run = JSON.parse((await runInProcess(['batch', file, '--format', 'json'])).stdout) as { moderation: Item[] };
    const margin = run.moderation.flatMap((i) => i.reasons).find((r) => r.code === 'narrow-margin');
    expect(margin?.message).toContain(words);
  });
});
