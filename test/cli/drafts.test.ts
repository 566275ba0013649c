import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/model.js';
import { runInProcess } from '../helpers/cli.js';

/**
 * A draft is what `grade template` writes, with statuses still blank (""): it grades with
 * --allow-incomplete as incomplete, and without it fails in one message listing what is left.
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-drafts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface ResultJson { grade: string; incomplete: boolean; missing: string[]; criteria: Array<{ id: string; status: string; missing: boolean; evidence: string[] }>;
  excellence: Array<{ factor: string; status: string; evidenced: boolean }>; counts: { fair: { missing: number; notMet: number } } }

async function draft(name: string, fill: (evidence: Evidence) => void = () => undefined): Promise<string> {
  const run = await runInProcess(['template', 'neighbourhood-policing']);
  expect(run.status).toBe(0);
  const evidence = JSON.parse(run.stdout) as Evidence;
  evidence.force = { id: 'synthetic-force-01', name: 'Synthetic Force 01' };
  fill(evidence);
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(evidence, null, 2));
  return file;
}

const ALL_NP = [...Array.from({ length: 10 }, (_, i) => `NP-F${i + 1}`), ...Array.from({ length: 17 }, (_, i) => `NP-G${i + 1}`)];

describe('a draft straight from grade template', async () => {
  const file = await draft('blank.json');

  it('grades with --allow-incomplete as incomplete, every criterion missing and not met', async () => {
    const run = await runInProcess(['neighbourhood-policing', file, '--allow-incomplete', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ResultJson;
    expect(result.incomplete).toBe(true);
    expect(result.missing).toEqual(ALL_NP);
    expect(result.grade).toBe('poor');
    expect(result.criteria.every((c) => c.missing && c.status === 'not-met')).toBe(true);
    expect(result.counts.fair).toMatchObject({ missing: 10, notMet: 10 });
    expect(result.excellence).toEqual([
      expect.objectContaining({ factor: 'beacon', status: 'not-met', evidenced: false }),
      expect.objectContaining({ factor: 'innovation', status: 'not-met', evidenced: false }),
    ]);
  });

  it('fails without --allow-incomplete in one message listing the criteria and factors still to assess', async () => {
    const run = await runInProcess(['neighbourhood-policing', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`${file}:12:17: error: 27 criteria and 2 excellence factors are not assessed yet (blank status): ${ALL_NP.join(', ')}, beacon, innovation; `
      + 'fill them in, or grade the draft with --allow-incomplete [not-assessed]');
  });

  it('fails grade validate with that one message, and passes it with --allow-incomplete', async () => {
    const run = await runInProcess(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/error:/g)).toHaveLength(1);
    expect(run.stdout).toContain('27 criteria and 2 excellence factors are not assessed yet (blank status): NP-F1, NP-F2,');
    expect(run.stdout).toContain('[not-assessed]');
    expect((await runInProcess(['validate', file, '--allow-incomplete'])).status).toBe(0);
  });
});

describe('a draft partly filled in', async () => {
  const file = await draft('partly.json', (evidence) => {
    for (const finding of evidence.findings) if (finding.criterion !== 'NP-G7' && finding.criterion !== 'NP-F3') finding.status = 'met';
    const g7 = evidence.findings.find((f) => f.criterion === 'NP-G7');
    if (g7) g7.evidence = ['seen so far'];
    evidence.excellence = [{ factor: 'beacon', status: 'met' }, { factor: 'innovation', status: '' }];
  });

  it('counts only the blank ones as missing, keeping the evidence written so far', async () => {
    const run = await runInProcess(['neighbourhood-policing', file, '--allow-incomplete', '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ResultJson;
    expect(result.missing).toEqual(['NP-F3', 'NP-G7']);
    expect(result.grade).toBe('poor');
    expect(result.criteria.find((c) => c.id === 'NP-G7')).toMatchObject({ status: 'not-met', missing: true, evidence: ['seen so far'] });
    expect(result.excellence[1]).toMatchObject({ factor: 'innovation', evidenced: false });
  });

  it('names just those in the one error', async () => {
    const run = await runInProcess(['neighbourhood-policing', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/: error: 2 criteria and 1 excellence factor are not assessed yet \(blank status\): NP-F3, NP-G7, innovation; fill them in/);
  });

  it('is graded by a batch as incomplete, as grade grades it', async () => {
    const run = await runInProcess(['batch', file, '--allow-incomplete', '--format', 'json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { results: Array<{ incomplete: boolean; missing: string[] }> };
    expect(out.results.map((r) => [r.incomplete, r.missing])).toEqual([[true, ['NP-F3', 'NP-G7']]]);
    const refused = await runInProcess(['batch', file, '--format', 'json']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('not assessed yet (blank status): NP-F3, NP-G7, innovation');
  });
});

describe('one blank', async () => {
  const file = await draft('one.json', (evidence) => {
    for (const finding of evidence.findings) finding.status = finding.criterion === 'NP-G1' ? '' : 'met';
    evidence.excellence = [];
  });

  it('is said in the singular', async () => {
    const run = await runInProcess(['neighbourhood-policing', file]);
    expect(run.stderr).toMatch(/error: 1 criterion is not assessed yet \(blank status\): NP-G1; fill it in, or grade the draft with --allow-incomplete/);
  });
});

describe('the headline of an incomplete result', async () => {
  const file = await draft('headline.json', (evidence) => {
    for (const finding of evidence.findings) finding.status = ['NP-G1', 'NP-G2', 'NP-G3'].includes(finding.criterion) ? '' : 'met';
  });
  const args = ['neighbourhood-policing', file, '--allow-incomplete'];

  it('says it is provisional where the grade is, in text, markdown and html', async () => {
    expect((await runInProcess(args)).stdout.split('\n')[1]).toBe('Grade: GOOD (provisional: 3 criteria not yet assessed)');
    expect((await runInProcess([...args, '--format', 'markdown'])).stdout).toContain('\n**Grade: Good (provisional: 3 criteria not yet assessed)**\n');
    expect((await runInProcess([...args, '--format', 'html'])).stdout)
      .toMatch(/<h2 class="grade-heading">Grade[^\n]*Good[^\n]*<span class="detail">\(provisional: 3 criteria not yet assessed\)<\/span><\/h2>/);
  });

  it('keeps a judgement beside it', async () => {
    const judged = await draft('judged.json', (evidence) => {
      for (const finding of evidence.findings) finding.status = finding.criterion === 'NP-G1' ? '' : 'met';
      evidence.judgement = { grade: 'excellent', rationale: 'beacon practice', by: 'Lead inspector' };
    });
    expect((await runInProcess(['neighbourhood-policing', judged, '--allow-incomplete'])).stdout.split('\n')[1])
      .toBe('Grade: EXCELLENT (professional judgement; computed GOOD; provisional: 1 criterion not yet assessed)');
  });
});
