import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
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
