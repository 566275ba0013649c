import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/**
 * A scored scheme's evidence with one score of the wrong type fails its schema; `validate` then
 * checks what it can still read. The other findings' scores are still there: the only error is
 * the wrong score's own (found by an independent check: every finding was said to need a score).
 */
const example = join(ROOT, 'evidence', 'examples', 'cqc-saf-example', 'example-service-good.json');
const dir = mkdtempSync(join(tmpdir(), 'grade-scored-salvage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withScore(at: number, score: unknown): string {
  const evidence = JSON.parse(readFileSync(example, 'utf8')) as { findings: Array<Record<string, unknown>> };
  (evidence.findings[at] as Record<string, unknown>).score = score;
  const file = join(dir, `score-${at}-${typeof score}.json`);
  writeFileSync(file, `${JSON.stringify(evidence, null, 2)}\n`);
  return file;
}

describe('validate on scored evidence with one score of the wrong type', () => {
  it.each([
    ['a fraction', 2.5],
    ['a string', '3'],
    ['a boolean', true],
  ])('reports only that score (%s)', async (_name, score) => {
    const file = withScore(1, score);
    const run = await runInProcess(['validate', file, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: Array<{ diagnostics: Array<{ code: string; message: string; line: number }> }> };
    const diagnostics = report.files.flatMap((f) => f.diagnostics);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-type']);
    expect(diagnostics[0]?.message).toContain('SAFE-2');
  });

  it('still reports a score that is missing beside one of the wrong type', async () => {
    const evidence = JSON.parse(readFileSync(example, 'utf8')) as { findings: Array<Record<string, unknown>> };
    (evidence.findings[1] as Record<string, unknown>).score = 'four';
    delete (evidence.findings[2] as Record<string, unknown>).score;
    const file = join(dir, 'one-missing.json');
    writeFileSync(file, `${JSON.stringify(evidence, null, 2)}\n`);
    const run = await runInProcess(['validate', file, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { files: Array<{ diagnostics: Array<{ code: string; message: string }> }> };
    const codes = report.files.flatMap((f) => f.diagnostics).map((d) => `${d.code} ${/finding for (\S+):/.exec(d.message)?.[1] ?? ''}`);
    expect(codes.sort()).toEqual(['invalid-type SAFE-2', `missing-key ${(evidence.findings[2] as { criterion: string }).criterion}`].sort());
  });
});
