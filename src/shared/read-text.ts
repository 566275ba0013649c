import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Diagnostic, Loaded } from './diagnostics.js';

/** Default largest input file read, in bytes; `--max-file-size` raises it. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function fileDiagnostic(file: string, code: Diagnostic['code'], message: string, line = 1, column = 1): Diagnostic {
  return { code, severity: 'error', message, file, line, column };
}

/** Offset of the first byte that breaks UTF-8, used only to explain a decoding failure. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Decodes file bytes as UTF-8 text, dropping a leading byte-order mark. Invalid UTF-8 is an
 * error positioned at the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): Loaded<string> {
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, value: text, diagnostics: [] };
  } catch {
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
export async function readTextFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Loaded<string>> {
  return readTextFileSync(file, maxBytes);
}

/** The synchronous form of `readTextFile`. */
export function readTextFileSync(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded<string> {
  let fd: number | undefined;
  let text: string | undefined;
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    // A regular file within the limit is read by Node's one-call UTF-8 reader (what a plain
    // `readFileSync(file, 'utf8')` costs). It turns bad bytes into U+FFFD instead of failing,
    // so a text holding U+FFFD is read again as bytes below, where invalid UTF-8 is an error.
    // Anything else (directories, pipes, oversized files) goes that careful way directly.
    if (info.isFile() && info.size <= maxBytes) text = readFileSync(fd, 'utf8');
  } catch (error) {
    return { ok: false, diagnostics: [fileDiagnostic(file, 'file-unreadable', describeFsError(error))] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (text !== undefined && !text.includes('\uFFFD')) {
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
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, diagnostics: [fileDiagnostic(file, 'file-unreadable', 'is a directory, not a file')] };
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

/** A one-line reason for a file-system error, without a stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    default: return code ? `cannot be read (${code})` : `cannot be read (${String((error as Error)?.message ?? error)})`;
  }
}
