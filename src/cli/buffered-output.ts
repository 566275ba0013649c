import type { Output } from './output.js';

/** Output is written in pieces of about this size: few system calls, and no whole document held. */
export const FLUSH_BYTES = 64 * 1024;

/**
 * Gathers small writes (CSV rows, the pieces of a streamed document) into writes of about
 * `FLUSH_BYTES` to `target` (from `openOutput` or stdout), keeping its guarantees: nothing is at
 * an --output target until `close`, and `abort` leaves an existing file as it was.
 */
export function bufferedOutput(target: Output, flushBytes = FLUSH_BYTES): Output {
  let buffer = '';
  const flush = (): void => {
    if (buffer === '') return;
    const text = buffer;
    buffer = '';
    target.write(text);
  };
  return {
    write(text) {
      buffer += text;
      if (buffer.length >= flushBytes) flush();
    },
    async close() {
      try {
        flush();
      } catch (error) {
        target.abort();
        throw error;
      }
      await target.close();
    },
    abort() {
      buffer = '';
      target.abort();
    },
  };
}

/** Writes every piece to `target` through `bufferedOutput` and closes it; aborts it if making a piece fails. */
export async function writePieces(target: Output, pieces: Iterable<string>): Promise<void> {
  const output = bufferedOutput(target);
  try {
    for (const piece of pieces) output.write(piece);
  } catch (error) {
    output.abort();
    throw error;
  }
  await output.close();
}
