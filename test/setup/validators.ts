import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Compiles the JSON Schema validators (src/generated/, which is not committed) from schemas/
 * before any test runs: the sources can then be tested on a fresh clone with no build at all,
 * and a change to a schema is always what the tests see. Unchanged files are not rewritten.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['.ci/build.mjs', '--validators-only'], { cwd: root, stdio: 'inherit' });
}
