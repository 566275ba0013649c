import { readdirSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describeFsError } from '../shared/read-text.js';
import { UsageError } from './errors.js';

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`${dir}: ${describeFsError(error)}`);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
  }
}

/**
 * The evidence files named by command-line paths: a file as it is, a folder as every `*.json`
 * file under it (hidden entries skipped, symbolic links to folders not followed). Sorted and
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
    walk(path, found);
    if (found.length === 0) throw new UsageError(`${path}: no evidence files (*.json) in this folder`);
    for (const file of found) files.add(file);
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
