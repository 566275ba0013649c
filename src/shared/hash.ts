import { createRequire } from 'node:module';

// node:crypto is required on first use, not imported: loading it is a noticeable part of a cold
// start, and `grade` needs a hash only for criteria that are not the shipped ones. The require
// function itself is made then too (making it parses the module's URL).
let requireBuiltin: NodeRequire | undefined;

/** Hex sha256 of a text (as UTF-8) or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  requireBuiltin ??= createRequire(import.meta.url);
  const { createHash } = requireBuiltin('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(data).digest('hex');
}
