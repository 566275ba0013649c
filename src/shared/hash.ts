import { createHash } from 'node:crypto';

/** Hex sha256 of a text (as UTF-8) or of bytes. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
