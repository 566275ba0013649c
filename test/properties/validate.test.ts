import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseCriteria } from '../../src/criteria/parse.js';
import { CriteriaStore } from '../../src/criteria/store.js';
import type { Diagnostic } from '../../src/shared/diagnostics.js';
import { validateEvidenceText } from '../../src/batch/validate/evidence-file.js';

/**
 * `validate` reads what it can of a misshapen file to report its other problems too (salvage).
 * Fed documents whose values have been replaced by anything JSON can hold, it must never throw,
 * and every diagnostic must be positioned inside the file.
 */
const settings = { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: process.env.FUZZ_SEED === undefined ? 20071031 : Number(process.env.FUZZ_SEED) };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in a JSON document. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

/** The document with the value at `path` replaced (or, for `undefined`, deleted). */
function replaced(doc: Json, path: Array<string | number>, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Documents with one to three values replaced by arbitrary JSON, or deleted. */
function mutations(doc: Json): fc.Arbitrary<Json> {
  const edit = fc.tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { nil: undefined }));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce((current, [pick, value]) => {
    const all = paths(current);
    return replaced(current, all[pick % all.length] ?? [], value);
  }, doc));
}

function expectPositioned(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/\n/);
  }
}

describe('validate never throws on misshapen documents', () => {
  const store = new CriteriaStore('criteria', ['missing-persons', 'public-protection']);
  const evidence = JSON.parse(readFileSync('evidence/hertfordshire-2007/missing-persons.json', 'utf8')) as Json;

  it('evidence: values replaced by anything', async () => {
    await fc.assert(fc.asyncProperty(mutations(evidence), async (doc) => {
      const text = JSON.stringify(doc, null, 2);
      const report = await validateEvidenceText(text, 'fuzz.json', store, { allowIncomplete: false });
      expectPositioned(report.diagnostics, text);
    }), settings);
  });

  it('criteria: values replaced by anything', () => {
    const criteria = parse(readFileSync('criteria/missing-persons.yaml', 'utf8')) as Json;
    fc.assert(fc.property(mutations(criteria), (doc) => {
      const text = stringify(doc);
      const loaded = parseCriteria(text, 'missing-persons.yaml');
      expectPositioned(loaded.diagnostics, text);
      if (!loaded.ok) expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }), settings);
  });
});
