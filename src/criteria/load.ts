import type { Diagnostic, Loaded } from '../shared/diagnostics.js';
import { sha256Hex } from '../shared/hash.js';
import { decodeText, readFileBytesSync } from '../shared/read-text.js';
import { CRITERIA_CACHE } from '../generated/criteria-cache.js';
import { fileStem } from './stem.js';
import type { Criteria } from './model.js';

/** A criteria file parsed at build time: its model and warnings, without the file name. */
export interface CachedCriteria {
  stem: string;
  model: Omit<Criteria, 'file'>;
  diagnostics: Array<Omit<Diagnostic, 'file'>>;
}

/**
 * Parses criteria text, using the build-time parse of the shipped criteria when the text is
 * byte-for-byte one of them (keyed by sha256 and file stem). Any other text is parsed in full; the
 * YAML parser is loaded only then, which keeps `grade`'s start-up fast.
 */
export async function parseCriteriaText(text: string, file: string, sha256 = sha256Hex(text)): Promise<Loaded<Criteria>> {
  const cached = (CRITERIA_CACHE as Record<string, CachedCriteria | undefined>)[`${fileStem(file)}:${sha256}`];
  if (cached) {
    return { ok: true, value: { ...structuredClone(cached.model), file }, diagnostics: cached.diagnostics.map((d) => ({ ...d, file })) };
  }
  const { parseCriteria } = await import('./parse.js');
  return parseCriteria(text, file, sha256);
}

/** Reads and parses a criteria file (SPEC §2). */
export async function loadCriteriaFile(file: string, maxBytes?: number): Promise<Loaded<Criteria>> {
  const bytes = readFileBytesSync(file, maxBytes);
  if (!bytes.ok) return { ok: false, diagnostics: bytes.diagnostics };
  const text = decodeText(bytes.value, file);
  if (!text.ok) return { ok: false, diagnostics: text.diagnostics };
  // The hash is of the bytes, byte-order mark and all, so `sha256sum` on the file gives the same.
  return parseCriteriaText(text.value, file, sha256Hex(bytes.value));
}
