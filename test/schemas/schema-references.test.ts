import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/**
 * Every schema reference the repository ships, in data files (`$schema` in JSON, the
 * `# yaml-language-server: $schema=…` line in YAML) and in the sources that write one, must
 * resolve without a network: a path relative to the file (starting `./` or `../`) that names an
 * existing file, or one of the few real public addresses below. Editors fetch what `$schema` names; an address that does
 * not exist (`https://grade.example/…`, issue #18) leaves them with nothing.
 */
const PUBLIC_SCHEMAS = new Set([
  // The JSON Schema draft-07 meta-schema, named by every schema in schemas/.
  'http://json-schema.org/draft-07/schema#',
  // The draft-04 meta-schema, named by the copy of the SARIF 2.1.0 schema in fixtures/sarif/.
  'http://json-schema.org/draft-04/schema#',
  // SARIF 2.1.0 on SchemaStore, named by the `--format sarif` logs.
  'https://json.schemastore.org/sarif-2.1.0.json',
]);

const SKIPPED = new Set(['node_modules', 'dist', 'golden']);

/** The files under `dir` whose names match `pattern`, skipping hidden entries, dependencies, the build and golden records. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, pattern));
    else if (entry.isFile() && pattern.test(entry.name)) out.push(path);
  }
  return out.sort();
}

const JSON_SCHEMA = /"\$schema"\s*:\s*"([^"]*)"/g;
const YAML_SCHEMA = /^\uFEFF?#\s*yaml-language-server:\s*\$schema=(\S+)/gm;
const SOURCE_SCHEMA = /\$schema['"]?\s*:\s*['"]([^'"]+)['"]/g;

/** Every (file, reference) pair in the data files and the sources. */
function references(): Array<[string, string]> {
  const data = filesUnder(ROOT, /\.(json|ya?ml)$/i).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const pattern = /\.json$/i.test(file) ? JSON_SCHEMA : YAML_SCHEMA;
    return [...text.matchAll(pattern)].map((m) => [file, m[1] ?? ''] as [string, string]);
  });
  const sources = filesUnder(join(ROOT, 'src'), /\.ts$/).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SOURCE_SCHEMA)].map((m) => [file, m[1] ?? ''] as [string, string]));
  return [...data, ...sources];
}

/** Why a reference does not resolve offline, or null when it does. */
function problem(file: string, reference: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return PUBLIC_SCHEMAS.has(reference) ? null : 'an address that is not a real public schema';
  if (file.endsWith('.ts')) return null; // a relative reference written by the sources is tested where it is written
  // VS Code reads a bare `schemas/x.json` as an address: a path must say it is one.
  if (!/^\.\.?\//.test(reference)) return 'a relative path that does not start with ./ or ../';
  return existsSync(resolve(dirname(file), reference)) ? null : 'a relative path to a missing file';
}

describe('every shipped $schema resolves offline', () => {
  const all = references();

  it('finds the references (criteria, tests, evidence, fixtures, the registry, the schemas)', () => {
    const files = new Set(all.map(([file]) => relative(ROOT, file).split(/[\\/]/)[0]));
    expect([...files].sort()).toEqual(expect.arrayContaining(['criteria', 'data', 'evidence', 'fixtures', 'schemas', 'src']));
    expect(all.length).toBeGreaterThan(300);
  });

  it('names no address that does not exist and no missing file', () => {
    const bad = all.flatMap(([file, reference]) => {
      const why = problem(file, reference);
      return why === null ? [] : [`${relative(ROOT, file)}: ${reference} (${why})`];
    });
    expect(bad).toEqual([]);
  });

  it('gives every schema an $id that is its own file name, not an address', () => {
    for (const file of filesUnder(join(ROOT, 'schemas'), /\.schema\.json$/)) {
      expect((JSON.parse(readFileSync(file, 'utf8')) as { $id: string }).$id).toBe(relative(join(ROOT, 'schemas'), file));
    }
  });
});
