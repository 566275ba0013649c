import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The criteria folder shipped with the package: the nearest `criteria/` above this module. */
export function defaultCriteriaDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'criteria'))) return join(dir, 'criteria');
    dir = dirname(dir);
  }
  return resolve('criteria');
}
