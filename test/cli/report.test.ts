import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const HERTFORDSHIRE = ['report', 'evidence/hertfordshire-2007', '--national', 'fixtures/report/national-2007.json'];

describe('grade report', () => {
  // Through a real process in another time zone and locale: test/dist/binary.test.ts.
  it('writes HTML by default, byte-identical from run to run and whatever the time zone', async () => {
    const first = await runInProcess(HERTFORDSHIRE);
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati'; // Node takes a new TZ at once: UTC+14
    const second = await runInProcess(HERTFORDSHIRE).finally(() => {
      expect(new Date().getTimezoneOffset()).toBe(-14 * 60);
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    expect(first.status).toBe(0);
    // Only the warnings for Hertfordshire's two findings dated after the period (CA-G2, PP-G4).
    expect(first.stderr.split('\n').filter(Boolean).map((line) => line.replace(/^.*warning: the finding for (\S+) .*\[(\S+)\]$/, '$1 $2'))).toEqual(['CA-G2 date-outside-period', 'PP-G4 date-outside-period']);
    expect(first.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(second.stdout).toBe(first.stdout);
    const today = new Date();
    expect(first.stdout).not.toContain(today.toISOString().slice(0, 10));
    expect(first.stdout).not.toContain(String(today.getUTCFullYear()));
  });

  it('writes --output atomically with the same bytes as stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-report-'));
    const file = join(dir, 'report.md');
    const run = await runInProcess([...HERTFORDSHIRE, '--format', 'markdown', '--output', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe((await runInProcess([...HERTFORDSHIRE, '--format', 'markdown'])).stdout);
  });

  it('takes files as well as folders, in any order, to the same report', async () => {
    const files = ['public-protection', 'child-abuse', 'domestic-violence', 'missing-persons', 'neighbourhood-policing', 'performance-management']
      .map((id) => `evidence/hertfordshire-2007/${id}.json`).concat('evidence/hertfordshire-2007/force.narrative.json');
    expect((await runInProcess(['report', ...files, '--national', 'fixtures/report/national-2007.json'])).stdout).toBe((await runInProcess(HERTFORDSHIRE)).stdout);
  });

  it('refuses to write over one of its inputs', async () => {
    const run = await runInProcess([...HERTFORDSHIRE, '--output', 'fixtures/report/national-2007.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is one of the input files');
  });

  it('refuses incomplete evidence unless --allow-incomplete, and then says which findings are missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-report-'));
    cpSync('fixtures/report/hostile/evidence', dir, { recursive: true });
    const file = join(dir, 'second-framework.json');
    const evidence = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<{ criterion: string }> };
    evidence.findings = evidence.findings.filter((f) => f.criterion !== 'SF-G2');
    writeFileSync(file, JSON.stringify(evidence));
    const args = ['report', dir, '--criteria', 'fixtures/report/hostile/criteria', '--format', 'markdown'];
    const refused = await runInProcess(args);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('[missing-finding]');
    const allowed = await runInProcess([...args, '--allow-incomplete']);
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('*Incomplete evidence: no finding for SF-G2 (counted as not met).*');
    expect(allowed.stdout).toContain('| Second synthetic framework | Good (judged) | Professional judgement by');
    expect(allowed.stdout).toContain('computed grade Fair; incomplete evidence |');
  });

  it('without --national says the distributions are left out, and draws no chart', async () => {
    const run = await runInProcess(['report', 'evidence/hertfordshire-2007']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('National grade distributions are not included: no national summary was given for this report.');
    expect(run.stdout.match(/Not included: no national summary was given for this report\./g)).toHaveLength(6);
    expect(run.stdout).not.toContain('<svg');
  });
});
