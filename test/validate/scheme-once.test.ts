import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/**
 * A broken scheme is reported once per run: `grade validate <folder>` checks the scheme file
 * itself and each criteria file that names it, and the criteria files' copies of the scheme's
 * own diagnostics (positioned in the scheme file) would otherwise be listed and counted again.
 */
const SCHEME = `scheme: broken
title: Broken
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: core, title: Core }]
rules:
  - { id: high, grade: hihg, when: [{ share: { level: core }, of: met, atLeast: 0.5 }] }
  - { id: low, grade: low, otherwise: true }
`;
const criteria = (id: string) => `framework: ${id}\nscheme: broken\ntitle: T\ngroup: G\nversion: "1"\ncriteria:\n  - { id: C1, level: core, text: a }\n`;

const dir = mkdtempSync(join(tmpdir(), 'grade-scheme-once-'));
mkdirSync(join(dir, 'schemes'));
writeFileSync(join(dir, 'schemes', 'broken.yaml'), SCHEME);
writeFileSync(join(dir, 'first.yaml'), criteria('first'));
writeFileSync(join(dir, 'second.yaml'), criteria('second'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate reports a scheme\'s own problems once', () => {
  it('lists the scheme error once, beside each criteria file\'s scheme-invalid', async () => {
    const run = await runInProcess(['validate', dir, '--criteria', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    const all = out.files.flatMap((f: { diagnostics: Array<{ file: string; code: string }> }) => f.diagnostics);
    expect(all.filter((d: { code: string }) => d.code === 'unknown-grade')).toHaveLength(1);
    expect(all.filter((d: { code: string }) => d.code === 'scheme-invalid').map((d: { file: string }) => d.file))
      .toEqual([join(dir, 'first.yaml'), join(dir, 'second.yaml')]);
    expect(out.summary).toMatchObject({ files: 3, filesWithProblems: 3, errors: 3 });
  });

  it('and once in the text listing', async () => {
    const run = await runInProcess(['validate', dir, '--criteria', dir]);
    expect(run.stdout.match(/"hihg" is not a grade/g)).toHaveLength(3); // the error, and quoted by each scheme-invalid
    expect(run.stdout.match(/\[unknown-grade\]/g)).toHaveLength(1);
  });
});
