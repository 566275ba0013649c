import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic } from '../shared/diagnostics.js';
import { describeFsError, kindOfEntry } from './read-text.js';
import type { Glob } from '../shared/glob.js';
import { byCodeUnit } from '../shared/order.js';

/** The files found under some paths, and the entries that could not be taken. */
export interface Walked {
  /** Each path's files in walk order (every folder's entries in code-unit order, depth first), each file once. */
  files: string[];
  /** Unreadable folders, broken links, link loops and entries that are not regular files, one per entry. */
  problems: Diagnostic[];
  /** How many files and folders in folders were left out by `exclude` (a folder counts once, its contents not at all). */
  excluded?: number;
}

/** How to walk. */
export interface WalkOptions {
  /** Files and folders found in folders that match one of these are left out (src/shared/glob.ts); paths given are always taken. */
  exclude?: readonly Glob[];
}

/** Hidden entries (.git, editors' files) and installed packages are never read. */
const isSkipped = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** A folder's entry: plain concatenation, as `dir` is already normal and join() costs more than the rest of the walk. */
const child = (dir: string, name: string): string => (dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`);

function problem(file: string, message: string): Diagnostic {
  return { code: 'file-unreadable', severity: 'error', message, file, line: 1, column: 1 };
}

interface Walk {
  accept: (name: string) => boolean;
  found: Walked;
  /** Each found file's real path, in step with `found.files`: one file reached by two paths is one file. */
  reals: string[];
  /** A symbolic link was followed: two paths may now lead to one file. */
  linked: boolean;
  onFolder: (count: number) => void;
  exclude: readonly Glob[];
  /** The folder given, whose path every entry found under it starts with. */
  root: string;
  /**
   * Every folder entered, by its real path: one reached again by another path (links that
   * meet) is not walked again, as each file is taken at its first path anyway. Without it, a
   * chain of folders each linking twice to the next is walked once per path: 2^n times.
   */
  entered: Set<string>;
}

/** Whether an entry found in a folder is excluded: by its name, its path below the folder given, or its path as shown. */
function isExcluded(w: Walk, name: string, path: string): boolean {
  if (w.exclude.length === 0) return false;
  const shown = sep === '/' ? path : path.split(sep).join('/');
  const below = shown.slice(w.root.length).replace(/^\/+/, '');
  return w.exclude.some((glob) => glob.matches({ name, below, shown }));
}

/**
 * Walks a folder. `real` is its real path, carried down without a system call per folder (only a
 * symbolic link changes it), so loops are caught by comparing with the real paths above.
 * Synchronous on purpose: thousands of small readdir calls cost far less without the event loop.
 */
function walk(dir: string, real: string, ancestors: string[], w: Walk): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    w.found.problems.push(problem(dir, `the folder cannot be read: ${describeFsError(error)}`));
    return;
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = child(dir, entry.name);
    if (isExcluded(w, entry.name, path)) {
      w.found.excluded = (w.found.excluded ?? 0) + 1;
      continue;
    }
    let info: Pick<Stats, 'isDirectory' | 'isFile' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isSymbolicLink'> = entry;
    let target = child(real, entry.name);
    if (entry.isSymbolicLink()) {
      try {
        info = statSync(path);
        target = realpathSync(path);
        w.linked = true;
      } catch (error) {
        // A dangling link matters only where it would have been read; a looping one always.
        const code = (error as NodeJS.ErrnoException).code;
        if (w.accept(entry.name) || code === 'ELOOP') w.found.problems.push(problem(path, describeFsError(error)));
        continue;
      }
    }
    if (info.isDirectory()) {
      if (ancestors.includes(target)) {
        w.found.problems.push(problem(path, `symbolic link loop: leads back to ${target}, which is already being searched`));
        continue;
      }
      if (w.entered.has(target)) continue;
      w.entered.add(target);
      ancestors.push(target);
      walk(path, target, ancestors, w);
      ancestors.pop();
    } else if (w.accept(entry.name)) {
      // A FIFO, device or socket is never opened: reading one could block or never end.
      if (info.isFile()) { w.found.files.push(path); w.reals.push(target); }
      else w.found.problems.push(problem(path, `not a regular file (${kindOfEntry(info)}); not read`));
    }
  }
  w.onFolder(w.found.files.length);
}

/** The real path of a path that exists, or the path itself if it vanished meanwhile. */
function realOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The files under some paths: a path that is a regular file is taken whatever its name; a folder
 * is searched recursively for the names `accept` takes, each folder in code-unit order, following
 * symbolic links to files and folders (a loop is a problem), skipping hidden entries and
 * node_modules. The order never depends on the file system's, and each file comes once: a file
 * reached by two paths (two paths given, or a symbolic link to a file or folder also found
 * another way) is taken at the first of them in walk order.
 * Nothing here throws: an entry that cannot be taken is a problem for that entry.
 * `onFolder` hears the number of files found so far after each folder. `options.exclude` leaves
 * out the files and folders found in folders that match a pattern (a folder is then not entered);
 * a path given is always taken.
 */
export function walkPaths(paths: readonly string[], accept: (name: string) => boolean, onFolder: (count: number) => void = () => undefined,
  options: WalkOptions = {}): Walked {
  const found: Walked = { files: [], problems: [] };
  const exclude = options.exclude ?? [];
  const w: Walk = { accept, found, onFolder, exclude, reals: [], linked: false, root: '', entered: new Set() };
  // The real path of each path given: only a path inside another (or the same twice) can name a file twice.
  const roots: string[] = [];
  for (const path of paths) {
    try {
      const info = statSync(path);
      const root = join(path);
      if (info.isDirectory()) {
        const real = realpathSync(path);
        roots.push(real);
        w.root = sep === '/' ? root : root.split(sep).join('/');
        w.entered.add(real);
        walk(root, real, [real], w);
      } else if (info.isFile()) {
        // The real path costs a system call per file given; it matters only beside another path.
        const real = paths.length > 1 ? realOf(path) : root;
        roots.push(real);
        found.files.push(root);
        w.reals.push(real);
      } else found.problems.push(problem(path, `not a regular file (${kindOfEntry(info)}); not read`));
    } catch (error) {
      found.problems.push(problem(path, describeFsError(error)));
    }
  }
  if (w.linked || (roots.length > 1 && overlapping(roots))) found.files = unique(found.files, w.reals);
  found.problems.sort((a, b) => byCodeUnit(a.file, b.file));
  return found;
}

/**
 * Whether a path given is, really, the same as another or inside it. Otherwise (and with no
 * symbolic link followed) no file can be found twice, and `unique` is not needed.
 */
function overlapping(reals: readonly string[]): boolean {
  const roots = new Set<string>();
  for (const real of reals) {
    if (roots.has(real)) return true;
    roots.add(real);
  }
  for (const root of roots) {
    for (let at = root.lastIndexOf(sep); at >= 0; at = root.lastIndexOf(sep, at - 1)) {
      // The ancestors of the root: every prefix ending before a separator (and the file system's root).
      if (roots.has(root.slice(0, at)) || roots.has(root.slice(0, at + 1))) return true;
      if (at === 0) break;
    }
  }
  return false;
}

/** The files, each real file once: at the first of its paths. */
function unique(files: readonly string[], reals: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((_, index) => {
    const real = reals[index] as string;
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
