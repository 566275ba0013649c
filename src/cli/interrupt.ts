import { rmSync } from 'node:fs';
import { constants } from 'node:os';

/** The signals on which a run removes its temporary files before it ends. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

const pending = new Set<string>();
let exit: ((code: number) => void) | undefined;

function onSignal(signal: Signal): void {
  for (const path of pending) {
    try { rmSync(path, { force: true }); } catch { /* nothing more can be done on the way out */ }
  }
  pending.clear();
  disarm();
  if (exit) exit(128 + constants.signals[signal]);
  else process.kill(process.pid, signal); // no exit given (a library caller): end as the signal would have
}

const handlers = new Map(SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const));

function arm(): void {
  for (const [signal, handler] of handlers) process.on(signal, handler);
}

function disarm(): void {
  for (const [signal, handler] of handlers) process.removeListener(signal, handler);
}

/**
 * How the process ends after an interrupting signal (`bin/` passes one that sets the exit code
 * 128 + the signal's number). Until then (or after undefined) a signal is re-raised with its default action.
 */
export function setInterruptExit(handler: ((code: number) => void) | undefined): void {
  exit = handler;
}

/**
 * A temporary file that a signal must not leave behind. The handlers are installed only while
 * some temporary file exists, so a run blocked elsewhere (opening a FIFO) still ends on Ctrl-C.
 */
export function rememberTemporary(path: string): void {
  if (pending.size === 0) arm();
  pending.add(path);
}

/** Whether a temporary file is still remembered: false once a signal has removed it. */
export function isTemporary(path: string): boolean {
  return pending.has(path);
}

/** The temporary file is gone (renamed into place or removed). */
export function forgetTemporary(path: string): void {
  if (!pending.delete(path)) return;
  if (pending.size === 0) disarm();
}
