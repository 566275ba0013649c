import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/**
 * validate reads criteria, tests and schemes from .yaml files only. A .yml file in a folder it
 * walks is reported as not checked (a warning), so that a broken criteria file with that ending
 * cannot sit unread beside good ones while CI goes green (found by an independent check).
 */
const dir = mkdtempSync(join(tmpdir(), 'grade-yml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(ROOT, 'criteria', 'neighbourhood-policing.yaml'), join(dir, 'neighbourhood-policing.yaml'));
writeFileSync(join(dir, 'other.yml'), 'bogus: [\n');

describe('a .yml file in a validated folder', () => {
  it('is a not-checked warning, and not counted as a file checked', async () => {
    const run = await runInProcess(['validate', dir, '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: { files: number; warnings: number }; files: Array<{ file: string; diagnostics: Array<{ code: string; severity: string }> }> };
    expect(report.summary).toMatchObject({ files: 1, warnings: 1 });
    expect(report.files.find((f) => f.file.endsWith('other.yml'))?.diagnostics).toMatchObject([{ code: 'not-checked', severity: 'warning' }]);
    expect((await runInProcess(['validate', dir])).stdout).toContain('✔ 1 file valid (1 warning)');
  });

  it('fails a run with --max-warnings 0', async () => {
    expect((await runInProcess(['validate', dir, '--max-warnings', '0'])).status).toBe(1);
  });

  it('named on the command line is refused, as before', async () => {
    const run = await runInProcess(['validate', join(dir, 'other.yml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a .yaml criteria file');
  });
});
