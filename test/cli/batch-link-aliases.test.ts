import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

// One evidence file reached by two paths through a symbolic link is one file, not two files
// for the same force and framework: it is graded once (at its first path in walk order).

interface BatchJson {
  summary: Record<string, Record<string, number>>;
  results: Array<{ file: string; force: { id: string } }>;
  errors: Array<{ file: string; code: string }>;
}

const scratch = mkdtempSync(join(tmpdir(), 'grade-batch-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const FORCE = join(ROOT, 'fixtures/national-2007/synthetic-force-05');
const REGISTRY = ['--forces', 'fixtures/national-2007/forces.yaml'];

async function batch(...paths: string[]): Promise<{ status: number; out: BatchJson }> {
  const run = await runInProcess(['batch', ...paths, ...REGISTRY, '--format', 'json']);
  return { status: run.status, out: JSON.parse(run.stdout) as BatchJson };
}

const rel = (file: string): string => file.slice(scratch.length + 1);

describe('batch: a file reached through a symbolic link', () => {
  it('a link beside the file it names (latest.json -> child-abuse.json) grades once', async () => {
    const dir = join(scratch, 'beside');
    mkdirSync(dir);
    cpSync(join(FORCE, 'child-abuse.json'), join(dir, 'child-abuse.json'));
    symlinkSync('child-abuse.json', join(dir, 'latest.json'));
    const { status, out } = await batch(dir);
    expect(out.errors).toEqual([]);
    expect(out.results.map((r) => rel(r.file))).toEqual(['beside/child-abuse.json']);
    expect(Object.values(out.summary['child-abuse'] ?? {}).reduce((n, c) => n + c, 0)).toBe(1);
    expect(status).toBe(0);
  });

  it('a linked folder inside the folder searched (current -> 2007) grades each file once', async () => {
    const dir = join(scratch, 'rounds');
    cpSync(FORCE, join(dir, '2007'), { recursive: true });
    symlinkSync('2007', join(dir, 'current'));
    const { status, out } = await batch(dir);
    expect(out.errors).toEqual([]);
    expect(out.results).toHaveLength(6);
    expect(out.results.every((r) => rel(r.file).startsWith('rounds/2007/'))).toBe(true);
    expect(status).toBe(0);
  });

  it('a folder and a link to it, both given, grade each file once', async () => {
    const dir = join(scratch, 'given');
    cpSync(FORCE, join(dir, 'real'), { recursive: true });
    symlinkSync('real', join(dir, 'alias'));
    const { status, out } = await batch(join(dir, 'real'), join(dir, 'alias'), join(dir, 'alias', 'child-abuse.json'));
    expect(out.errors).toEqual([]);
    expect(out.results).toHaveLength(6);
    expect(out.results.every((r) => rel(r.file).startsWith('given/real/'))).toBe(true);
    expect(status).toBe(0);
  });

  it('two copies (not links) of one force and framework are still both errors', async () => {
    const dir = join(scratch, 'copies');
    mkdirSync(dir);
    cpSync(join(FORCE, 'child-abuse.json'), join(dir, 'a.json'));
    cpSync(join(FORCE, 'child-abuse.json'), join(dir, 'b.json'));
    const { status, out } = await batch(dir);
    expect(out.errors.map((e) => [rel(e.file), e.code])).toEqual([['copies/a.json', 'duplicate-evidence'], ['copies/b.json', 'duplicate-evidence']]);
    expect(status).toBe(1);
  });
});
