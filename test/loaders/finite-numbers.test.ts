import { describe, expect, it } from 'vitest';
import { parsePreviousBatch } from '../../src/batch/compare.js';
import { parseCriteria } from '../../src/criteria/parse.js';

const CRITERIA = `framework: sample
title: Sample
group: Samples
version: "1"
themes:
  - { id: resources, title: Resources }
criteria:
  - { id: S-F1, level: fair, theme: resources, significant: true, dominant: true, text: D., guidance: G. }
  - { id: S-G1, level: good, theme: resources, text: G. }
`;

/** A number where another is needed names the number, never "must be a number, not a number". */
describe('numbers that are not finite, or not whole', () => {
  it.each([
    ['.inf', 'thresholds: { most: .inf }', 'thresholds.most must be a finite number, not Infinity'],
    ['-.inf', 'thresholds: { most: -.Inf }', 'thresholds.most must be a finite number, not -Infinity'],
    ['.nan', 'thresholds: { most: .nan }', 'thresholds.most must be a finite number, not NaN'],
    ['1e400', 'thresholds: { most: 1e400 }', 'thresholds.most must be a finite number, not Infinity'],
    ['a fraction for a whole number', 'thresholds: { maxJudgementShift: 1.5 }', 'thresholds.maxJudgementShift must be a whole number, not 1.5'],
    ['.inf for a whole number', 'order: .inf', 'order must be a whole number, not Infinity'],
    ['a string for a number, quoted', 'thresholds: { most: "half" }', 'thresholds.most must be a number, not the text "half"'],
  ])('%s', (_name, line, message) => {
    const loaded = parseCriteria(`${CRITERIA}${line}\n`, 'sample.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.find((d) => d.code === 'invalid-type'), JSON.stringify(loaded.diagnostics)).toMatchObject({ message, line: 10 });
  });

  it('in JSON too: 1e400 reads as Infinity', () => {
    const loaded = parsePreviousBatch('{"schemaVersion": 1e400, "summary": {}, "results": [], "errors": [], "missing": {}}', 'previous.json');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'invalid-type', line: 1, column: 19, message: 'schemaVersion must be a whole number, not Infinity' });
  });
});
