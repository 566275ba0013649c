import { randomBytes } from 'node:crypto';
import { closeSync, openSync, realpathSync, writeSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError } from '../shared/read-text.js';
import { UsageError } from './errors.js';

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, which is then
 * renamed over it, so a failed or interrupted run leaves any existing file as it was. Refuses to
 * overwrite one of the run's own inputs.
 */
export async function writeFileAtomic(target: string, text: string, inputs: readonly string[] = []): Promise<void> {
  const destination = canonical(target);
  if (inputs.some((input) => canonical(input) === destination)) {
    throw new UsageError(`--output ${target} is one of the input files; refusing to overwrite it`);
  }
  const temporary = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, resolve(target));
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
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
  const destination = canonical(target);
  if (inputs.some((input) => canonical(input) === destination)) {
    throw new UsageError(`--output ${target} is one of the input files; refusing to overwrite it`);
  }
  const temporary = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
  }
  const abort = async () => { closeSync(fd); await rm(temporary, { force: true }).catch(() => undefined); };
  return {
    write: (text) => { writeSync(fd, text); },
    abort,
    close: async () => {
      try {
        closeSync(fd);
        await rename(temporary, resolve(target));
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
      }
    },
  };
}
