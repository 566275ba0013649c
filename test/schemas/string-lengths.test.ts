import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateEvidenceDocument } from '../../src/generated/evidence-validator.js';

/**
 * The build compiles a schema whose only length limit is "not empty" without ajv's code-point
 * count (.ci/build.mjs `onlyNonEmptyLengths`): the generated validator must decide every string
 * as JSON Schema's count of code points does, astral characters and lone surrogates included.
 */
const schema = JSON.parse(readFileSync('schemas/evidence.schema.json', 'utf8'));
const byCodePoints = new Ajv({ allErrors: true, strict: true }).compile(schema);
const evidence = JSON.parse(readFileSync('evidence/hertfordshire-2007/neighbourhood-policing.json', 'utf8'));

const withForceName = (name: string) => ({ ...evidence, force: { ...evidence.force, name } });
const withEvidenceText = (text: string) => ({ ...evidence, findings: [{ ...evidence.findings[0], evidence: [text] }, ...evidence.findings.slice(1)] });

describe('string lengths in the generated evidence validator', () => {
  it.each(['', 'a', '😀', '\ud83d', '\u0301', ' '])('decides %j as a code-point count does', (text) => {
    for (const doc of [withForceName(text), withEvidenceText(text)]) {
      expect(validateEvidenceDocument(doc)).toBe(byCodePoints(doc));
    }
    expect(validateEvidenceDocument(withForceName(text))).toBe(text !== '');
  });
});
