import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/model.js';
import { csvLine } from '../../src/shared/csv.js';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { fill, saveSheet, templateSheet, type Sheet } from '../helpers/sheet.js';

/**
 * The spreadsheet round trip: `grade template --format csv`, filled in from a real evidence file's
 * findings as an inspector would, `grade import`, then `grade`: the same result as the JSON
 * evidence it was filled from, for every Hertfordshire framework.
 */
const FRAMEWORKS = ['child-abuse', 'domestic-violence', 'missing-persons', 'neighbourhood-policing', 'performance-management', 'public-protection'];
const scratch = mkdtempSync(join(tmpdir(), 'grade-round-trip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SAVES: Record<string, (sheet: Sheet) => string> = {
  'as a spreadsheet program saves it': (sheet) => saveSheet(sheet),
  'as grade writes CSV (formula-like text neutralised)': (sheet) => `\ufeff${sheet.map((row) => csvLine(row)).join('')}`,
};

/** The JSON result of a file, and its warnings with the file's name taken out (the two files differ by name only). */
async function gradeJson(framework: string, file: string): Promise<{ result: Record<string, unknown>; warnings: string[] }> {
  const run = await runInProcess([framework, file, '--format', 'json']);
  expect(run.status).toBe(0);
  const warnings = run.stderr.split('\n').filter((line) => line !== '').map((line) => line.replace(file, 'FILE'));
  for (const line of warnings) expect(line).toMatch(/^FILE:\d+:\d+: warning: /);
  return { result: JSON.parse(run.stdout) as Record<string, unknown>, warnings };
}

describe.each(FRAMEWORKS)('%s: template csv → filled → import → grade', (framework) => {
  // The sheet has a row per criterion and factor (status, evidence, sources, a finding's date): a
  // professional `judgement` has no place in it, so the JSON it is compared with leaves it out
  // (Hertfordshire judges Neighbourhood Policing). The dates go through the sheet (CA-G2, PP-G4).
  const evidence = JSON.parse(readFileSync(join(ROOT, 'evidence', 'hertfordshire-2007', `${framework}.json`), 'utf8')) as Evidence;
  delete evidence.judgement;
  delete (evidence as { $schema?: string }).$schema;
  const source = join(scratch, `${framework}-source.json`);
  writeFileSync(source, `${JSON.stringify(evidence, null, 2)}\n`);

  it.each(Object.keys(SAVES))('gives the result of the JSON evidence, saved %s', async (save) => {
    const sheet = await templateSheet(framework);
    for (const finding of evidence.findings) {
      fill(sheet, finding.criterion, { status: finding.status ?? '', evidence: (finding.evidence ?? []).join('\n'), sources: (finding.sources ?? []).join('\n'),
        date: finding.date ?? '' });
    }
    for (const factor of evidence.excellence ?? []) {
      fill(sheet, factor.factor, { status: factor.status, evidence: (factor.evidence ?? []).join('\n'), sources: (factor.sources ?? []).join('\n') });
    }
    const csv = join(scratch, `${framework}-${save.length}.csv`);
    writeFileSync(csv, SAVES[save]!(sheet));
    const imported = join(scratch, `${framework}-${save.length}.json`);
    const run = await runInProcess(['import', framework, csv, '--force-id', evidence.force.id, '--force-name', evidence.force.name, '--output', imported]);
    expect(run.status).toBe(0);
    // Only what grading the JSON warns of too: a finding dated outside the assessment period.
    const dated = evidence.findings.filter((f) => f.date !== undefined).length;
    expect(run.stderr.split('\n').filter((line) => line !== '').map((line) => /\[([a-z-]+)\]$/.exec(line)?.[1])).toEqual(Array(dated).fill('date-outside-period'));

    const [json, sheetRun] = [await gradeJson(framework, source), await gradeJson(framework, imported)];
    const [fromJson, fromSheet] = [json.result, sheetRun.result];
    for (const key of ['grade', 'computedGrade', 'decision', 'nextGrade', 'margin', 'criteria', 'excellence', 'counts', 'incomplete', 'force']) {
      expect({ [key]: fromSheet[key] }).toEqual({ [key]: fromJson[key] });
    }
    expect(sheetRun.warnings.map((w) => w.replace(/^FILE:\d+:\d+: /, ''))).toEqual(json.warnings.map((w) => w.replace(/^FILE:\d+:\d+: /, '')));
    const back = JSON.parse(readFileSync(imported, 'utf8')) as Evidence;
    expect(back.findings.map((f) => [f.criterion, f.status, f.evidence ?? [], f.sources ?? [], f.date]))
      .toEqual(evidence.findings.map((f) => [f.criterion, f.status, f.evidence ?? [], f.sources ?? [], f.date]));
  });
});
