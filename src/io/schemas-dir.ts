import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shippedPath } from './package-root.js';

/** How a schema's file name ends: `evidence` is `schemas/evidence.schema.json`. */
export const SCHEMA_SUFFIX = '.schema.json';

/** The JSON Schemas shipped with the package: the `schemas/` folder beside its `criteria/`. */
export function schemasDir(): string {
  return shippedPath('schemas');
}

/** A shipped schema's file, by name (`evidence` → `<package>/schemas/evidence.schema.json`). */
export function schemaFile(name: string, dir: string = schemasDir()): string {
  return join(dir, `${name}${SCHEMA_SUFFIX}`);
}

/** The names of the schemas in a folder (its `*.schema.json` file stems), sorted; throws when it cannot be read. */
export function schemaNames(dir: string = schemasDir()): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(SCHEMA_SUFFIX))
    .map((entry) => entry.name.slice(0, -SCHEMA_SUFFIX.length))
    .sort();
}
