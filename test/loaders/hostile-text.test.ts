import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decideLoaded } from '../../src/engine/sequence.js';
import { parseEvidence } from '../../src/evidence/load.js';
import { parseCriteria } from '../../src/criteria/parse.js';
import { checkEvidence } from '../../src/evidence/check.js';
import type { Evidence } from '../../src/evidence/model.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-hostile-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ORIGINAL = readFileSync(join(ROOT, 'evidence/hertfordshire-2007/missing-persons.json'), 'utf8');
const evidence = (): Evidence => JSON.parse(ORIGINAL) as Evidence;

/** Grades `doc`, written to the scratch folder, through the CLI's `run` in this process. */
async function grade(name: string, doc: Evidence) {
  writeFileSync(join(scratch, name), JSON.stringify(doc, null, 2));
  return runInProcess(['missing-persons', join(scratch, name)], { cwd: scratch });
}

describe('look-alike and invisible criterion ids', () => {
  it.each([
    ['Cyrillic', '\u041c\u0420-F1', '"\\u041c\\u0420-F1"; did you mean "MP-F1", which has no finding? (it differs only in look-alike or invisible characters)'],
    ['fullwidth', '\uff2d\uff30-\uff26\uff11', '"\\uff2d\\uff30-\\uff26\\uff11"; did you mean "MP-F1", which has no finding? (it differs only in look-alike or invisible characters)'],
    ['zero-width space', 'MP-F1\u200b', '"MP-F1\\u200b"; did you mean "MP-F1", which has no finding? (it differs only in look-alike or invisible characters)'],
    ['look-alikes and a typo', '\u041c\u0420-F12', '"\\u041c\\u0420-F12"; did you mean "MP-F1", which has no finding? [unknown-criterion]'],
    ['plain typo, as before', 'MP-F12', 'finding for unknown criterion "MP-F12"; did you mean "MP-F1", which has no finding? [unknown-criterion]'],
  ])('%s', async (_what, id, message) => {
    const doc = evidence();
    doc.findings[0]!.criterion = id;
    const run = await grade('look-alike.json', doc);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`look-alike.json:11:20: error: finding for unknown criterion ${message.replace(/^finding for unknown criterion /, '')}`);
    // MP-F1, which the id most likely meant, has no finding: said in that message, not again.
    expect(run.stderr).not.toContain('[missing-finding]');
  });
});

describe('blank rationales', () => {
  it('a judgement whose rationale and "by" show nothing is refused', async () => {
    const doc = evidence();
    doc.judgement = { grade: 'good', rationale: ' \u200b ', by: '\u0000' };
    const run = await grade('judgement.json', doc);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: a professional judgement needs a rationale [empty-rationale]');
    expect(run.stderr).toContain('error: a professional judgement must say who made it ("by") [empty-rationale]');
  });

  it('a critical mark whose rationale shows nothing is refused', async () => {
    const doc = evidence();
    doc.critical = [{ criterion: 'MP-G1', rationale: '\ufeff\u2060\u00a0' }];
    const run = await grade('critical.json', doc);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: the critical mark on MP-G1 needs a rationale [empty-rationale]');
  });

  it('a blank rationale on a look-alike id names the id visibly', async () => {
    const doc = evidence();
    doc.critical = [{ criterion: 'MP-G1\u200b', rationale: '\u200b' }];
    const run = await grade('critical-look-alike.json', doc);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: critical mark for unknown criterion "MP-G1\\u200b"; did you mean "MP-G1"? (it differs only in look-alike or invisible characters) [unknown-criterion]');
    expect(run.stderr).toContain('error: the critical mark on "MP-G1\\u200b" needs a rationale [empty-rationale]');
  });

  it("a batch's decision agrees: a blank rationale is refused", () => {
    const criteria = parseCriteria(readFileSync(join(ROOT, 'criteria/missing-persons.yaml'), 'utf8'), 'missing-persons.yaml');
    if (!criteria.ok) throw new Error('the shipped criteria do not load');
    const decide = (doc: Evidence) => {
      const parsed = parseEvidence(JSON.stringify(doc), 'hostile.json');
      if (!parsed.ok) throw new Error('not schema-valid');
      return decideLoaded(criteria.value, parsed.value);
    };
    const doc = evidence();
    doc.judgement = { grade: 'good', rationale: 'Moderated at the panel.', by: 'Lead inspector' };
    expect(decide(doc).ok).toBe(true);
    for (const blank of [' \u200b ', '\u0000', '\u202e\u2066']) {
      for (const judgement of [{ ...doc.judgement, rationale: blank }, { ...doc.judgement, by: blank }]) {
        const changed = { ...doc, judgement };
        expect(decide(changed).ok).toBe(false);
        expect(checkEvidence(criteria.value, changed).map((i) => i.code)).toContain('empty-rationale');
      }
    }
    const marked = { ...doc, critical: [{ criterion: 'MP-G1', rationale: '\u200b' }] };
    expect(decide(marked).ok).toBe(false);
    expect(checkEvidence(criteria.value, marked).map((i) => i.code)).toContain('empty-rationale');
  });
});

describe('huge unknown ids', () => {
  it('a 15 MB unknown criterion id is refused, quoted short, with no suggestion', async () => {
    const doc = evidence();
    doc.findings[0]!.criterion = `MP-F1${'x'.repeat(15 * 1024 * 1024)}`;
    const run = await grade('huge-id.json', doc);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: finding for unknown criterion "MP-F1${'x'.repeat(55)}…" [unknown-criterion]`);
  });

  it('2,000 unknown ids of 2 KB are each refused', async () => {
    const doc = evidence();
    for (let i = 0; i < 2000; i++) doc.findings.push({ criterion: `MP-F${i}${'y'.repeat(2048)}`, status: 'met' });
    const run = await grade('many-ids.json', doc);
    expect(run.status).toBe(1);
    // stderr shows the first of a file's problems; validate's JSON lists every one.
    expect(run.stderr.match(/\[unknown-criterion\]/g)).toHaveLength(100);
    expect(run.stderr).toContain('many-ids.json: … and 1,900 more problems not shown (the first 100 are)');
    expect(run.stderr).not.toContain('did you mean');
    const validated = await runInProcess(['validate', join(scratch, 'many-ids.json'), '--format', 'json'], { cwd: scratch });
    expect(validated.stdout.match(/"unknown-criterion"/g)).toHaveLength(2000);
    expect(validated.stdout).not.toContain('did you mean');
  });
});

describe('batch', () => {
  it('names a look-alike framework id visibly', async () => {
    const dir = mkdtempSync(join(scratch, 'batch-'));
    const doc = evidence();
    doc.framework = 'missing-persons\u200b';
    writeFileSync(join(dir, 'look-alike.json'), JSON.stringify(doc, null, 2));
    const run = await runInProcess(['batch', dir], { cwd: scratch });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('error: no criteria for framework "missing-persons\\u200b" in ');
    expect(run.stdout + run.stderr).toContain('did you mean "missing-persons"? (it differs only in look-alike or invisible characters)');
  });
});
