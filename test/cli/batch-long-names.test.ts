import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { NAME_WIDTH } from '../../src/render/box-table.js';
import fastStringWidth from '../../src/render/fast-string-width.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-long-names-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of fixtures/batch/small whose first force is named `name`. */
function folderWithName(label: string, name: string): string {
  const dir = join(scratch, label);
  cpSync(join(ROOT, 'fixtures/batch/small'), dir, { recursive: true });
  const file = join(dir, 'synthetic-force-01', 'neighbourhood-policing.json');
  const evidence = JSON.parse(readFileSync(file, 'utf8')) as { force: { id: string; name: string } };
  // Not a registered id: the registry's name would replace a registered force's.
  evidence.force.id = 'long-named-force';
  evidence.force.name = name;
  writeFileSync(file, JSON.stringify(evidence));
  return dir;
}

const FORCES = ['--forces', 'fixtures/batch/forces.yaml'];

describe.each([
  ['200,000 characters', 'Synthetic Force '.repeat(12_500)],
  ['4.5 MB', 'Synthetic Force '.repeat(281_250)],
])('grade batch with a force name of %s', (label, name) => {
  const dir = folderWithName(label.replace(/\W+/g, '-'), name);

  it('prints the text tables with the name cut to NAME_WIDTH columns, one line per force', async () => {
    const run = await runInProcess(['batch', dir, ...FORCES]);
    expect(run.status, run.stderr).toBe(0);
    const tables = run.stdout.split('\n').filter((line) => /^[┌│└]/.test(line));
    expect(tables.find((line) => line.includes('Fair*'))).toBe('│ Synthetic Force Synthetic Force Syn… │ Fair*          │ -              │ -              │ -              │ -              │ -              │');
    expect(tables.reduce((most, line) => Math.max(most, fastStringWidth(line)), 0)).toBeLessThanOrEqual(NAME_WIDTH + 4 + 6 * 17);
    // Nothing in the text output grows with the name.
    expect(run.stdout.length).toBeLessThan(10_000);
  });

  it('fits --width 60 as quickly, the name still cut to NAME_WIDTH', async () => {
    const run = await runInProcess(['batch', dir, ...FORCES, '--width', '60']);
    expect(run.status, run.stderr).toBe(0);
    expect(Math.max(...run.stdout.split('\n').map(fastStringWidth))).toBeLessThanOrEqual(60);
    expect(run.stdout.length).toBeLessThan(20_000);
  });

  it('keeps the whole name in the JSON and CSV output', async () => {
    const json = await runInProcess(['batch', dir, ...FORCES, '--format', 'json']);
    const results = (JSON.parse(json.stdout) as { results: Array<{ force: { name: string } }> }).results;
    expect(results[0]?.force.name).toBe(name);
    const csv = await runInProcess(['batch', dir, ...FORCES, '--format', 'csv']);
    const rows = parse<Record<string, string>>(csv.stdout, { columns: true });
    expect(rows[0]?.force_name).toBe(name);
  });
});
