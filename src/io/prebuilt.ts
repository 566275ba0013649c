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

/**
 * A build-time parse as its file holds it (`<name>.parse` in dist/parsed, written by
 * .ci/build.mjs): a first line of JSON with the byte length and the source's length, then the
 * source and the parse's JSON, as they are. Not one JSON document: both are long texts full of
 * quotes and line breaks, and unescaping them was most of the cost of reading them.
 */
export function prebuiltFileText(parse: PrebuiltParse): string {
  return `${JSON.stringify({ byteLength: parse.byteLength, sourceLength: parse.source.length })}\n${parse.source}${parse.parsed}`;
}

/** The parse a `prebuiltFileText` holds, or undefined when the text is not one. */
export function readPrebuiltFileText(text: string): PrebuiltParse | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  let header: { byteLength?: unknown; sourceLength?: unknown } | null;
  try {
    header = JSON.parse(text.slice(0, newline)) as typeof header;
  } catch {
    return undefined;
  }
  const { byteLength, sourceLength } = header ?? {};
  const start = newline + 1;
  if (typeof byteLength !== 'number' || typeof sourceLength !== 'number' || start + sourceLength > text.length) return undefined;
  return { byteLength, source: text.slice(start, start + sourceLength), parsed: text.slice(start + sourceLength) };
}

/** Build-time parses read from a folder of `<name>.parse` files (dist/parsed, written by .ci/build.mjs). */
export function prebuiltParsesIn(folder: string): PrebuiltParses {
  return (name) => {
    try {
      return readPrebuiltFileText(readFileSync(join(folder, `${name}.parse`), 'utf8'));
    } catch {
      return undefined;
    }
  };
}
