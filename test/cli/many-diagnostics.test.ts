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

describe('a file with more problems than one call can take', () => {
  it.each([
    ['grade', ['neighbourhood-policing', file]],
    ['validate', ['validate', file]],
    ['report', ['report', file]],
  ])('%s reports every one of them, exit 1, no internal error', async (_name, args) => {
    const run = await runInProcess(args);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/internal error|call stack/);
    const text = `${run.stdout}${run.stderr}`;
    expect(text.match(/a second finding for NP-F1/g)).toHaveLength(150_000);
  });
});
