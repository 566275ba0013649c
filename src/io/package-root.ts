import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null | undefined;

/** The folder of grade's own package.json (found once, walking up from this module), or null. */
export function packageRoot(): string | null {
  if (root !== undefined) return root;
  // The module's folder as Node gives it (no URL to parse at start-up), else from its URL.
  let dir = (import.meta.dirname as string | undefined) ?? dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'criteria'))) return (root = dir);
    dir = dirname(dir);
  }
  return (root = null);
}

/**
 * A path inside grade's own package (`criteria`, `schemas`, `data/forces/…`): under the package
 * root, or under the working directory when there is none to be found.
 */
export function shippedPath(...parts: string[]): string {
  const base = packageRoot();
  return base === null ? resolve(...parts) : join(base, ...parts);
}
