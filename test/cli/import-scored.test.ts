import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/model.js';
import { runInProcess } from '../helpers/cli.js';
import { fill, saveSheet, templateSheet } from '../helpers/sheet.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-import-scored-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FORCE = ['--force-id', 'example-service-x', '--force-name', 'Example Service X (synthetic)'];

/** The CQC example's sheet with each quality statement given a score in its score column (or a sheet headed `status`, as before). */
async function scoredSheet(scores: Record<string, string>, header: 'score' | 'status' = 'score'): Promise<string> {
  const sheet = await templateSheet('cqc-saf-example');
  if (header === 'status') (sheet[0] as string[])[(sheet[0] as string[]).indexOf('score')] = 'status';
  for (const [id, score] of Object.entries(scores)) fill(sheet, id, { [header]: score, evidence: 'seen on the assessment' });
  const file = join(scratch, `sheet-${header}-${Object.values(scores).join('')}.csv`);
  writeFileSync(file, saveSheet(sheet));
  return file;
}

const SCORES = { 'SAFE-1': '4', 'SAFE-2': '3', 'SAFE-3': '3', 'SAFE-4': '3', 'SAFE-5': '3', 'SAFE-6': '3', 'SAFE-7': '2', 'SAFE-8': '3' };

describe('grade import: a scored scheme (cqc-saf) takes the score in its score column', () => {
  it('writes the template with a score column where a status scheme has status', async () => {
    expect((await templateSheet('cqc-saf-example'))[0]).toEqual(['id', 'level', 'theme', 'flags', 'statement', 'guidance', 'score', 'evidence', 'sources', 'date']);
    expect((await templateSheet('neighbourhood-policing'))[0]).toEqual(['id', 'level', 'theme', 'flags', 'statement', 'guidance', 'status', 'evidence', 'sources', 'date']);
  });

  it('writes scores, and the evidence grades as the scores say (24 of 32: Good)', async () => {
    const out = join(scratch, 'evidence.json');
    const run = await runInProcess(['import', 'cqc-saf-example', await scoredSheet(SCORES), ...FORCE, '--output', out]);
    expect(run.status, run.stderr).toBe(0);
    const evidence = JSON.parse(readFileSync(out, 'utf8')) as Evidence;
    expect(evidence.findings.map((f) => f.score)).toEqual([4, 3, 3, 3, 3, 3, 2, 3]);
    expect(evidence.findings.every((f) => f.status === undefined)).toBe(true);
    const graded = JSON.parse((await runInProcess(['cqc-saf-example', out, '--format', 'json'])).stdout) as { grade: string; goodShare: number };
    expect([graded.grade, graded.goodShare]).toEqual(['good', 0.75]);
  });

  it('names the row and column of a score outside the scheme\'s range', async () => {
    const run = await runInProcess(['import', 'cqc-saf-example', await scoredSheet({ ...SCORES, 'SAFE-7': '9' }), ...FORCE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/row 8 \(SAFE-7\), column score: .*score 9 is outside 1 to 4/);
  });

  it('still reads a sheet whose score column is headed status, and names that column', async () => {
    const ok = await runInProcess(['import', 'cqc-saf-example', await scoredSheet(SCORES, 'status'), ...FORCE]);
    expect(ok.status, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as Evidence).findings.map((f) => f.score)).toEqual([4, 3, 3, 3, 3, 3, 2, 3]);
    const bad = await runInProcess(['import', 'cqc-saf-example', await scoredSheet({ ...SCORES, 'SAFE-7': '9' }, 'status'), ...FORCE]);
    expect(bad.stderr).toMatch(/row 8 \(SAFE-7\), column status: .*score 9 is outside 1 to 4/);
  });

  it('refuses a status word in the score column, with what it takes instead', async () => {
    const run = await runInProcess(['import', 'cqc-saf-example', await scoredSheet({ ...SCORES, 'SAFE-2': 'met' }), ...FORCE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('row 3 (SAFE-2), column score: "met" is not a score: write a whole number from 1 to 4, not-applicable, or leave it blank while not assessed yet');
  });

  it('drafts blank scores as "score": null, which grade refuses in one message and grades with --allow-incomplete', async () => {
    const { 'SAFE-7': _left, ...some } = SCORES;
    const out = join(scratch, 'draft.json');
    const run = await runInProcess(['import', 'cqc-saf-example', await scoredSheet(some), ...FORCE, '--output', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('the evidence is a draft: 1 score is still blank (SAFE-7)');
    const evidence = JSON.parse(readFileSync(out, 'utf8')) as Evidence;
    expect(evidence.findings.find((f) => f.criterion === 'SAFE-7')).toEqual({ criterion: 'SAFE-7', score: null, evidence: [], sources: [] });
    const refused = await runInProcess(['cqc-saf-example', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/:\d+:\d+: error: 1 criterion is not assessed yet \(no score\): SAFE-7; fill it in, or grade the draft with --allow-incomplete/);
    const graded = JSON.parse((await runInProcess(['cqc-saf-example', out, '--allow-incomplete', '--format', 'json'])).stdout) as { incomplete: boolean; missing: string[] };
    expect([graded.incomplete, graded.missing]).toEqual([true, ['SAFE-7']]);
  });
});

describe('grade template: a scored scheme\'s JSON draft', () => {
  it('gives each finding "score": null (a status scheme\'s gets "status": "")', async () => {
    const scored = JSON.parse((await runInProcess(['template', 'cqc-saf-example'])).stdout) as Evidence;
    expect(scored.findings.every((f) => f.score === null && !('status' in f))).toBe(true);
    const status = JSON.parse((await runInProcess(['template', 'neighbourhood-policing'])).stdout) as Evidence;
    expect(status.findings.every((f) => f.status === '' && !('score' in f))).toBe(true);
  });

  it('says where a score went when it is written as a status', async () => {
    const draft = JSON.parse((await runInProcess(['template', 'cqc-saf-example', '--force-id', 'example-service-x', '--force-name', 'X'])).stdout) as Evidence;
    draft.findings = draft.findings.map((f) => ({ criterion: f.criterion, status: '3', evidence: ['seen'] })) as unknown as Evidence['findings'];
    const file = join(scratch, 'status-3.json');
    writeFileSync(file, JSON.stringify(draft, null, 2));
    const run = await runInProcess(['cqc-saf-example', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('got "3"; in a scored scheme a score is written "score": 3, without a status');
  });
});
