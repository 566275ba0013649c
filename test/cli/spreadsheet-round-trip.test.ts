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

async function gradeJson(framework: string, file: string): Promise<Record<string, unknown>> {
  const run = await runInProcess([framework, file, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe.each(FRAMEWORKS)('%s: template csv → filled → import → grade', (framework) => {
  // The sheet has a row per criterion and factor (status, evidence, sources): a finding's `date`
  // and a professional `judgement` have no place in it, so the JSON it is compared with leaves
  // them out too (Hertfordshire dates CA-G2 and PP-G4, and judges Neighbourhood Policing).
  const evidence = JSON.parse(readFileSync(join(ROOT, 'evidence', 'hertfordshire-2007', `${framework}.json`), 'utf8')) as Evidence;
  for (const finding of evidence.findings) delete finding.date;
  delete evidence.judgement;
  delete (evidence as { $schema?: string }).$schema;
  const source = join(scratch, `${framework}-source.json`);
  writeFileSync(source, `${JSON.stringify(evidence, null, 2)}\n`);

  it.each(Object.keys(SAVES))('gives the result of the JSON evidence, saved %s', async (save) => {
    const sheet = await templateSheet(framework);
    for (const finding of evidence.findings) {
      fill(sheet, finding.criterion, { status: finding.status ?? '', evidence: (finding.evidence ?? []).join('\n'), sources: (finding.sources ?? []).join('\n') });
    }
    for (const factor of evidence.excellence ?? []) {
      fill(sheet, factor.factor, { status: factor.status, evidence: (factor.evidence ?? []).join('\n'), sources: (factor.sources ?? []).join('\n') });
    }
    const csv = join(scratch, `${framework}-${save.length}.csv`);
    writeFileSync(csv, SAVES[save]!(sheet));
    const imported = join(scratch, `${framework}-${save.length}.json`);
    const run = await runInProcess(['import', framework, csv, '--force-id', evidence.force.id, '--force-name', evidence.force.name, '--output', imported]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const [fromJson, fromSheet] = [await gradeJson(framework, source), await gradeJson(framework, imported)];
    for (const key of ['grade', 'computedGrade', 'decision', 'nextGrade', 'criteria', 'excellence', 'counts', 'incomplete', 'force']) {
      expect({ [key]: fromSheet[key] }).toEqual({ [key]: fromJson[key] });
    }
    const back = JSON.parse(readFileSync(imported, 'utf8')) as Evidence;
    expect(back.findings.map((f) => [f.criterion, f.status, f.evidence ?? [], f.sources ?? []]))
      .toEqual(evidence.findings.map((f) => [f.criterion, f.status, f.evidence ?? [], f.sources ?? []]));
  });
});
