import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statusTitle } from '../../src/render/display.js';
import { runInProcess } from '../helpers/cli.js';

/** In a scored scheme (cqc-saf) every human format shows each quality statement's score beside its status. */
const GOOD = 'evidence/examples/cqc-saf-example/example-service-good.json';
const scratch = mkdtempSync(join(tmpdir(), 'grade-scored-status-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('statusTitle', () => {
  it.each([
    [{ status: 'met' as const }, 'Met'],
    [{ status: 'partly-met' as const }, 'Partly met'],
    [{ status: 'met' as const, score: 4 }, 'Met, scored 4'],
    [{ status: 'not-met' as const, score: 2 }, 'Not met, scored 2'],
    [{ status: 'not-met' as const, score: 1, missing: true }, 'Not met (no score yet)'],
    [{ status: 'not-applicable' as const, score: 1 }, 'Not applicable'],
  ])('%o is %s', (finding, title) => {
    expect(statusTitle(finding)).toBe(title);
  });
});

describe('scores in every human format', () => {
  it.each(['text', 'markdown', 'html'])('grade --format %s shows SAFE-1 scored 4 and SAFE-7 scored 2', async (format) => {
    const run = await runInProcess(['cqc-saf-example', GOOD, '--format', format]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Met, scored 4');
    expect(run.stdout).toContain('Not met, scored 2');
  });

  it('says a quality statement not scored yet is not scored, not that it scored the lowest', async () => {
    const evidence = JSON.parse(readFileSync(GOOD, 'utf8')) as { findings: Array<{ criterion: string; score?: number | null }> };
    const safe1 = evidence.findings.find((f) => f.criterion === 'SAFE-1');
    if (safe1) safe1.score = null;
    const file = join(scratch, 'draft.json');
    writeFileSync(file, JSON.stringify(evidence));
    const run = await runInProcess(['cqc-saf-example', file, '--allow-incomplete']);
    expect(run.stdout).toMatch(/SAFE-1 +│ ✘ Not met \(no score yet\)/);
  });

  it('grade report shows the scores in its criteria table', async () => {
    const run = await runInProcess(['report', GOOD, '--format', 'markdown']);
    expect(run.stdout).toContain('| SAFE-1 | Met, scored 4 |');
  });
});
