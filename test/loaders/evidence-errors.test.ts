import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse.js';
import { parseEvidence } from '../../src/evidence/load.js';
import { gradeLoaded } from '../../src/engine/sequence.js';
import type { Diagnostic } from '../../src/shared/diagnostics.js';

const CRITERIA = `framework: sample
title: Sample
group: Samples
version: "1"
criteria:
  - { id: S-F1, level: fair, significant: true, dominant: true, text: Dominant. }
  - { id: S-F2, level: fair, text: Plain. }
  - { id: S-G1, level: good, text: Good one. }
  - { id: S-G2, level: good, text: Good two. }
`;

/** A valid evidence file, one key per line so cases can break a known line. */
const VALID = `{
  "framework": "sample",
  "criteriaVersion": "1",
  "force": { "id": "synthetic-force-01", "name": "Synthetic Force 01" },
  "findings": [
    { "criterion": "S-F1", "status": "met", "evidence": ["a"] },
    { "criterion": "S-F2", "status": "met" },
    { "criterion": "S-G1", "status": "met" },
    { "criterion": "S-G2", "status": "not-met" }
  ],
  "excellence": [ { "factor": "beacon", "status": "not-met" } ]
}
`;

const criteria = (() => {
  const loaded = parseCriteria(CRITERIA, 'criteria/sample.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
})();

function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

function diagnose(text: string, options: { framework?: string; allowIncomplete?: boolean } = {}): Diagnostic[] {
  const loaded = parseEvidence(text, 'evidence.json');
  if (!loaded.ok) return loaded.diagnostics;
  const graded = gradeLoaded(criteria, loaded.value, options);
  return graded.ok ? [] : graded.diagnostics;
}

const CASES: Array<{ name: string; text: string; framework?: string; code: string; line: number; column: number; message?: RegExp }> = [
  { name: 'unknown top-level key', text: replaceLine(VALID, 3, '  "criteriaVersion": "1", "judgment": {},'), code: 'unknown-key', line: 3, column: 27, message: /did you mean "judgement"/ },
  { name: 'unknown key in a finding', text: replaceLine(VALID, 7, '    { "criterion": "S-F2", "stauts": "met", "status": "met" },'), code: 'unknown-key', line: 7, column: 28, message: /did you mean "status"/ },
  { name: 'unknown key in force', text: replaceLine(VALID, 4, '  "force": { "id": "synthetic-force-01", "name": "x", "nmae": "y" },'), code: 'unknown-key', line: 4, column: 55 },
  { name: '__proto__ is an unknown key, not a prototype', text: replaceLine(VALID, 3, '  "criteriaVersion": "1", "__proto__": { "polluted": true },'), code: 'unknown-key', line: 3, column: 27 },
  { name: 'finding for an unknown criterion', text: replaceLine(VALID, 7, '    { "criterion": "S-F3", "status": "met" },'), code: 'unknown-criterion', line: 7, column: 20, message: /did you mean "S-F2", which has no finding\?/ },
  { name: 'two findings for one criterion', text: replaceLine(VALID, 8, '    { "criterion": "S-F2", "status": "met" }, { "criterion": "S-G1", "status": "met" },'), code: 'duplicate-finding', line: 8, column: 20 },
  { name: 'duplicate key in an object', text: replaceLine(VALID, 7, '    { "criterion": "S-F2", "status": "met", "status": "not-met" },'), code: 'duplicate-key', line: 7, column: 45 },
  { name: 'duplicate top-level key', text: replaceLine(VALID, 3, '  "criteriaVersion": "1", "framework": "sample",'), code: 'duplicate-key', line: 3, column: 27 },
  { name: 'framework not the one asked for', text: VALID, framework: 'other', code: 'framework-mismatch', line: 2, column: 16 },
  { name: 'criteriaVersion differs', text: replaceLine(VALID, 3, '  "criteriaVersion": "2",'), code: 'criteria-version-mismatch', line: 3, column: 22 },
  { name: 'unknown excellence factor', text: replaceLine(VALID, 11, '  "excellence": [ { "factor": "beakon", "status": "met" } ]'), code: 'unknown-factor', line: 11, column: 31, message: /did you mean "beacon"/ },
  { name: 'not-applicable on a dominant criterion', text: replaceLine(VALID, 6, '    { "criterion": "S-F1", "status": "not-applicable" },'), code: 'always-applicable', line: 6, column: 38 },
  { name: 'empty judgement rationale', text: replaceLine(VALID, 11, '  "excellence": [], "judgement": { "grade": "good", "rationale": " ", "by": "HMI" }'), code: 'empty-rationale', line: 11, column: 66 },
  { name: 'empty critical rationale', text: replaceLine(VALID, 11, '  "critical": [ { "criterion": "S-G1", "rationale": "" } ]'), code: 'empty-rationale', line: 11, column: 53 },
  { name: 'every Good criterion not-applicable', text: replaceLine(replaceLine(VALID, 8, '    { "criterion": "S-G1", "status": "not-applicable" },'), 9, '    { "criterion": "S-G2", "status": "not-applicable" }'), code: 'no-share', line: 5, column: 15 },
  { name: 'missing finding makes the evidence incomplete', text: replaceLine(replaceLine(VALID, 8, '    { "criterion": "S-G1", "status": "met" }'), 9, ''), code: 'missing-finding', line: 5, column: 15, message: /S-G2/ },
  { name: 'judgement more than one step from the computed grade', text: replaceLine(VALID, 11, '  "judgement": { "grade": "excellent", "rationale": "r", "by": "HMI" }'), code: 'judgement-shift', line: 11, column: 27, message: /Excellent is 2 steps from the computed grade Fair/ },
  { name: 'a status that does not exist', text: replaceLine(VALID, 7, '    { "criterion": "S-F2", "status": "partly met" },'), code: 'invalid-value', line: 7, column: 38, message: /did you mean "partly-met"/ },
  { name: 'findings as an object keyed by id', text: replaceLine(replaceLine(replaceLine(replaceLine(replaceLine(replaceLine(VALID, 5, '  "findings": {'), 6, '    "S-F1": "met"'), 7, ''), 8, ''), 9, ''), 10, '  },'), code: 'invalid-type', line: 5, column: 15 },
  { name: 'truncated JSON', text: VALID.slice(0, 120), code: 'syntax-error', line: 4, column: 50, message: /^the string that starts here is never closed/ },
  { name: 'a stray comma', text: replaceLine(VALID, 9, '    { "criterion": "S-G2", "status": "not-met" },'), code: 'syntax-error', line: 9, column: 49, message: /^a comma after the last item: JSON allows no comma before \]/ },
  { name: 'a top-level array', text: '[1, 2]\n', code: 'invalid-type', line: 1, column: 1 },
  { name: 'an empty file', text: '', code: 'syntax-error', line: 1, column: 1 },
];

describe('evidence file errors (SPEC §3) are positioned', () => {
  it('accepts the valid base file', () => {
    expect(diagnose(VALID)).toEqual([]);
  });

  it.each(CASES)('$name', ({ text, framework, code, line, column, message }) => {
    const diagnostics = diagnose(text, framework ? { framework } : {});
    const diagnostic = diagnostics.find((d) => d.code === code);
    expect(diagnostic, JSON.stringify(diagnostics)).toBeDefined();
    expect([diagnostic!.line, diagnostic!.column]).toEqual([line, column]);
    if (message) expect(diagnostic!.message).toMatch(message);
  });

  it('--allow-incomplete grades missing findings as not met', () => {
    const text = replaceLine(replaceLine(VALID, 8, '    { "criterion": "S-G1", "status": "met" }'), 9, '');
    const loaded = parseEvidence(text, 'evidence.json');
    if (!loaded.ok) throw new Error('expected ok');
    const graded = gradeLoaded(criteria, loaded.value, { allowIncomplete: true });
    expect(graded.ok && graded.result.incomplete).toBe(true);
    expect(graded.ok && graded.result.missing).toEqual(['S-G2']);
  });

  it('reads a byte-order mark and CRLF line ends, positioning errors on the right line', () => {
    const crlf = `\uFEFF${replaceLine(VALID, 3, '  "criteriaVersion": "2",').replace(/\n/g, '\r\n')}`;
    const diagnostic = diagnose(crlf).find((d) => d.code === 'criteria-version-mismatch');
    expect([diagnostic?.line, diagnostic?.column]).toEqual([3, 22]);
    expect(diagnose(`\uFEFF${VALID.replace(/\n/g, '\r\n')}`)).toEqual([]);
  });

  it('never pollutes Object.prototype', () => {
    diagnose(replaceLine(VALID, 3, '  "criteriaVersion": "1", "__proto__": { "polluted": true },'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
