import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file the build parsed ahead of time: the exact source text it was made from (without a
 * byte-order mark), its byte length, and the parse as JSON.
 */
export interface PrebuiltParse {
  source: string;
  byteLength: number;
  parsed: string;
}

/** Gives the build-time parse stored under a name (`criteria-<stem>`, `forces-england-wales`), if any. */
export type PrebuiltParses = (name: string) => PrebuiltParse | undefined;

let provider: PrebuiltParses | undefined;

/**
 * Hands the loaders build-time parses. Only an entry point does this (bin/grade.js, through
 * `main`): a loader never looks for build output itself, so code run from the sources (the
 * tests) always parses the real files. Undefined takes them away again.
 */
export function usePrebuiltParses(parses: PrebuiltParses | undefined): void {
  provider = parses;
}

/**
 * The build-time parse stored under `name`, when an entry point has handed some in. A loader
 * takes it only for a file whose text and byte length are exactly its source.
 */
export function prebuiltParse(name: string): PrebuiltParse | undefined {
  return provider?.(name);
}

/** Build-time parses read from a folder of `<name>.json` files (dist/parsed, written by .ci/build.mjs). */
export function prebuiltParsesIn(folder: string): PrebuiltParses {
  return (name) => {
    try {
      return JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as PrebuiltParse;
    } catch {
      return undefined;
    }
  };
}
