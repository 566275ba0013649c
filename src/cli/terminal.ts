import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describeFsError } from '../io/read-text.js';
import { UsageError } from './errors.js';

/**
 * Whether a file descriptor is a terminal, without loading Node's tty module (and, with it,
 * the net and stream modules, a part of every start-up) unless it might be one:
 * only a character device other than /dev/null can be a terminal.
 */
export function isTerminal(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    if (!info.isCharacterDevice()) return false;
    if (info.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No /dev/null to compare with (Windows): ask tty.
  }
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}

/** What a writer met that the run must still end on: a write that failed after it was handed over. */
export interface WriteFailures {
  failed: string | undefined;
}

/**
 * A writer for stdout or stderr that writes synchronously to the file descriptor (so the
 * process's stream objects, and the stream modules behind them, are never created for it).
 * A reader that goes away (`grade batch … | head`) is not an error: later output is dropped.
 * A descriptor that cannot take the whole text now (a non-blocking pipe) hands the rest, and
 * everything after it, to the process's own stream, which waits for the reader.
 * Any other failure (a full disk, an I/O error) throws `cannot write stdout: <reason>` (exit 2);
 * one that the stream meets later is kept in `failures` for the run's end.
 */
export function fdWriter(fd: 1 | 2, failures: WriteFailures = { failed: undefined }): (text: string) => void {
  let mode: 'sync' | 'stream' | 'closed' = 'sync';
  const name = fd === 1 ? 'stdout' : 'stderr';
  const stream = (): NodeJS.WriteStream => {
    const target = fd === 1 ? process.stdout : process.stderr;
    if (mode !== 'stream') {
      mode = 'stream';
      target.on('error', (error: NodeJS.ErrnoException) => {
        mode = 'closed';
        if (error.code !== 'EPIPE') failures.failed ??= `cannot write ${name}: ${describeFsError(error)}`;
      });
    }
    return target;
  };
  return (text) => {
    if (mode === 'closed' || text === '') return;
    if (mode === 'stream') { stream().write(text); return; }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') mode = 'closed';
      else if (code === 'EAGAIN') stream().write(bytes.subarray(offset));
      else {
        mode = 'closed';
        throw new UsageError(`cannot write ${name}: ${describeFsError(error)}`);
      }
    }
  };
}
