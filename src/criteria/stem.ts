import { basename, extname } from 'node:path';

/** The framework id a criteria file must declare: its file name without the extension. */
export function fileStem(file: string): string {
  return basename(file, extname(file));
}
