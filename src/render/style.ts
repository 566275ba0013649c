import { Chalk, type ChalkInstance } from 'chalk';
import type { Colour } from './display.js';

/** Options every renderer takes; everything from outside the result arrives here. */
export interface RenderOptions {
  /** Colour the output (decided by the CLI from --no-color, NO_COLOR, FORCE_COLOR and the TTY). */
  color: boolean;
}

/** A chalk instance that colours only when asked, never by sniffing the terminal itself. */
export function createStyle(options: RenderOptions): ChalkInstance {
  return new Chalk({ level: options.color ? 1 : 0 });
}

/** Colours text with one of the display colours of the per-kind tables. */
export function paint(style: ChalkInstance, colour: Colour, text: string): string {
  return style[colour](text);
}
