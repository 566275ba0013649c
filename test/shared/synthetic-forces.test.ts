import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// SPEC §6: synthetic test data never attaches invented findings (or grades) to a real force.
// Hertfordshire is the one real force whose findings are shipped: they are the source report's.
const REAL_FORCE_IDS = (parse(readFileSync('data/forces/england-wales.yaml', 'utf8')) as { forces: { id: string }[] }).forces
  .map((force) => force.id)
  .filter((id) => id !== 'hertfordshire');

// Files that name real forces only in registries (no findings, no grades).
const REGISTRY_TESTS = new Set([join('test', 'batch', 'units.test.ts'), join('test', 'cli', 'force-names.test.ts')]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|json|ya?ml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !REGISTRY_TESTS.has(file) && !file.endsWith('synthetic-forces.test.ts'))
    .sort();
}

const QUOTED_ID = new RegExp(`(["'\`])(${REAL_FORCE_IDS.join('|')})\\1`, 'g');

describe('synthetic test data uses synthetic forces (SPEC §6)', () => {
  it('knows the 42 real forces other than Hertfordshire', () => {
    expect(REAL_FORCE_IDS).toHaveLength(42);
  });

  it.each(['test', 'fixtures', join('criteria', 'tests'), join('evidence', 'examples')])('no file under %s gives a real force id to data', (dir) => {
    const found = filesUnder(dir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(QUOTED_ID)].map((match) => `${file}: ${match[0]}`));
    expect(found).toEqual([]);
  });
});
