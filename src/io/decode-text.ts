import type { Diagnostic, Loaded } from '../shared/diagnostics.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A diagnostic about a whole file (by default at its start). */
export function fileDiagnostic(file: string, code: Diagnostic['code'], message: string, line = 1, column = 1): Diagnostic {
  return { code, severity: 'error', message, file, line, column };
}

/**
 * The range the second byte of a sequence led by `b` must lie in (Unicode's table of
 * well-formed UTF-8): narrower than 80–BF after E0, ED, F0 and F4, so that overlong forms,
 * encoded surrogates and code points past U+10FFFF are caught where they start, as the decoder
 * refuses them.
 */
function secondByteRange(b: number): [number, number] {
  if (b === 0xe0) return [0xa0, 0xbf];
  if (b === 0xed) return [0x80, 0x9f];
  if (b === 0xf0) return [0x90, 0xbf];
  if (b === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Offset of the first byte that breaks UTF-8, used only to explain a decoding failure. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    const [low, high] = secondByteRange(b);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Why a file is not UTF-8 when it is plainly another Unicode encoding: a UTF-16 or UTF-32
 * byte-order mark, or text with NUL between its letters (UTF-16 without a mark). Editors on
 * Windows ("Unicode" in Notepad, PowerShell's `>`) write UTF-16.
 */
function otherUnicode(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian, with a byte-order mark)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian, with a byte-order mark)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian, with a byte-order mark FF FE)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian, with a byte-order mark FE FF)';
  return undefined;
}

/** The message for a file in another Unicode encoding. */
export const saveAsUtf8 = (encoding: string): string => `the file is ${encoding}, not UTF-8; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)`;

/**
 * What is wrong with a decoded text that NUL characters fill (a quarter of it or more), or
 * undefined. NUL is valid UTF-8, so such a file decodes, and would otherwise fail later as a
 * puzzling syntax error. UTF-16 stores plain letters with a NUL before (big-endian) or after
 * (little-endian) each: NULs at one parity of the positions and letters at the other. NULs at
 * both are no text at all (a file of zeros, as a crash or a preallocated file leaves).
 */
export function nulProblem(text: string): string | undefined {
  if (text.indexOf('\0') === -1) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0) {
      if (i % 2 === 0) even++; else odd++;
    }
  }
  if ((even + odd) * 4 < text.length) return undefined;
  const evenPositions = Math.ceil(text.length / 2);
  const oddPositions = text.length - evenPositions;
  // Mostly NUL at one parity, hardly any at the other (UTF-16 of text outside Latin-1 has no NUL half).
  const oneSided = (nuls: number, positions: number, otherNuls: number, otherPositions: number) =>
    nuls * 2 >= positions && otherNuls < otherPositions && otherNuls * 10 <= otherPositions;
  if (oneSided(even, evenPositions, odd, oddPositions)) return saveAsUtf8('UTF-16 (big-endian: a NUL byte before each letter)');
  if (oneSided(odd, oddPositions, even, evenPositions)) return saveAsUtf8('UTF-16 (little-endian: a NUL byte after each letter)');
  return `the file is mostly NUL bytes (${even + odd} of ${text.length} characters), not text: binary data, or a file left unfinished`;
}

/**
 * Decodes file bytes as UTF-8 text, dropping a leading byte-order mark. Invalid UTF-8 is an
 * error positioned at the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: string): Loaded<string> {
  const other = otherUnicode(bytes);
  if (other !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', saveAsUtf8(other))] };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const nul = nulProblem(text);
    if (nul !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', nul)] };
    return { ok: true, value: text, diagnostics: [] };
  } catch {
    const nul = nulProblem(Buffer.from(bytes).toString('latin1'));
    if (nul !== undefined) return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', nul)] };
    const bad = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8').replace(/^\uFEFF/, '');
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    return { ok: false, diagnostics: [fileDiagnostic(file, 'invalid-encoding', `the file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)`, line, column)] };
  }
}
