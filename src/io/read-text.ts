import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import type { Diagnostic, Loaded } from '../shared/diagnostics.js';

/** Default largest input file read, in bytes; `--max-file-size` raises it. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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

/** Opens a file for reading if it is a regular file; anything else (FIFO, device, folder) is refused unread. */
function openRegular(file: string): { fd: number; info: Stats } | { error: string } {
  const fd = openSync(file, OPEN_FOR_READING);
  const info = fstatSync(fd);
  if (info.isFile()) return { fd, info };
  closeSync(fd);
  return { error: info.isDirectory() ? 'is a directory, not a file' : `not a regular file (${kindOfEntry(info)}); not read` };
}

function fileDiagnostic(file: string, code: Diagnostic['code'], message: string, line = 1, column = 1): Diagnostic {
  return { code, severity: 'error', message, file, line, column };
}

/**
 * The range the second byte of a sequence led by `b` must lie in (Unicode's table of
 * well-formed UTF-8): narrower than 80–BF after E0, ED, F0 and F4, so that overlong forms,
 * encoded surrogates and code points past U+10FFFF are caught where they start, as the decoder
 * refuses them.
 */
function secondByteRange(b: number): [number, number] {
  if (b === 0xe0) return [0xa0, 0xbf];
  if (b === 0xed) return [0x80, 0x9f];
  if (b === 0xf0) return [0x90, 0xbf];
  if (b === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Offset of the first byte that breaks UTF-8, used only to explain a decoding failure. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    const [low, high] = secondByteRange(b);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Why a file is not UTF-8 when it is plainly another Unicode encoding: a UTF-16 or UTF-32
 * byte-order mark, or text with NUL between its letters (UTF-16 without a mark). Editors on
 * Windows ("Unicode" in Notepad, PowerShell's `>`) write UTF-16.
 */
function otherUnicode(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian, with a byte-order mark)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian, with a byte-order mark)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian, with a byte-order mark FF FE)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian, with a byte-order mark FE FF)';
  return undefined;
}

/**
 * The encoding a decoded text was most likely written in when NUL characters fill it (every
 * other one, as UTF-16 stores plain letters), or undefined. NUL is valid UTF-8, so such a file
 * decodes, and would otherwise fail later as a puzzling syntax error.
 */
function nulHeavy(text: string): string | undefined {
  if (text.indexOf('\0') === -1) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0) {
      if (i % 2 === 0) even++; else odd++;
    }
  }
  if ((even + odd) * 4 < text.length) return undefined;
  return even > odd ? 'UTF-16 (big-endian: a NUL byte before each letter)' : 'UTF-16 (little-endian: a NUL byte after each letter)';
}

const saveAsUtf8 = (encoding: string): string => `the file is ${encoding}, not UTF-8; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)`;

/**
 * Decodes file bytes as UTF-8 text, dropping a leading byte-order mark. Invalid UTF-8 is an
 * error positioned at the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): Loaded<string> {
  const other = otherUnicode(bytes);
  if (other !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', saveAsUtf8(other))] };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const nul = nulHeavy(text);
    if (nul !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', saveAsUtf8(nul))] };
    return { ok: true, value: text, diagnostics: [] };
  } catch {
    const nul = nulHeavy(Buffer.from(bytes).toString('latin1'));
    if (nul !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', saveAsUtf8(nul))] };
    const bad = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8').replace(/^\uFEFF/, '');
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', `the file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad})`, line, column)] };
  }
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
export function readTextFileSync(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded<string> {
  let fd: number | undefined;
  let text: string | undefined;
  try {
    const opened = openRegular(file);
    if ('error' in opened) return { ok: false, diagnostics: [fileDiagnostic(file, 'file-unreadable', opened.error)] };
    fd = opened.fd;
    const info = opened.info;
    // A regular file within the limit is read by Node's one-call UTF-8 reader (what a plain
    // `readFileSync(file, 'utf8')` costs). It turns bad bytes into U+FFFD instead of failing,
    // so a text holding U+FFFD is read again as bytes below, where invalid UTF-8 is an error.
    // An oversized file goes that careful way directly, to be refused there.
    if (info.size <= maxBytes) text = readFileSync(fd, 'utf8');
  } catch (error) {
    return { ok: false, diagnostics: [fileDiagnostic(file, 'file-unreadable', describeFsError(error))] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (text !== undefined && !text.includes('\uFFFD')) {
    const nul = nulHeavy(text);
    if (nul !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', saveAsUtf8(nul))] };
    return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, diagnostics: [] };
  }
  const bytes = readFileBytesSync(file, maxBytes);
  return bytes.ok ? decodeText(bytes.value, file) : { ok: false, diagnostics: bytes.diagnostics };
}

/**
 * Reads a whole file's bytes with a size limit (for hashing what is on disk); never throws.
 * One open, one fstat, one read: a batch reads thousands of files.
 */
export function readFileBytesSync(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded<Uint8Array> {
  let fd: number | undefined;
  try {
    const opened = openRegular(file);
    if ('error' in opened) return { ok: false, diagnostics: [fileDiagnostic(file, 'file-unreadable', opened.error)] };
    fd = opened.fd;
    const info = opened.info;
    if (info.size > maxBytes) {
      return { ok: false, diagnostics: [fileDiagnostic(file, 'file-too-large',
        `the file is ${info.size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-file-size)`)] };
    }
    return { ok: true, value: readFileSync(fd), diagnostics: [] };
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
