import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A compiled validator: true when the data is valid, its errors otherwise. */
export type Validator = ((data: unknown) => boolean) & { errors?: unknown };

const require = createRequire(import.meta.url);

/**
 * The SARIF 2.1.0 JSON schema (the final 2.1.0-rtm.5, kept with its provenance and licence in
 * fixtures/sarif/), compiled with draft-04 ajv: the one place the tests name its file.
 */
export function sarifValidator(): Validator {
  const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;
  // CommonJS packages: loaded with require, as their typings do not describe an ESM default export.
  const Ajv04 = require('ajv-draft-04') as new (options: object) => { compile: (schema: object) => Validator };
  const addFormats = require('ajv-formats') as (ajv: object) => void;
  // The schema has a pattern that is not valid with the u flag ("]?" in the language tag).
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
