import { closeSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeFsError } from '../shared/read-text.js';
import { UsageError } from './errors.js';

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Refuses an --output that is one of the run's inputs, or a JSON file inside an input folder
 * (which would overwrite an evidence file, or be read as one next time); returns the temporary
 * file to write first.
 */
function prepare(target: string, inputs: readonly string[]): string {
  const destination = canonical(target);
  if (inputs.some((input) => canonical(input) === destination)) {
    throw new UsageError(`--output ${target} is one of the input files; refusing to overwrite it`);
  }
  const folder = destination.endsWith('.json')
    ? inputs.find((input) => isDirectory(input) && destination.startsWith(`${canonical(input)}${sep}`)) : undefined;
  if (folder !== undefined) {
    throw new UsageError(`--output ${target} is a JSON file inside the input folder ${folder}: it would overwrite or later be read as evidence; write it elsewhere`);
  }
  // A name of our own beside the target, so the final rename stays on one file system.
  return join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

function failure(target: string, temporary: string, error: unknown): UsageError {
  rmSync(temporary, { force: true });
  return new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
}

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, which is then
 * renamed over it, so a failed or interrupted run leaves any existing file as it was. Refuses to
 * overwrite one of the run's own inputs.
 */
export async function writeFileAtomic(target: string, text: string, inputs: readonly string[] = []): Promise<void> {
  const temporary = prepare(target, inputs);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, resolve(target));
  } catch (error) {
    throw failure(target, temporary, error);
  }
}

/** Output written piece by piece: to stdout, or to a temporary file renamed over --output at the end. */
export interface StreamedOutput {
  write(text: string): void;
  /** Finishes the output (renames the temporary file into place). */
  close(): Promise<void>;
  /** Gives up: removes the temporary file, leaving any existing target as it was. */
  abort(): Promise<void>;
}

/**
 * Opens --output for streamed writing with the same guarantees as `writeFileAtomic`: nothing
 * appears at the target until `close`, and the run's own inputs are never overwritten.
 */
export function openAtomicOutput(target: string, inputs: readonly string[] = []): StreamedOutput {
  const temporary = prepare(target, inputs);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw failure(target, temporary, error);
  }
  return {
    write: (text) => { writeSync(fd, text); },
    abort: async () => {
      closeSync(fd);
      rmSync(temporary, { force: true });
    },
    close: async () => {
      try {
        closeSync(fd);
        renameSync(temporary, resolve(target));
      } catch (error) {
        throw failure(target, temporary, error);
      }
    },
  };
}
