import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-batch-csv-columns-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parse<Row>(csv, { bom: true, columns: true });

/** Hertfordshire's Neighbourhood Policing evidence with an earlier round's grade. */
function withPrevious(name: string, previous: Record<string, string>): string {
  const doc = JSON.parse(readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8')) as Record<string, unknown>;
  const file = join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify({ ...doc, force: { id: `synthetic-${name}`, name: `Synthetic ${name}` }, previous }));
  return file;
}

describe('grade batch --format csv: limited, margin and direction (issue #18)', () => {
  it('adds the columns at the end, after incomplete', async () => {
    const run = await runInProcess(['batch', 'evidence/examples', '--format', 'csv']);
    expect(run.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/,rule,advisories,incomplete,limited,margin,direction$/);
  });

  it('names the limiter that capped a grade, and gives each file its margin', async () => {
    const rows = rowsOf((await runInProcess(['batch', 'evidence/examples', '--format', 'csv'])).stdout);
    const limited = rows.find((r) => r.force_id === 'example-service-e');
    expect(limited).toMatchObject({ grade: 'requires-improvement', rule: 'good', limited: 'significant-shortfall', margin: '11' });
    expect(rows.filter((r) => r.limited !== '').map((r) => r.force_id)).toEqual(['example-service-e']);
    // The lowest grade has no margin; Example Force B's Good falls with one characteristic of good.
    expect(rows.find((r) => r.force_id === 'example-service-d')?.margin).toBe('');
    expect(rows.find((r) => r.force_id === 'example-force-b')?.margin).toBe('1');
  });

  it('gives the direction of travel from the evidence\'s previous grade, and says when it cannot compare', async () => {
    const files = [withPrevious('up', { round: '2005/06', grade: 'fair' }), withPrevious('same', { round: '2005/06', grade: 'good' }),
      withPrevious('down', { round: '2005/06', grade: 'excellent' }),
      withPrevious('other', { round: '2005/06', grade: 'good', framework: 'public-protection' })];
    const run = await runInProcess(['batch', ...files, '--format', 'csv']);
    const direction = Object.fromEntries(rowsOf(run.stdout).map((r) => [r.force_id, r.direction]));
    expect(direction).toEqual({ 'synthetic-up': 'improved', 'synthetic-same': 'stable', 'synthetic-down': 'deteriorated', 'synthetic-other': 'not-comparable' });
  });
});
