import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Whether a file descriptor is a terminal, without loading Node's tty module (and, with it,
 * the net and stream modules: a few milliseconds of every start-up) unless it might be one:
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

/**
 * A writer for stdout or stderr that writes synchronously to the file descriptor (so the
 * process's stream objects, and the stream modules behind them, are never created for it).
 * A reader that goes away (`grade batch … | head`) is not an error: later output is dropped.
 * A descriptor that cannot take the whole text now (a non-blocking pipe) hands the rest, and
 * everything after it, to the process's own stream, which waits for the reader.
 */
export function fdWriter(fd: 1 | 2): (text: string) => void {
  let mode: 'sync' | 'stream' | 'closed' = 'sync';
  const stream = (): NodeJS.WriteStream => {
    const target = fd === 1 ? process.stdout : process.stderr;
    if (mode !== 'stream') {
      mode = 'stream';
      target.on('error', (error: NodeJS.ErrnoException) => { if (error.code !== 'EPIPE') throw error; });
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
      else throw error;
    }
  };
}
