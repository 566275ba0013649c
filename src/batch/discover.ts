import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Diagnostic } from '../shared/diagnostics.js';
import { describeFsError } from '../shared/read-text.js';
import { byCodeUnit } from '../shared/order.js';

/** The evidence files found under a batch's paths, and the entries that could not be read. */
export interface Discovered {
  /** Each path's files in walk order (every folder's entries in code-unit order, depth first), each file once. */
  files: string[];
  /** Unreadable folders and files, broken links and symbolic link loops, one per entry. */
  problems: Diagnostic[];
}

const isEvidenceName = (name: string): boolean => name.toLowerCase().endsWith('.json');
/** Hidden entries (.git, editors' files) and installed packages are never evidence. */
const isSkipped = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** A folder's entry: plain concatenation, as `dir` is already normal and join() costs more than the rest of the walk. */
const child = (dir: string, name: string): string => (dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`);

function problem(file: string, message: string): Diagnostic {
  return { code: 'file-unreadable', severity: 'error', message, file, line: 1, column: 1 };
}

/**
 * Walks a folder. `real` is its real path, carried down without a system call per folder (only a
 * symbolic link changes it), so loops are caught by comparing with the real paths above.
 * Synchronous on purpose: thousands of small readdir calls cost far less without the event loop.
 */
function walk(dir: string, real: string, ancestors: string[], found: Discovered, onFound: (count: number) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    found.problems.push(problem(dir, `the folder cannot be read: ${describeFsError(error)}`));
    return;
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = child(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let target = child(real, entry.name);
    if (entry.isSymbolicLink()) {
      try {
        const info = statSync(path);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
        if (isDirectory) target = realpathSync(path);
      } catch (error) {
        // A dangling link matters only where it would have been evidence; a looping one always.
        const code = (error as NodeJS.ErrnoException).code;
        if (isEvidenceName(entry.name) || code === 'ELOOP') found.problems.push(problem(path, describeFsError(error)));
        continue;
      }
    }
    if (isDirectory) {
      if (ancestors.includes(target)) {
        found.problems.push(problem(path, `symbolic link loop: leads back to ${target}, which is already being searched`));
        continue;
      }
      ancestors.push(target);
      walk(path, target, ancestors, found, onFound);
      ancestors.pop();
    } else if (isFile && isEvidenceName(entry.name)) {
      found.files.push(path);
    }
  }
  onFound(found.files.length);
}

/**
 * Finds the evidence files of a batch: each path is a file (taken whatever its name) or a folder
 * searched recursively for `*.json`, each folder in sorted order, skipping hidden entries and
 * node_modules. The order never depends on the file system's.
 * Nothing here throws: an entry that cannot be read becomes a problem for that entry.
 * `onFound` hears the number of files found so far after each folder (before de-duplication).
 */
export function discoverEvidence(paths: readonly string[], onFound: (count: number) => void = () => undefined): Discovered {
  const found: Discovered = { files: [], problems: [] };
  // Each path's files, with the resolved form of the path they start with (see `absolute`).
  const walked: Array<{ root: string; resolved: string; from: number }> = [];
  for (const path of paths) {
    try {
      const info = statSync(path);
      const root = join(path);
      walked.push({ root, resolved: resolve(root), from: found.files.length });
      if (info.isDirectory()) {
        const real = realpathSync(path);
        walk(root, real, [real], found, onFound);
      } else found.files.push(root);
    } catch (error) {
      found.problems.push(problem(path, describeFsError(error)));
    }
  }
  // Only several paths can name a file twice (a folder and a file in it, say).
  if (paths.length > 1) {
    const seen = new Set<string>();
    const unique: string[] = [];
    walked.forEach(({ root, resolved, from }, index) => {
      const to = walked[index + 1]?.from ?? found.files.length;
      for (const file of found.files.slice(from, to)) {
        const key = absolute(file, root, resolved);
        if (!seen.has(key)) unique.push(file);
        seen.add(key);
      }
    });
    found.files = unique;
  }
  found.problems.sort((a, b) => byCodeUnit(a.file, b.file));
  return found;
}

/**
 * `resolve(file)` for a file found under `root` (whose resolved form is `resolved`), without
 * resolving every file: the walk built it by appending entry names, which hold no separators
 * and so change nothing that resolve() would normalise. Ten thousand resolve() calls cost more
 * than the rest of the walk.
 */
function absolute(file: string, root: string, resolved: string): string {
  if (file === root) return resolved;
  const rest = file.slice(root.endsWith(sep) ? root.length : root.length + 1);
  return resolved.endsWith(sep) ? `${resolved}${rest}` : `${resolved}${sep}${rest}`;
}
