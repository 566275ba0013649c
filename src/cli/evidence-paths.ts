import { statSync } from 'node:fs';
import { normalize } from 'node:path';
import { describeFsError } from '../shared/read-text.js';
import { UsageError } from './errors.js';
import { walkFiles } from './file-targets.js';
import { byCodeUnit } from '../shared/order.js';

/**
 * The evidence files named by command-line paths: a file as it is, a folder as every `*.json`
 * file under it (as `walkFiles` finds them: hidden entries and node_modules skipped, symbolic
 * links followed to files but never to folders). Sorted and
 * without repeats, so output never depends on the order a folder lists its entries. A path that
 * cannot be read, or that holds no evidence file, is a usage problem (exit 2).
 */
export function evidenceFiles(paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new UsageError(`${path}: ${describeFsError(error)}`);
    }
    if (!isDirectory) {
      files.add(normalize(path));
      continue;
    }
    const found: string[] = [];
    walkFiles(path, (name) => name.endsWith('.json'), found);
    if (found.length === 0) throw new UsageError(`${path}: no evidence files (*.json) in this folder`);
    for (const file of found) files.add(file);
  }
  return [...files].sort(byCodeUnit);
}
