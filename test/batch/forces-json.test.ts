import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultForcesFile, loadForcesFile } from '../../src/batch/forces.js';

function registryFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'grade-forces-')), 'forces.yaml');
  writeFileSync(file, text);
  return file;
}

describe('forces registries written as JSON', () => {
  it('load without the YAML parser when valid', async () => {
    const loaded = await loadForcesFile(registryFile('{"title": "T", "forces": [{"id": "synthetic-force-01", "name": "Synthetic Force 01"}]}'));
    expect(loaded.ok && loaded.value.forces.map((f) => f.id)).toEqual(['synthetic-force-01']);
  });

  it.each([
    ['a force listed twice', '{"forces": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}', 'duplicate-id', 1, 46],
    ['a name listed twice', '{"forces": [{"id": "a", "name": "A"}, {"id": "b", "name": "A"}]}', 'duplicate-name', 1, 59],
    ['a duplicate key', '{"forces": [], "forces": [{"id": "a", "name": "A"}]}', 'duplicate-key', 1, 16],
    ['an unknown key', '{"forces": [{"id": "a", "nmae": "A"}]}', 'unknown-key', 1, 25],
  ])('%s still gives a positioned error', async (_name, text, code, line, column) => {
    const loaded = await loadForcesFile(registryFile(text));
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => [d.code, d.line, d.column])).toContainEqual([code, line, column]);
  });

  it('a duplicate key in a JSON registry is said in JSON\'s words, not YAML\'s', async () => {
    const loaded = await loadForcesFile(registryFile('{"title": "T", "title": "U", "forces": []}'));
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['duplicate-key', 1, 16]]);
    expect(loaded.diagnostics[0]?.message).toMatch(/JSON keeps only the last one/);
  });

  it('the shipped registry lists the 43 forces of England and Wales', async () => {
    const loaded = await loadForcesFile(defaultForcesFile());
    expect(loaded.ok && loaded.value.forces.length).toBe(43);
    expect(loaded.ok && loaded.value.forces.some((f) => f.id === 'hertfordshire')).toBe(true);
  });
});
