import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, linkSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeFsError, kindOfEntry } from '../io/read-text.js';
import { UsageError } from './errors.js';
import { forgetTemporary, isTemporary, rememberTemporary } from './interrupt.js';
import { assertNotAnInput } from './output-guard.js';

/** Output written piece by piece: every write checked, nothing at the target until `close`. */
export interface Output {
  write(text: string): void;
  /**
   * Finishes the output: the temporary file is made durable and renamed over the target, after
   * the signals that came while it was written have been heard (one interrupts the run instead).
   */
  close(): Promise<void>;
  /** Gives up: removes the temporary file, leaving any existing target as it was. Never throws. */
  abort(): void;
}

/** Where --output really goes: a file replaced atomically, or a device or FIFO written through. */
type Destination =
  | { kind: 'replace'; path: string; existing?: Stats }
  | { kind: 'direct'; path: string; fifo: boolean };

const MAX_LINKS = 40;
let temporaries = 0;

/** Follows symbolic links (even dangling ones) to the entry that --output names in the end. */
function destinationOf(target: string): Destination {
  let path = resolve(target);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let info: Stats;
    try {
      info = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'replace', path };
      throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
    }
    if (info.isSymbolicLink()) path = resolve(dirname(path), readlinkSync(path));
    else if (info.isFile()) return { kind: 'replace', path, existing: info };
    else if (info.isCharacterDevice() || info.isFIFO()) return { kind: 'direct', path, fifo: info.isFIFO() };
    else throw new UsageError(`cannot write ${target}: it is ${kindOfEntry(info)}, not a file`);
  }
  throw new UsageError(`cannot write ${target}: too many levels of symbolic links`);
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    const written = writeSync(fd, bytes, offset);
    // A device that takes nothing and reports no error would otherwise loop for ever.
    if (written === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    offset += written;
  }
}

/**
 * Lets the event loop take the signals that came in while the run wrote synchronously: their
 * handlers (interrupt.ts) run only from the loop, and a poll of its signal pipe comes between two
 * of its check phases, wherever in the loop this is called from.
 */
async function hearPendingSignals(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => { setImmediate(resolve); });
}

const quietly = (action: () => void): void => {
  try { action(); } catch { /* cleaning up after a failure that is already being reported */ }
};

/** A short name of our own beside the target (the rename stays on one file system; long names stay legal). */
function openTemporary(folder: string, target: string, mode: number): { fd: number; path: string } {
  for (let attempt = 0; ; attempt++) {
    const path = join(folder, `.grade-${process.pid}-${temporaries++}.tmp`);
    // Guarded before it exists: a signal between the two would leave it behind.
    rememberTemporary(path);
    try {
      return { fd: openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode), path };
    } catch (error) {
      forgetTemporary(path);
      // A missing folder is not made: a mistyped path would otherwise put the output where no one looks.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !lstatSync(folder, { throwIfNoEntry: false })) throw new UsageError(`cannot write ${target}: the folder ${folder} does not exist (make it first)`);
      // Named as what failed: the file beside the target, not the target (which may exist, as /proc/version does).
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw new UsageError(`cannot write ${target}: cannot create a file in ${folder} (${describeFsError(error)})`);
    }
  }
}

/** Options of `openOutput`. */
export interface OutputOptions {
  /**
   * False: never replace an existing file (`template`, `import` without --force). The target is
   * refused at once if it exists, and the finished file is linked into place, which fails rather
   * than replace a file that appeared in the meantime.
   */
  replace?: boolean;
}

const alreadyExists = (target: string) => new UsageError(`cannot write ${target}: it already exists (use --force to replace it)`);

/** Puts the finished temporary file at the target without replacing anything there. */
function linkIntoPlace(temporary: string, path: string, target: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(target);
    // A file system without hard links: a rename, after one more look.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (lstatSync(path, { throwIfNoEntry: false })) throw alreadyExists(target);
    renameSync(temporary, path);
    return;
  }
  rmSync(temporary, { force: true });
}

/**
 * The rename that replaces a file needs only its folder to be writable, so a file made read-only
 * to keep it would be replaced anyway: it is refused, as `>` and `cp` refuse it. Root may
 * write any file, and replaces it as `>` would.
 */
function assertWritable(target: string, path: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? 'permission denied (the file is read-only)' : describeFsError(error);
    throw new UsageError(`cannot write ${target}: ${reason}`);
  }
}

function replacing(target: string, destination: Extract<Destination, { kind: 'replace' }>, replace: boolean): Output {
  const { existing } = destination;
  const temporary = openTemporary(dirname(destination.path), target, existing ? existing.mode & 0o7777 : 0o666);
  let open = true;
  const fail = (error: unknown): never => {
    abort();
    throw error instanceof UsageError ? error : new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
  };
  function abort(): void {
    if (open) quietly(() => closeSync(temporary.fd));
    open = false;
    quietly(() => rmSync(temporary.path, { force: true }));
    forgetTemporary(temporary.path);
  }
  return {
    write(text) {
      try { writeAll(temporary.fd, text); } catch (error) { fail(error); }
    },
    async close() {
      try {
        if (existing) {
          fchmodSync(temporary.fd, existing.mode & 0o7777);
          // Only a privileged process may give a file away; otherwise the new file is ours.
          quietly(() => fchownSync(temporary.fd, existing.uid, existing.gid));
        }
        fsyncSync(temporary.fd);
        closeSync(temporary.fd);
        open = false;
        // A Ctrl-C during a long write is handled before the target changes: it removes the temporary file and ends the run.
        await hearPendingSignals();
        // Removed by a signal's handler whose exit did not end the process (a library caller's): nothing to put in place.
        if (!isTemporary(temporary.path)) throw new UsageError(`cannot write ${target}: the run was interrupted`);
        if (replace) renameSync(temporary.path, destination.path);
        else linkIntoPlace(temporary.path, destination.path, target);
        forgetTemporary(temporary.path);
      } catch (error) {
        fail(error);
      }
    },
    abort,
  };
}

function writingThrough(target: string, destination: Extract<Destination, { kind: 'direct' }>): Output {
  let fd: number;
  try {
    // A FIFO nobody reads would block the run for ever: ask without waiting first.
    if (destination.fifo) closeSync(openSync(destination.path, constants.O_WRONLY | constants.O_NONBLOCK));
    fd = openSync(destination.path, constants.O_WRONLY);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENXIO' ? 'no process is reading this FIFO' : describeFsError(error);
    throw new UsageError(`cannot write ${target}: ${reason}`);
  }
  let open = true;
  const finish = () => { if (open) quietly(() => closeSync(fd)); open = false; };
  return {
    write(text) {
      try { writeAll(fd, text); } catch (error) { finish(); throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`); }
    },
    close: () => { finish(); return Promise.resolve(); },
    abort: finish,
  };
}

/**
 * Opens --output. A regular file (or a new one) is written to a temporary file beside it and
 * renamed over it on `close`, keeping an existing file's mode (and owner where the process may),
 * so a failed or interrupted run leaves it as it was; a symbolic link is followed and its target
 * replaced; a character device or FIFO is written through directly; anything else is refused.
 * Every write is checked: a failure is a UsageError `cannot write F: <reason>` (exit 2).
 * One of the run's own inputs, or a file its readers would take in an input folder, is refused;
 * so is an existing file when `options.replace` is false.
 */
export function openOutput(target: string, inputs: readonly string[] = [], options: OutputOptions = {}): Output {
  const destination = destinationOf(target);
  assertNotAnInput(target, destination.path, inputs);
  if (destination.kind === 'direct') return writingThrough(target, destination);
  const replace = options.replace !== false;
  if (!replace && destination.existing) throw alreadyExists(target);
  if (destination.existing) assertWritable(target, destination.path);
  return replacing(target, destination, replace);
}

/** Writes a whole text to --output with `openOutput`'s guarantees. */
export async function writeOutput(target: string, text: string, inputs: readonly string[] = [], options: OutputOptions = {}): Promise<void> {
  const output = openOutput(target, inputs, options);
  output.write(text);
  await output.close();
}
