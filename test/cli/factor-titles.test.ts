import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

// The shipped performance-management criteria with beacon titled "Beacon status" and innovation untitled.
const dir = mkdtempSync(join(tmpdir(), 'grade-factor-titles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const shipped = readFileSync(join(ROOT, 'criteria', 'performance-management.yaml'), 'utf8');
writeFileSync(join(dir, 'performance-management.yaml'), shipped
  .replace('    title: Beacon to others\n', '    title: Beacon status\n')
  .replace('    title: Innovation\n', ''));
const EVIDENCE = 'evidence/hertfordshire-2007/performance-management.json';
const graded = async (...more: string[]) => runInProcess(['performance-management', EVIDENCE, '--criteria', dir, ...more]);

describe('excellence factors are named by their title from the criteria file, else by their id', () => {
  it('json: each factor carries its title', async () => {
    const result = JSON.parse((await graded('--format', 'json')).stdout) as { excellence: Array<{ factor: string; title: string }> };
    expect(result.excellence.map((f) => [f.factor, f.title])).toEqual([['beacon', 'Beacon status'], ['innovation', 'Innovation']]);
  });

  it('text: the criteria table and the findings behind the grade', async () => {
    const run = await graded();
    expect(run.status).toBe(0);
    // The title wraps in the id column rather than widening it.
    expect(run.stdout).toMatch(/^│ Beacon +│ ◐ Partly met +│ .*\n│ status +│ +│/m);
    expect(run.stdout).toMatch(/^│ Innovation +│/m);
    expect(run.stdout).toContain('  Beacon status (excellence factor): ◐ Partly met');
  });

  it('markdown and html tables', async () => {
    const markdown = (await graded('--format', 'markdown')).stdout;
    expect(markdown).toContain('| Beacon status | Partly met |');
    expect(markdown).toMatch(/^\| Innovation \| /m);
    const html = (await graded('--format', 'html')).stdout;
    expect(html).toContain('<th scope="row">Beacon status</th>');
    expect(html).toContain('<th scope="row">Innovation</th>');
  });

  it('show and the template spreadsheet', async () => {
    const show = await runInProcess(['show', 'performance-management', '--criteria', dir]);
    expect(show.stdout).toContain('\n    Beacon status (beacon)\n');
    expect(show.stdout).toContain('\n    Innovation (innovation)\n');
    const json = JSON.parse((await runInProcess(['show', 'performance-management', 'innovation', '--criteria', dir, '--format', 'json'])).stdout) as { excellence: unknown[] };
    expect(json.excellence).toEqual([expect.objectContaining({ id: 'innovation', title: 'Innovation' })]);
    const csv = (await runInProcess(['template', 'performance-management', '--criteria', dir, '--format', 'csv'])).stdout;
    expect(csv).toContain('\r\nbeacon,Excellence factor,Beacon status,,');
    expect(csv).toContain('\r\ninnovation,Excellence factor,Innovation,,');
  });

  it('a title must be text', async () => {
    writeFileSync(join(dir, 'blank-title.yaml'), shipped.replace('framework: performance-management', 'framework: blank-title')
      .replace('    title: Beacon to others\n', '    title: ""\n'));
    const run = await runInProcess(['validate', join(dir, 'blank-title.yaml'), '--criteria', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/blank-title\.yaml:\d+:\d+: error: .*title/);
  });
});
