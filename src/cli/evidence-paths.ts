import { isEvidenceName } from '../batch/discover.js';
import { byCodeUnit } from '../shared/order.js';
import type { Walked, WalkOptions } from '../io/walk.js';
import { collectFiles } from './file-targets.js';

/**
 * The evidence files named by command-line paths: a file as it is, a folder as every `*.json`
 * file under it (found as every command finds files, by `collectFiles`). Sorted, so output never
 * depends on the order the paths were given. Nothing found is a usage problem (exit 2).
 */
export function evidenceFiles(paths: readonly string[], options: WalkOptions = {}): Walked {
  const walked = collectFiles(paths, isEvidenceName, { one: 'an evidence file', many: 'evidence files (*.json)' }, true, options);
  return { ...walked, files: [...walked.files].sort(byCodeUnit) };
}
