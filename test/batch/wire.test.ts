import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../src/batch/grade-file.js';
import type { BatchResult } from '../../src/batch/model.js';
import { createWire } from '../../src/batch/wire.js';
import { CQC_SAF, HMIC_2007 } from '../helpers/schemes.js';

const result = (overrides: Partial<BatchResult> = {}): BatchResult => ({
  file: 'forces/a/np.json', force: { id: 'a', name: 'Force A' }, framework: 'np', grade: 'good', computedGrade: 'fair',
  judged: true, goodShare: 0.625, rule: 'fair', limiters: [], direction: null, margin: { grade: 'poor', changesNeeded: 1 }, incomplete: false, missing: [], advisories: [], ...overrides,
});

const FILE = 'forces/a/np.json';

describe('outcomes between threads', () => {
  const { pack, unpack } = createWire([{ framework: 'np', scheme: HMIC_2007 }, { framework: 'ca', scheme: HMIC_2007 }]);

  it('packs an ordinary graded file into a short array and unpacks it to the same outcome', () => {
    const outcome: FileOutcome = { ok: true, result: result(), warnings: [] };
    const packed = pack(outcome, FILE);
    expect(packed).toEqual(['a', 'Force A', 0, 2, 1, 4, 1, 0.625, 0, 1, null, 0, 0]);
    expect(unpack(structuredClone(packed), 'forces/a/np.json')).toEqual(outcome);
  });

  it('packs a margin of null (the lowest grade) and one no worsening reaches', () => {
    for (const margin of [null, { grade: 'poor', changesNeeded: null }]) {
      const outcome: FileOutcome = { ok: true, result: result({ margin }), warnings: [] };
      expect(unpack(structuredClone(pack(outcome, FILE)), FILE)).toEqual(outcome);
    }
  });

  it('packs advisories, code then message, after the margin', () => {
    const advisories = [{ code: 'borderline-poor', message: 'refer it' }, { code: 'other', message: 'and this' }];
    const outcome: FileOutcome = { ok: true, result: result({ advisories }), warnings: [] };
    const packed = pack(outcome, FILE);
    expect(packed).toEqual(['a', 'Force A', 0, 2, 1, 4, 1, 0.625, 0, 1, null, 0, 2, 'borderline-poor', 'refer it', 'other', 'and this']);
    expect(unpack(structuredClone(packed), FILE)).toEqual(outcome);
  });

  it('packs the warnings about the file itself (an unregistered force), after the advisories', () => {
    const warnings = [{ code: 'unknown-force' as const, severity: 'warning' as const, message: 'not in the registry', file: FILE, line: 5, column: 11 },
      { code: 'force-name-mismatch' as const, severity: 'warning' as const, message: 'another name', file: FILE, line: 6, column: 13 }];
    const outcome: FileOutcome = { ok: true, result: result({ advisories: [{ code: 'borderline-poor', message: 'refer it' }] }), warnings };
    const packed = pack(outcome, FILE);
    expect(packed).toEqual(['a', 'Force A', 0, 2, 1, 4, 1, 0.625, 0, 1, null, 0, 1, 'borderline-poor', 'refer it',
      'unknown-force', 'warning', 'not in the registry', 5, 11, 'force-name-mismatch', 'warning', 'another name', 6, 13]);
    const back = unpack(structuredClone(packed), FILE);
    expect(back).toEqual(outcome);
    expect(back.warnings.map((w) => Object.keys(w))).toEqual(warnings.map((w) => Object.keys(w)));
  });

  it('packs a direction of travel, and limiters as their places in the scheme, before the advisories', () => {
    const scored = createWire([{ framework: 'np', scheme: HMIC_2007 }, { framework: 'safe', scheme: CQC_SAF }]);
    const limited = result({ framework: 'safe', grade: 'requires-improvement', computedGrade: 'requires-improvement', rule: 'good',
      limiters: ['significant-shortfall'], direction: 'deteriorated', margin: { grade: 'inadequate', changesNeeded: 3 },
      advisories: [{ code: 'c', message: 'm' }] });
    const outcome: FileOutcome = { ok: true, result: limited, warnings: [] };
    const packed = scored.pack(outcome, FILE);
    expect(packed).toEqual(['a', 'Force A', 1, 1, 1, CQC_SAF.rules.findIndex((r) => r.id === 'good'), 1, 0.625, 0, 3, 'deteriorated', 1, 1, 0, 'c', 'm']);
    const back = scored.unpack(structuredClone(packed), FILE);
    expect(back).toEqual(outcome);
    // Key order too (toBatchResult's): the JSON renderer writes a result's keys as they come.
    expect(back.ok && JSON.stringify(back.result)).toBe(JSON.stringify(limited));
  });

  it.each<[string, FileOutcome]>([
    ['a warning about another file', { ok: true, result: result(), warnings: [{ code: 'unknown-force', severity: 'warning', message: 'm', file: 'f', line: 1, column: 1 }] }],
    ['a limiter its scheme does not have', { ok: true, result: result({ limiters: ['cap'] }), warnings: [] }],
    ['missing findings', { ok: true, result: result({ incomplete: true, missing: ['NP-F1'] }), warnings: [] }],
    ['a framework the batch does not list', { ok: true, result: result({ framework: 'xx' }), warnings: [] }],
    ['an error', { ok: false, error: { file: 'f', errorCount: 1, diagnostic: { code: 'syntax-error', severity: 'error', message: 'm', file: 'f', line: 1, column: 2 } }, warnings: [] }],
  ])('sends a file with %s as it is', (_name, outcome) => {
    expect(pack(outcome, FILE)).toBe(outcome);
    expect(unpack(outcome, 'ignored')).toBe(outcome);
  });
});
