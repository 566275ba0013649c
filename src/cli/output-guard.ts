import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { UsageError } from './errors.js';

/** The names that some reader of a run takes from a folder: evidence, criteria, schemes, criteria tests. */
const READ_NAMES = /\.(json|ya?ml)$/i;
// Where the file system ignores letter case, `EV/out.JSON` is `ev/out.json`.
const FOLD_CASE = process.platform === 'darwin' || process.platform === 'win32';

const statOrUndefined = (path: string): Stats | undefined => {
  try { return statSync(path); } catch { return undefined; }
};

/** A path's real form; for one that does not exist yet, its real folder and its own name. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try { return join(realpathSync(dirname(path)), basename(path)); } catch { return path; }
  }
}

function isInside(path: string, folder: string): boolean {
  const [p, f] = FOLD_CASE ? [path.toLowerCase(), folder.toLowerCase()] : [path, folder];
  return p.startsWith(f.endsWith(sep) ? f : `${f}${sep}`);
}

/**
 * The one check that keeps a run from overwriting what it reads: `destination` (where --output
 * really goes, links followed) may not be the same file as any input file (compared by device
 * and inode, so hard links, symbolic links and letter case are all seen through), nor a file
 * that the run's readers would take (`*.json`, `*.yaml`, `*.yml`, any letter case) inside an
 * input folder (compared by real path). `inputs` are every file and folder the run reads.
 */
export function assertNotAnInput(target: string, destination: string, inputs: readonly string[]): void {
  const existing = statOrUndefined(destination);
  const real = realPath(destination);
  for (const input of inputs) {
    const info = statOrUndefined(input);
    if (info === undefined) continue;
    if (info.isDirectory()) {
      if (READ_NAMES.test(real) && isInside(real, realPath(input))) {
        throw new UsageError(`--output ${target} is inside the input folder ${input}: it would overwrite or later be read as one of its files; write it elsewhere`);
      }
    } else if (existing !== undefined && info.dev === existing.dev && info.ino === existing.ino) {
      throw new UsageError(`--output ${target} is one of the input files (${input}); refusing to overwrite it`);
    }
  }
}
