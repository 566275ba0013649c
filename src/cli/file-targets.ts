import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeFsError } from '../shared/read-text.js';
import { UsageError } from './errors.js';
import { byCodeUnit } from '../shared/order.js';

/** Folders never walked into: version control, tools' caches, installed packages. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Appends to `out` the files under `dir` whose names `accept` takes, in sorted order, skipping
 * hidden entries and node_modules; a folder that cannot be read is a usage problem.
 */
export function walkFiles(dir: string, accept: (name: string) => boolean, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`${dir}: ${describeFsError(error)}`);
  }
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walkFiles(path, accept, out);
    } else if (accept(entry.name)) {
      // A symbolic link is followed to a file, never to a folder (no walking in circles).
      if (entry.isFile() || (entry.isSymbolicLink() && statSafe(path)?.isFile())) out.push(path);
    }
  }
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The files a command should read, from the paths it was given: a file is taken as named
 * (it must be one `accept` takes; `kinds` names them in messages), a folder is walked for the files `accept` takes, in sorted
 * order, skipping hidden entries and node_modules. Each file once. A path that cannot be read,
 * a file of another kind, or nothing found at all is a usage problem (exit 2): a CI check
 * that silently checks nothing would pass for the wrong reason.
 */
export function collectFiles(paths: readonly string[], accept: (name: string) => boolean, kinds: { one: string; many: string }): string[] {
  const found: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      throw new UsageError(`${path}: ${describeFsError(error)}`);
    }
    if (info.isDirectory()) walkFiles(path, accept, found);
    else if (accept(path)) found.push(path);
    else throw new UsageError(`${path}: not ${kinds.one}`);
  }
  if (found.length === 0) throw new UsageError(`no ${kinds.many} found in ${paths.join(', ')}`);
  const seen = new Set<string>();
  return found.filter((file) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
