import { accessSync, closeSync, constants, openSync, statSync } from 'node:fs';
import { describeFsError, kindOfEntry } from '../io/read-text.js';
import { walkPaths, type Walked, type WalkOptions } from '../io/walk.js';
import { UsageError } from './errors.js';

/** What a command reads, in words for messages: one file of it, many of them. */
export interface FileKinds {
  one: string;
  many: string;
}

/**
 * A path the user named must be a folder or a regular file, else it is a usage problem (exit 2):
 * a FIFO or device is never opened (it could block or never end). With `accept`, a named file
 * must also be one of the kinds the command reads.
 */
export function assertNamedPath(path: string, options: { folders: boolean; accept?: (name: string) => boolean; kinds?: FileKinds }): void {
  if (path === '') throw new UsageError('an empty path was given; name a file or folder');
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
  if (info.isDirectory() && options.folders) {
    assertOpens(path, () => accessSync(path, constants.R_OK | constants.X_OK));
    return;
  }
  if (!info.isFile()) throw new UsageError(`${path}: not a regular file (${kindOfEntry(info)})`);
  if (options.accept && !options.accept(path)) throw new UsageError(`${path}: not ${options.kinds?.one ?? 'a file this command reads'}`);
  // Non-blocking, as the reader opens it: a FIFO swapped in since the stat cannot block here.
  assertOpens(path, () => closeSync(openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))));
}

/**
 * `stat` succeeds on a file or folder without read permission; only opening it (or, for a
 * folder, asking for read and search permission) tells, and a named path that cannot be read
 * is the user's problem (exit 2), like one that is missing.
 */
function assertOpens(path: string, open: () => void): void {
  try {
    open();
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
}

/** A file the user named (evidence, registry, --compare, --national): a regular file, else exit 2. */
export function assertReadableFile(file: string): void {
  assertNamedPath(file, { folders: false });
}

/**
 * The files a command should read, from the paths it was given, found by the one folder walker
 * (`walkPaths`): a named file is taken as named (it must be one `accept` takes, unless
 * `anyNamedFile`), a folder is walked for the files `accept` takes. A named path that cannot be
 * read or is of another kind, or nothing found at all, is a usage problem (exit 2): a CI check
 * that silently checks nothing would pass for the wrong reason. Entries in folders that cannot
 * be taken (not regular files, broken links, loops) come back as problems, one per entry.
 */
export function collectFiles(paths: readonly string[], accept: (name: string) => boolean, kinds: FileKinds, anyNamedFile = false,
  options: WalkOptions = {}): Walked {
  for (const path of paths) assertNamedPath(path, { folders: true, ...(anyNamedFile ? {} : { accept, kinds }) });
  const walked = walkPaths(paths, accept, undefined, options);
  if (walked.files.length === 0 && walked.problems.length === 0) throw new UsageError(`no ${kinds.many} found in ${paths.join(', ')}${excludedNote(walked)}`);
  return walked;
}

/** ` (3 files or folders left out by --exclude)`, when any were. */
export function excludedNote(walked: Pick<Walked, 'excluded'>): string {
  const n = walked.excluded ?? 0;
  return n === 0 ? '' : ` (${n} ${n === 1 ? 'file or folder' : 'files or folders'} left out by --exclude)`;
}
