import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-many-diagnostics-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// 150,000 findings for one criterion: each is a diagnostic of its own, more than a spread
// into one call can pass (`push(...list)` put every item on the stack: "Maximum call stack
// size exceeded", an internal error, in `report`).
const evidence = JSON.parse(readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8'));
evidence.findings.push(...Array.from({ length: 1000 }, () => ({ criterion: 'NP-F1', status: 'met' })));
for (let i = 0; i < 149; i++) evidence.findings.push(...evidence.findings.slice(-1000));
const file = join(scratch, 'neighbourhood-policing.json');
writeFileSync(file, JSON.stringify(evidence));

const OMITTED = `${file}: … and 149,900 more problems not shown (the first 100 are); `;

describe('a file with more problems than one call can take', () => {
  it.each([
    ['grade', ['neighbourhood-policing', file], '`grade validate --format json` on it lists them all'],
    ['validate', ['validate', file], '--format json lists them all'],
    ['report', ['report', file], '`grade validate --format json` on it lists them all'],
  ])('%s shows the first 100 and counts the rest, exit 1, no internal error', async (_name, args, seeAll) => {
    const run = await runInProcess(args);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/internal error|call stack/);
    const text = `${run.stdout}${run.stderr}`;
    expect(text.match(/a second finding for NP-F1/g)).toHaveLength(100);
    expect(text).toContain(`${OMITTED}${seeAll}\n`);
  });

  // JUnit's failure message repeats the first one.
  it.each([['json', 150_000], ['sarif', 150_000], ['junit', 150_001]])('validate --format %s keeps every one of them', async (format, count) => {
    const run = await runInProcess(['validate', file, '--format', format]);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/a second finding for NP-F1/g)).toHaveLength(count);
  });
});

describe('a spreadsheet with more problems than are shown', () => {
  it('import shows the first 100 and says to fix them and run again (nothing else reads a sheet)', async () => {
    const sheet = join(scratch, 'child-abuse.csv');
    expect((await runInProcess(['template', 'child-abuse', '--format', 'csv', '--output', sheet])).status).toBe(0);
    const rows = Array.from({ length: 300 }, (_, i) => `ZZ-${i},Fair,,,,,met,,,\n`).join('');
    writeFileSync(sheet, `${readFileSync(sheet, 'utf8')}${rows}`);
    const run = await runInProcess(['import', 'child-abuse', sheet, '--force-id', 'a', '--force-name', 'A']);
    expect(run.status).toBe(1);
    expect(run.stderr.match(/\[unknown-criterion\]/g)).toHaveLength(100);
    expect(run.stderr.endsWith(`${sheet}: … and 200 more problems not shown (the first 100 are); fix these and run again to see the rest\n`)).toBe(true);
  });
});
