import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/model.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-dates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SOURCE = join(ROOT, 'evidence', 'hertfordshire-2007', 'neighbourhood-policing.json');

function dated(name: string, date: string): string {
  const evidence = JSON.parse(readFileSync(SOURCE, 'utf8')) as Evidence;
  evidence.findings[2]!.date = date;
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(evidence, null, 2));
  return file;
}

describe("a finding's date", () => {
  it('inside the assessment period is taken without a word', async () => {
    const run = await runInProcess(['neighbourhood-policing', dated('inside.json', '2007-03-14'), '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('outside it is a warning, in grade and in batch alike, and changes nothing else', async () => {
    const file = dated('outside.json', '2005-12-01');
    const run = await runInProcess(['neighbourhood-policing', file, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning: the finding for NP-F3 is dated 2005-12-01, outside the assessment period 2006-04-01 to 2007-07-31 of neighbourhood-policing \(the grade reflects the period\) \[date-outside-period\]/);
    const plain = await runInProcess(['neighbourhood-policing', SOURCE, '--format', 'json']);
    expect((JSON.parse(run.stdout) as { grade: string }).grade).toBe((JSON.parse(plain.stdout) as { grade: string }).grade);
    const batch = await runInProcess(['batch', file, '--format', 'json']);
    expect(batch.stdout).toContain('date-outside-period');
  });

  it('on a day that does not exist, or not written YYYY-MM-DD, is an error', async () => {
    const day = await runInProcess(['neighbourhood-policing', dated('no-day.json', '2007-02-30')]);
    expect(day.status).toBe(1);
    expect(day.stderr).toContain('findings[2].date "2007-02-30" is not a day of the calendar (YYYY-MM-DD) [invalid-value]');
    const written = await runInProcess(['neighbourhood-policing', dated('written.json', '14/03/2007')]);
    expect(written.status).toBe(1);
    expect(written.stderr).toContain('finding for NP-F3: date must be a date written YYYY-MM-DD; got "14/03/2007"');
  });
});
