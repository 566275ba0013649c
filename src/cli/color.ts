import type { Io } from './io.js';

/**
 * Whether to colour output on a stream: never with --no-color or NO_COLOR (any non-empty value),
 * always with FORCE_COLOR set to anything but 0, otherwise only on a terminal.
 */
export function useColor(io: Io, flag: boolean, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (!flag) return false;
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}
