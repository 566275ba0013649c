import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/** A cause of concern written without a full stop does not run into its recommendation. */
const scratch = mkdtempSync(join(tmpdir(), 'grade-concern-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function evidenceWithConcern(): string {
  const evidence = JSON.parse(readFileSync('evidence/examples/peel-2021-example/example-force-inadequate.json', 'utf8')) as Record<string, unknown>;
  evidence.concerns = [{ text: 'calls are not answered in time', recommendation: 'answer them within ten seconds' }];
  const file = join(scratch, 'concern.json');
  writeFileSync(file, JSON.stringify(evidence));
  return file;
}

describe('causes of concern read as sentences', () => {
  it.each(['markdown', 'html'])('grade --format %s', async (format) => {
    const run = await runInProcess(['peel-2021-example', evidenceWithConcern(), '--format', format]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Calls are not answered in time. Recommendation: Answer them within ten seconds.');
  });
});
