import { Chalk, type ChalkInstance } from 'chalk';
import type { Colour } from './display.js';

/** Options every renderer takes; everything from outside the result arrives here. */
export interface RenderOptions {
  /** Colour the output (decided by the CLI from --no-color, NO_COLOR, FORCE_COLOR and the TTY). */
  color: boolean;
  /**
   * The columns text output wraps to (tables and prose), at least `TEXT_WIDTH.min`; decided by
   * the CLI from --width and stdout's terminal. Without it, `grade` and `show` wrap to
   * `TEXT_WIDTH.default` (`textWidth`); the tables and diagnostics of the other commands keep
   * their own widths, one diagnostic a line (`fitWidth`).
   */
  width?: number;
}

/**
 * Widths of text output, in terminal columns: the narrowest it is drawn at (a narrower terminal
 * gets this), the widest `--width` takes, and the width when stdout is not a terminal (pipes,
 * files, goldens: the same bytes whatever the terminal).
 */
export const TEXT_WIDTH = { min: 60, max: 1000, default: 100 } as const;

/** The width a renderer wraps to: the option, kept within `TEXT_WIDTH`, or the default. */
export function textWidth(options: RenderOptions): number {
  const width = options.width;
  if (width === undefined || !Number.isFinite(width)) return TEXT_WIDTH.default;
  return Math.min(TEXT_WIDTH.max, Math.max(TEXT_WIDTH.min, Math.floor(width)));
}

/** The width a table or diagnostic is fitted to: the option, kept within `TEXT_WIDTH`; undefined (lines kept whole) without one. */
export function fitWidth(options: RenderOptions): number | undefined {
  return options.width === undefined || !Number.isFinite(options.width) ? undefined : textWidth(options);
}

/** A chalk instance that colours only when asked, never by sniffing the terminal itself. */
export function createStyle(options: RenderOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}

/** Colours text with one of the display colours of the per-kind tables. */
export function paint(style: ChalkInstance, colour: Colour, text: string): string {
  return style[colour](text);
}
