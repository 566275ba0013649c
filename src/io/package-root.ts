import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null | undefined;

/** The folder of grade's own package.json (found once, walking up from this module), or null. */
export function packageRoot(): string | null {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'criteria'))) return (root = dir);
    dir = dirname(dir);
  }
  return (root = null);
}

/**
 * A file the build parsed ahead of time (dist/parsed/<name>.json: the exact source text it was
 * made from, its byte length, and the parse as JSON), or undefined when there is none.
 */
export function prebuiltParse(name: string): { source: string; byteLength: number; parsed: string } | undefined {
  const base = packageRoot();
  if (base === null) return undefined;
  try {
    return JSON.parse(readFileSync(join(base, 'dist', 'parsed', `${name}.json`), 'utf8')) as { source: string; byteLength: number; parsed: string };
  } catch {
    return undefined;
  }
}
