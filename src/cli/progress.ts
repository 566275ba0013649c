import type { Io } from './io.js';

/** A progress bar is drawn only for runs of more than this many files: short runs finish before it helps. */
export const PROGRESS_MIN_FILES = 300;

/** Progress of a long run on stderr. */
export interface Progress {
  update(done: number, total: number): void;
  /** Erases the bar, leaving the terminal as it was. */
  finish(): void;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };

/**
 * A one-line progress bar on stderr, redrawn when the whole percentage changes; silent unless
 * stderr is a terminal and the run has more than PROGRESS_MIN_FILES files, so nothing reaches
 * logs or pipes.
 */
export function createProgress(io: Io, total: number, label = 'grading'): Progress {
  if (!io.stderrIsTTY || total <= PROGRESS_MIN_FILES) return SILENT;
  const width = Math.max(10, Math.min(40, (io.columns ?? 80) - label.length - 2 * String(total).length - 12));
  let shown = -1;
  let drawn = false;
  return {
    update(done) {
      const percent = Math.floor((done / total) * 100);
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((done / total) * width);
      io.stderr(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    finish() {
      if (drawn) io.stderr('\r\u001b[K');
    },
  };
}
