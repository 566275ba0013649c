import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Loaded } from '../shared/diagnostics.js';
import { decodeText, fileDiagnostic, nulProblem } from './decode-text.js';

export { decodeText } from './decode-text.js';

/** Default largest input file read, in bytes; `--max-file-size` raises it. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

// Non-blocking, so that opening a FIFO returns at once (and is then refused) instead of waiting
// for a writer; a regular file reads the same either way.
const OPEN_FOR_READING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What kind of file-system entry a non-regular file is, in words. */
export function kindOfEntry(info: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isSymbolicLink'>): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a file';
}

/** Why a non-regular file is refused unread, or undefined for a regular file. */
function refusal(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  return info.isDirectory() ? 'is a directory, not a file' : `not a regular file (${kindOfEntry(info)}); not read`;
}

/**
 * Reads a whole text file with a size limit; every failure is a diagnostic, never a throw.
 * Synchronous reads: for the small files graded here they cost a fraction of the promise API's
 * file handles, and batch parallelism comes from worker threads, not from overlapping reads.
 */
export function readTextFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Loaded<string>> {
  return Promise.resolve(readTextFileSync(file, maxBytes));
}

/** The synchronous form of `readTextFile`. */
export function readTextFileSync(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES, options: ReadOptions = {}): Loaded<string> {
  // The bytes live only until they are decoded: a file that fits is read into one buffer kept for
  // the next file (a batch reads thousands; a new buffer each costs an allocation and its collection).
  const bytes = readFileBytesSync(file, maxBytes, scratch, options);
  if (!bytes.ok) return { ok: false, diagnostics: bytes.diagnostics };
  // Node's UTF-8 decoder turns bad bytes into U+FFFD instead of failing: only a text holding
  // U+FFFD goes the strict way, where invalid UTF-8 is an error with its position.
  const text = bytes.value.toString('utf8');
  if (text.includes('\uFFFD')) return decodeText(bytes.value, file);
  const nul = nulProblem(text);
  if (nul !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', nul)] };
  return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, diagnostics: [] };
}

/** Files up to this size are read into one reused buffer when only their text is wanted. */
const SCRATCH_BYTES = 256 * 1024;
let scratchBuffer: Buffer | undefined;
const scratch = (): Buffer => (scratchBuffer ??= Buffer.allocUnsafe(SCRATCH_BYTES));

const tooLarge = (file: string, message: string): Loaded<Buffer> =>
  ({ ok: false, diagnostics: [fileDiagnostic(file, 'file-too-large', `${message} (raise it with --max-file-size)`)] });

/**
 * Reads an open file to its end, or to one byte past `maxBytes` (then undefined), after the
 * `length` bytes already in `buffer`. The size `fstat` gave is only where to start: a file in /proc
 * claims 0 bytes, a file being appended to grows while it is read, and neither may take the read
 * past the limit.
 */
function readBounded(fd: number, maxBytes: number, buffer: Buffer, length = 0): Buffer | undefined {
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return undefined;
      const larger = Buffer.allocUnsafe(Math.min(Math.max(length * 2, 64 * 1024), maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return length > maxBytes ? undefined : buffer.subarray(0, length);
}

/** Where a file of `size` bytes is read: the reused buffer, cut at the limit, if it fits (a file in /proc claims 0 bytes). */
function bufferFor(size: number, maxBytes: number, reuse?: () => Buffer): Buffer {
  const wanted = Math.min(size, maxBytes) + 1;
  return reuse !== undefined && wanted <= SCRATCH_BYTES ? reuse().subarray(0, Math.min(SCRATCH_BYTES, maxBytes + 1)) : Buffer.allocUnsafe(wanted);
}

/**
 * Reads into `buffer` until it is full or the file ends; how many bytes it holds. A short read is
 * not taken for the end: on a network or FUSE file system a regular file can read short before it
 * (only a read of nothing ends it).
 */
function readUpTo(fd: number, buffer: Buffer): number {
  let length = 0;
  while (length < buffer.length) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return length;
}

/** How a file is read. */
export interface ReadOptions {
  /**
   * The folder walker (src/io/walk.ts) has just seen the path as a regular file, as every file of
   * a batch is: a file that fits the reused buffer is then read without an `fstat` (a batch reads
   * thousands). Were it swapped for a FIFO or device meanwhile, the read is still non-blocking and
   * bounded by the limit (docs/decisions.md).
   */
  seenRegular?: boolean;
}

/**
 * Reads a whole file's bytes with a size limit (for hashing what is on disk); never throws.
 * One open, one fstat (none with `seenRegular`), the reads. With `reuse`, a file that
 * fits is read into the buffer it gives, and the bytes returned are valid only until its next use.
 */
export function readFileBytesSync(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES, reuse?: () => Buffer, options: ReadOptions = {}): Loaded<Buffer> {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FOR_READING);
    let start: Buffer | undefined;
    let length = 0;
    if (options.seenRegular === true && reuse !== undefined) {
      start = bufferFor(0, maxBytes, reuse);
      length = readUpTo(fd, start);
      if (length < start.length) return { ok: true, value: start.subarray(0, length), diagnostics: [] };
    }
    // Not seen by the walk, or larger than the reused buffer: what it is and how large, before reading (on).
    const info = fstatSync(fd);
    const refused = refusal(info);
    if (refused !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'file-unreadable', refused)] };
    if (info.size > maxBytes) return tooLarge(file, `the file is ${info.size} bytes, over the limit of ${maxBytes} bytes`);
    const bytes = readBounded(fd, maxBytes, start ?? bufferFor(info.size, maxBytes, reuse), length);
    if (bytes === undefined) return tooLarge(file, `the file holds more than the limit of ${maxBytes} bytes`);
    return { ok: true, value: bytes, diagnostics: [] };
  } catch (error) {
    return { ok: false, diagnostics: [fileDiagnostic(file, 'file-unreadable', describeFsError(error))] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
  ENXIO: 'no such device or address',
  EBUSY: 'device or resource busy',
  EEXIST: 'file already exists',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in system',
  EXDEV: 'cannot move across file systems',
  EPIPE: 'broken pipe',
  EAGAIN: 'resource temporarily unavailable',
  EINVAL: 'invalid argument',
};

/** A one-line reason for a file-system error, in words, without a stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : REASONS[code];
  if (known !== undefined) return known;
  // Node's own message starts "CODE: reason, syscall 'path'": keep the reason.
  const message = String((error as Error | undefined)?.message ?? error);
  const reason = /^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1];
  return reason ?? (code ? `system error ${code}` : message);
}
