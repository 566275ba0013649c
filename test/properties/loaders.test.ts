import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse.js';
import { parseEvidence } from '../../src/evidence/load.js';
import { gradeLoaded } from '../../src/engine/sequence.js';
import type { Criteria } from '../../src/criteria/model.js';
import type { Diagnostic, Loaded } from '../../src/shared/diagnostics.js';
import { decodeText } from '../../src/io/read-text.js';

/**
 * Fuzzing the loaders: fed anything, they return a model or positioned input errors, and never
 * throw. Seeded and bounded here (a few seconds); `npm run fuzz` runs the same properties longer
 * (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? 20071031 : Number(process.env.FUZZ_SEED);
const settings = { numRuns: RUNS, seed: SEED };

const EVIDENCE = readFileSync('evidence/hertfordshire-2007/missing-persons.json', 'utf8');
const CRITERIA_TEXT = readFileSync('criteria/missing-persons.yaml', 'utf8');
const criteria = ((): Criteria => {
  const loaded = parseCriteria(CRITERIA_TEXT, 'missing-persons.yaml');
  if (!loaded.ok) throw new Error('shipped criteria must load');
  return loaded.value;
})();

function expectWellFormed(loaded: Loaded<unknown>, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  const check = (d: Diagnostic) => {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/\n/);
  };
  loaded.diagnostics.forEach(check);
  if (!loaded.ok) expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
}

/** Random edits of a valid text: deletions, insertions of JSON/YAML punctuation, replacements. */
function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', '&a', '*a', '- ', '#', '\u0000', '\uFEFF', '"__proto__": 1,'), fc.string({ maxLength: 6 })),
  });
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((t, e) => t.slice(0, Math.min(e.at, t.length)) + e.insert + t.slice(Math.min(e.at, t.length) + e.remove), text));
}

describe('loaders fed arbitrary input return a model or an input error', () => {
  it('evidence: arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
      const decoded = decodeText(bytes, 'fuzz.json');
      if (!decoded.ok) return expectWellFormed(decoded, Buffer.from(bytes).toString('utf8'));
      expectWellFormed(parseEvidence(decoded.value, 'fuzz.json'), decoded.value);
    }), settings);
  });

  it('evidence: arbitrary JSON values', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (text) => {
      const loaded = parseEvidence(text, 'fuzz.json');
      expectWellFormed(loaded, text);
      if (loaded.ok) {
        const graded = gradeLoaded(criteria, loaded.value);
        expectWellFormed(graded.ok ? { ok: true, value: 0, diagnostics: graded.diagnostics } : graded, text);
      }
    }), settings);
  });

  it('evidence: mutations of a real file, graded when they load', () => {
    fc.assert(fc.property(mutated(EVIDENCE), (text) => {
      const loaded = parseEvidence(text, 'fuzz.json');
      expectWellFormed(loaded, text);
      if (loaded.ok) {
        const graded = gradeLoaded(criteria, loaded.value, { allowIncomplete: true });
        expectWellFormed(graded.ok ? { ok: true, value: 0, diagnostics: graded.diagnostics } : graded, text);
      }
    }), settings);
  });

  it('criteria: arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      expectWellFormed(parseCriteria(text, 'fuzz.yaml'), text);
    }), settings);
  });

  it('criteria: mutations of a real file', () => {
    fc.assert(fc.property(mutated(CRITERIA_TEXT), (text) => {
      expectWellFormed(parseCriteria(text, 'missing-persons.yaml'), text);
    }), { ...settings, numRuns: Math.ceil(RUNS / 3) });
  });
});
