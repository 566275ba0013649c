import { join, resolve } from 'node:path';
import { packageRoot } from '../io/package-root.js';

/** The criteria folder shipped with the package: the nearest `criteria/` above this module. */
export function defaultCriteriaDir(): string {
  const root = packageRoot();
  return root === null ? resolve('criteria') : join(root, 'criteria');
}
