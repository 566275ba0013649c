import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Loaded } from '../../shared/diagnostics.js';
import { decodeText, readFileBytesSync } from '../../io/read-text.js';
import { prebuiltParse } from '../../io/prebuilt.js';
import { shippedPath } from '../../io/package-root.js';
import type { Scheme } from './model.js';

/** The default scheme of a criteria file that names none (SPEC §2). */
export const DEFAULT_SCHEME = 'hmic-2007';

/** Finds a scheme by id for one criteria file: its load, or undefined when no folder has it. */
export interface SchemeLookup {
  (id: string): Loaded<Scheme> | undefined;
  /** Every scheme id the lookup can find (for "did you mean"). */
  known(): string[];
}

/** The folder of the shipped schemes (`criteria/schemes`). */
export function shippedSchemesDir(): string {
  return shippedPath('criteria', 'schemes');
}

const parses = new Map<string, { text: string; loaded: Loaded<Scheme> }>();

function cachedPrebuilt(id: string, text: string, byteLength: number, file: string): Loaded<Scheme> | undefined {
  const cached = prebuiltParse(`scheme-${id}`);
  if (!cached || cached.byteLength !== byteLength || cached.source !== text) return undefined;
  const model = JSON.parse(cached.parsed) as Omit<Scheme, 'file'>;
  return { ok: true, value: { ...model, file }, diagnostics: [] };
}

/** Parses the text of a scheme file (`parseScheme` in ./parse.js, passed in so that start-up need not load it). */
export type SchemeParser = (text: string, file: string) => Loaded<Scheme>;

/**
 * Reads and parses a scheme file, once per text (a batch asks for it for every criteria file).
 * Without `parse`, only a build-time parse of the exact same text is taken: undefined otherwise.
 */
export function loadSchemeFile(file: string, id: string, maxBytes?: number): Loaded<Scheme> | undefined;
export function loadSchemeFile(file: string, id: string, maxBytes: number | undefined, parse: SchemeParser): Loaded<Scheme>;
export function loadSchemeFile(file: string, id: string, maxBytes?: number, parse?: SchemeParser): Loaded<Scheme> | undefined {
  const bytes = readFileBytesSync(file, maxBytes);
  if (!bytes.ok) return { ok: false, diagnostics: bytes.diagnostics };
  const text = decodeText(bytes.value, file);
  if (!text.ok) return { ok: false, diagnostics: text.diagnostics };
  const key = resolve(file);
  const seen = parses.get(key);
  if (seen && seen.text === text.value) return seen.loaded;
  const loaded = cachedPrebuilt(id, text.value, bytes.value.length, file) ?? parse?.(text.value, file);
  if (loaded) parses.set(key, { text: text.value, loaded });
  return loaded;
}

function idsIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length));
  } catch {
    return [];
  }
}

/**
 * The schemes a criteria file can use: those in a `schemes/` folder beside it (which add to or
 * replace the shipped ones), then the shipped ones.
 */
export function schemeLookupFor(criteriaFile: string, maxBytes?: number, parse?: SchemeParser): SchemeLookup {
  const folders = [join(dirname(criteriaFile), 'schemes'), shippedSchemesDir()];
  const lookup = (id: string): Loaded<Scheme> | undefined => {
    for (const folder of folders) {
      const file = join(folder, `${id}.yaml`);
      if (!existsSync(file)) continue;
      // Without a parser, a scheme that needs one is as good as not found: the caller parses in full.
      return parse ? loadSchemeFile(file, id, maxBytes, parse) : loadSchemeFile(file, id, maxBytes);
    }
    return undefined;
  };
  return Object.assign(lookup, { known: () => [...new Set(folders.flatMap(idsIn))].sort() });
}
