import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/**
 * `report --national` (batch has no --national: it reads only `summary` of a batch's JSON): an
 * entry for a framework the criteria do not have is a warning, not dropped without a word.
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-national-entries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const EVIDENCE = join(ROOT, 'evidence/hertfordshire-2007');

describe('grade report --national with entries the criteria do not have', () => {
  it('warns once for each, with a did-you-mean, and still writes the report (exit 0)', async () => {
    const batch = await runInProcess(['batch', EVIDENCE, '--format', 'json']);
    const { summary } = JSON.parse(batch.stdout) as { summary: Record<string, unknown> };
    const national = join(scratch, 'national.json');
    writeFileSync(national, JSON.stringify({ summary: { ...summary, 'child-abus': summary['child-abuse'], 'not-here': summary['child-abuse'] } }, null, 2));
    const run = await runInProcess(['report', EVIDENCE, '--national', national, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# ');
    const warnings = run.stderr.split('\n').filter((line) => line.includes('[unknown-framework]'));
    expect(warnings).toEqual([
      expect.stringMatching(/^\S+national\.json:\d+:5: warning: the national summary has an entry for "child-abus", which is not a framework of the criteria: its counts are not used; did you mean "child-abuse"\? \[unknown-framework\]$/),
      expect.stringMatching(/^\S+national\.json:\d+:5: warning: the national summary has an entry for "not-here", which is not a framework of the criteria: its counts are not used \[unknown-framework\]$/),
    ]);
  });

  it('says nothing of a batch JSON made with the same criteria', async () => {
    const national = join(scratch, 'same.json');
    writeFileSync(national, (await runInProcess(['batch', EVIDENCE, '--format', 'json'])).stdout);
    const run = await runInProcess(['report', EVIDENCE, '--national', national, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('[unknown-framework]');
  });
});
