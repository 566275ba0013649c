import type { Diagnostic, Loaded } from '../shared/diagnostics.js';
import { sha256Hex } from '../shared/hash.js';
import { decodeText, readFileBytesSync } from '../io/read-text.js';
import { prebuiltParse } from '../io/prebuilt.js';
import { fileStem } from './stem.js';
import type { Criteria } from './model.js';
import { schemeLookupFor } from './scheme/load.js';

/**
 * The build-time parse handed in for `criteria-<stem>` (see io/prebuilt.ts), when the file's text
 * and size are exactly the ones it was made from.
 */
function cachedParse(text: string, byteLength: number, file: string, maxBytes?: number): Loaded<Criteria> | undefined {
  const cached = prebuiltParse(`criteria-${fileStem(file)}`);
  if (!cached || cached.byteLength !== byteLength || cached.source !== text) return undefined;
  const { model, diagnostics } = JSON.parse(cached.parsed) as { model: Omit<Criteria, 'file'>; diagnostics: Array<Omit<Diagnostic, 'file'>> };
  // The stored parse holds the scheme it was made with: taken only if this file's scheme is that one.
  const scheme = schemeLookupFor(file, maxBytes)(model.scheme.id);
  if (!scheme?.ok || JSON.stringify({ ...scheme.value, file: '' }) !== JSON.stringify({ ...model.scheme, file: '' })) return undefined;
  return { ok: true, value: { ...model, scheme: scheme.value, file }, diagnostics: diagnostics.map((d) => ({ ...d, file })) };
}

/**
 * Parses criteria text; `sha256` is the hash of the file's bytes when known. The YAML parser is
 * loaded only here, on first use.
 */
export async function parseCriteriaText(text: string, file: string, sha256 = sha256Hex(text), maxBytes?: number): Promise<Loaded<Criteria>> {
  const [{ parseCriteria }, { parseScheme }] = await Promise.all([import('./parse.js'), import('./scheme/parse.js')]);
  return parseCriteria(text, file, sha256, schemeLookupFor(file, maxBytes, parseScheme));
}

/**
 * Reads and parses a criteria file (SPEC §2). When the CLI's entry point has handed in build-time
 * parses, a file byte-for-byte equal to one of the shipped criteria takes its parse, so `grade`'s
 * start-up neither parses YAML nor hashes.
 */
export async function loadCriteriaFile(file: string, maxBytes?: number): Promise<Loaded<Criteria>> {
  const bytes = readFileBytesSync(file, maxBytes);
  if (!bytes.ok) return { ok: false, diagnostics: bytes.diagnostics };
  const text = decodeText(bytes.value, file);
  if (!text.ok) return { ok: false, diagnostics: text.diagnostics };
  // Equal decoded text and equal byte length mean equal bytes (decoding is strict; only a BOM is dropped).
  const cached = cachedParse(text.value, bytes.value.length, file, maxBytes);
  if (cached) return cached;
  // The hash is of the bytes, byte-order mark and all, so `sha256sum` on the file gives the same.
  return parseCriteriaText(text.value, file, sha256Hex(bytes.value), maxBytes);
}
