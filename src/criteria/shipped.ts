import { shippedPath } from '../io/package-root.js';

/** The criteria folder shipped with the package: the nearest `criteria/` above this module. */
export function defaultCriteriaDir(): string {
  return shippedPath('criteria');
}
