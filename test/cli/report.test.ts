import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const HERTFORDSHIRE = ['report', 'evidence/hertfordshire-2007', '--national', 'fixtures/report/national-2007.json'];

describe('grade report', () => {
  it('writes HTML by default, byte-identical from run to run and whatever the time zone', () => {
    const first = runCli(HERTFORDSHIRE);
    const second = runCli(HERTFORDSHIRE, { env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8' } });
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(second.stdout).toBe(first.stdout);
    const today = new Date();
    expect(first.stdout).not.toContain(today.toISOString().slice(0, 10));
    expect(first.stdout).not.toContain(String(today.getUTCFullYear()));
  });

  it('writes --output atomically with the same bytes as stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-report-'));
    const file = join(dir, 'report.md');
    const run = runCli([...HERTFORDSHIRE, '--format', 'markdown', '--output', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(runCli([...HERTFORDSHIRE, '--format', 'markdown']).stdout);
  });

  it('takes files as well as folders, in any order, to the same report', () => {
    const files = ['public-protection', 'child-abuse', 'domestic-violence', 'missing-persons', 'neighbourhood-policing', 'performance-management']
      .map((id) => `evidence/hertfordshire-2007/${id}.json`);
    expect(runCli(['report', ...files, '--national', 'fixtures/report/national-2007.json']).stdout).toBe(runCli(HERTFORDSHIRE).stdout);
  });

  it('refuses to write over one of its inputs', () => {
    const run = runCli([...HERTFORDSHIRE, '--output', 'fixtures/report/national-2007.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is one of the input files');
  });

  it('refuses incomplete evidence unless --allow-incomplete, and then says which findings are missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-report-'));
    cpSync('fixtures/report/hostile/evidence', dir, { recursive: true });
    const file = join(dir, 'second-framework.json');
    const evidence = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<{ criterion: string }> };
    evidence.findings = evidence.findings.filter((f) => f.criterion !== 'SF-G2');
    writeFileSync(file, JSON.stringify(evidence));
    const args = ['report', dir, '--criteria', 'fixtures/report/hostile/criteria', '--format', 'markdown'];
    const refused = runCli(args);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('[missing-finding]');
    const allowed = runCli([...args, '--allow-incomplete']);
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('*Incomplete evidence: no finding for SF-G2 (counted as not met).*');
    expect(allowed.stdout).toContain('| Second synthetic framework | Good (judged) | Professional judgement by');
    expect(allowed.stdout).toContain('computed grade Fair; incomplete evidence |');
  });

  it('without --national says the distributions are left out, and draws no chart', () => {
    const run = runCli(['report', 'evidence/hertfordshire-2007']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('National grade distributions are not included: no national summary was given for this report.');
    expect(run.stdout.match(/Not included: no national summary was given for this report\./g)).toHaveLength(6);
    expect(run.stdout).not.toContain('<svg');
  });
});
