import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertBuilt, ROOT } from '../helpers/cli.js';

/** The examples of docs/api.md, run as a user of the package would: against the built library. */
assertBuilt();

describe('docs/api.md', () => {
  it.each([0, 1])('example %i runs as written against the built package', (index) => {
    const blocks = [...readFileSync(join(ROOT, 'docs/api.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const dir = mkdtempSync(join(tmpdir(), 'grade-api-doc-'));
    try {
      const script = join(dir, 'example.mjs');
      writeFileSync(script, (blocks[index] ?? '').replace("from 'sgc-grade'", `from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)}`));
      const run = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      if (index === 0) {
        expect(run.stdout).toContain("{ excellent: 3, good: 17, fair: 21, poor: 2 }");
        expect(run.stdout).toContain('# National summary of judgements');
      } else {
        expect(run.stdout).toMatch(/^fair /);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
