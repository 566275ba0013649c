import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { SHAPES, ensureShape } from './corpus.mjs';

/**
 * The benchmark's corpus generator (test/bench/corpus.mjs), at tiny sizes: the same shape always
 * gives the same bytes, its generated criteria validate, and every shape's evidence grades with
 * no error (the bench times `grade batch` on it, and stops at a non-zero exit). No timings; the CLI
 * runs in-process, on the sources.
 */

const FILES = 12;
const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

/** Every file under `dir`, by path relative to it, with its text. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('the bench corpus generator', () => {
  const first = scratch();
  const second = scratch();
  const made = SHAPES.map((shape) => [shape, ensureShape(ROOT, first, shape, FILES)] as const);
  for (const shape of [...SHAPES].reverse()) ensureShape(ROOT, second, shape, FILES); // another order, another folder

  it('writes the same bytes for the same shapes and sizes', () => {
    const [a, b] = [snapshot(first), snapshot(second)];
    expect(Object.keys(a).length).toBeGreaterThan(SHAPES.length * 2);
    expect(b).toEqual(a);
  });

  it('writes one file per force, or six, as the shape says', () => {
    for (const [shape, { parts }] of made) {
      const names = readdirSync(parts[0]!).filter((n) => n.endsWith('.json'));
      expect(names).toHaveLength(FILES);
      const forces = new Set(names.map((n) => (JSON.parse(readFileSync(join(parts[0]!, n), 'utf8')) as { force: { id: string } }).force.id));
      expect(forces.size, shape.id).toBe(shape.layout === 'six' ? FILES / 6 : FILES);
    }
  });

  it('gives generated criteria as many findings per file as asked', () => {
    for (const [shape, { parts }] of made) {
      if (typeof shape.criteria !== 'number') continue;
      const name = readdirSync(parts[0]!).find((n) => n.endsWith('.json'))!;
      expect(JSON.parse(readFileSync(join(parts[0]!, name), 'utf8')).findings).toHaveLength(shape.criteria);
    }
  });

  it.each(made.filter(([, m]) => m.criteria !== null).map(([shape, m]) => [shape.id, m.criteria!] as const))(
    'writes criteria that validate (%s)', async (_id, criteria) => {
      const run = await runInProcess(['validate', criteria]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });

  it('makes copies of the shipped criteria that are not byte-identical to them', () => {
    const copies = made.find(([shape]) => shape.criteria === 'copies')![1].criteria!;
    for (const name of readdirSync(copies).filter((n) => n.endsWith('.yaml'))) {
      expect(readFileSync(join(copies, name), 'utf8')).not.toBe(readFileSync(join(ROOT, 'criteria', name), 'utf8'));
    }
  });

  it.each(made.map(([shape, m]) => [shape.id, m.batchArgs] as const))('writes evidence that grades without errors (%s)', async (_id, batchArgs) => {
    const run = await runInProcess([...batchArgs, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.errors).toEqual([]);
    expect(out.results).toHaveLength(FILES);
  });
});
