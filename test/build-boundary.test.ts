import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/**
 * The tests test the sources (issue #13): nothing under src/ looks for build output, and only
 * test/dist/ starts the built binary or loads the bundles.
 */
function files(dir: string, ending: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(dir, name));
}

/** The code of a file without its comments (a rough cut that is enough for these files). */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('the build boundary', () => {
  it('no module under src/ names the build output folder, except the one that starts the built worker', () => {
    const naming = files('src', '.ts')
      .filter((file) => !file.startsWith(join('src', 'generated')))
      .filter((file) => /(['"`])[^'"`\n]*\bdist\b[^'"`\n]*\1/.test(code(file)));
    expect(naming).toEqual([join('src', 'batch', 'worker-threads.ts')]);
  });

  it('only test/dist/ starts the binary or loads a bundle', () => {
    const spawning = files('test', '.test.ts')
      .filter((file) => !file.startsWith(join('test', 'dist')) && file !== join('test', 'build-boundary.test.ts'))
      .filter((file) => /\brunCli\b|\bBIN\b|bin\/grade\.js|batch-worker|load-cli|\bdist\/(cli|index|batch-worker|parsed)/.test(code(file)))
    expect(spawning).toEqual([]);
  });
});
