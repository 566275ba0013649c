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

/** The CQC example's sheet with each quality statement given a score in the status column. */
async function scoredSheet(scores: Record<string, string>): Promise<string> {
  const sheet = await templateSheet('cqc-saf-example');
  for (const [id, score] of Object.entries(scores)) fill(sheet, id, { status: score, evidence: 'seen on the assessment' });
  const file = join(scratch, `sheet-${Object.values(scores).join('')}.csv`);
  writeFileSync(file, saveSheet(sheet));
  return file;
}

const SCORES = { 'SAFE-1': '4', 'SAFE-2': '3', 'SAFE-3': '3', 'SAFE-4': '3', 'SAFE-5': '3', 'SAFE-6': '3', 'SAFE-7': '2', 'SAFE-8': '3' };

describe('grade import: a scored scheme (cqc-saf) takes the score in the status column', () => {
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
    expect(run.stderr).toMatch(/row 8 \(SAFE-7\), column status: .*score 9 is outside 1 to 4/);
  });
});
