import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse.js';

/** A valid criteria file; cases replace one line to break it in one way. */
const VALID = `framework: sample
title: Sample
group: Samples
version: "1"
themes:
  - { id: resources, title: Resources }
criteria:
  - id: S-F1
    level: fair
    theme: resources
    significant: true
    dominant: true
    text: Dominant statement.
    guidance: Look for it.
  - id: S-F2
    level: fair
    theme: resources
    text: Plain statement.
    guidance: Look for it.
  - id: S-G1
    level: good
    theme: resources
    text: Good statement.
`;

function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

const CASES: Array<{ name: string; text: string; file?: string; code: string; line: number; column: number; message?: RegExp }> = [
  { name: 'unknown key with did-you-mean', text: replaceLine(VALID, 13, '    txt: Dominant statement.'), code: 'unknown-key', line: 13, column: 5, message: /did you mean "text"/ },
  { name: 'unknown key in a criterion that has no id', text: replaceLine(VALID, 8, '  - idd: S-F1'), code: 'unknown-key', line: 8, column: 5, message: /^the 1st criterion: unknown key "idd"; did you mean "id"\?/ },
  { name: 'unknown key in a criterion that has no level', text: replaceLine(VALID, 9, '    levle: fair'), code: 'unknown-key', line: 9, column: 5, message: /^criterion S-F1: unknown key "levle"; did you mean "level"\?/ },
  { name: 'unknown top-level key', text: `${VALID}titel: x\n`, code: 'unknown-key', line: 24, column: 1, message: /did you mean "title"/ },
  { name: 'framework id not the file stem', text: VALID, file: 'criteria/other.yaml', code: 'framework-id-mismatch', line: 1, column: 12 },
  { name: 'framework id equal to a command name', text: replaceLine(VALID, 1, 'framework: validate'), file: 'validate.yaml', code: 'framework-id-reserved', line: 1, column: 12 },
  { name: 'duplicate criterion id', text: replaceLine(VALID, 15, '  - id: S-F1'), code: 'duplicate-id', line: 15, column: 9 },
  { name: 'significant on a Good criterion', text: replaceLine(VALID, 22, '    theme: resources\n    significant: true'), code: 'flag-level', line: 23, column: 5 },
  { name: 'dominant on a Good criterion', text: replaceLine(VALID, 22, '    theme: resources\n    dominant: true'), code: 'flag-level', line: 23, column: 5 },
  { name: 'dominant without significant', text: replaceLine(VALID, 11, '    significant: false'), code: 'missing-implied-flag', line: 12, column: 5 },
  { name: 'no Fair criterion', text: VALID.split('\n').slice(0, 7).join('\n') + '\n  - { id: S-G1, level: good, text: x }\n', code: 'require-unmatched', line: 8, column: 3 },
  { name: 'no significant Fair criterion', text: replaceLine(replaceLine(VALID, 11, '    significant: false'), 12, '    dominant: false'), code: 'require-unmatched', line: 8, column: 3 },
  { name: 'no Good criterion', text: VALID.split('\n').slice(0, 19).join('\n') + '\n', code: 'require-unmatched', line: 8, column: 3 },
  { name: 'threshold above 1', text: `${VALID}thresholds: { most: 1.5 }\n`, code: 'threshold-range', line: 24, column: 21 },
  { name: 'threshold of 0', text: `${VALID}thresholds: { wellShort: 0 }\n`, code: 'threshold-range', line: 24, column: 26 },
  { name: 'most not below vastMajority', text: `${VALID}thresholds:\n  most: 0.8\n  vastMajority: 0.8\n`, code: 'threshold-order', line: 25, column: 9 },
  { name: 'period ending on a day that does not exist', text: `${VALID}period: { from: 2006-04-01, to: 2007-02-30 }\n`, code: 'invalid-value', line: 24, column: 33, message: /period\.to "2007-02-30" is not a day of the calendar/ },
  { name: 'period ending before it starts', text: `${VALID}period: { from: 2007-04-01, to: 2006-03-31 }\n`, code: 'invalid-value', line: 24, column: 33, message: /period ends on 2006-03-31, before it starts on 2007-04-01/ },
  { name: 'theme that does not resolve', text: replaceLine(VALID, 17, '    theme: resource'), code: 'unknown-theme', line: 17, column: 12, message: /did you mean "resources"/ },
  { name: 'wrong level value', text: replaceLine(VALID, 16, '    level: fiar'), code: 'unknown-level', line: 16, column: 12, message: /did you mean "fair"/ },
  { name: 'wrong type', text: replaceLine(VALID, 11, '    significant: yes'), code: 'invalid-type', line: 11, column: 18 },
  { name: 'missing required key', text: replaceLine(VALID, 2, ''), code: 'missing-key', line: 1, column: 1 },
  { name: 'duplicate YAML key', text: replaceLine(VALID, 2, 'title: Sample\ntitle: Again'), code: 'duplicate-key', line: 3, column: 1 },
  { name: 'YAML syntax error', text: replaceLine(VALID, 6, '  - { id: resources, title: Resources'), code: 'syntax-error', line: 7, column: 1 },
  { name: 'a scalar document', text: 'just text\n', code: 'invalid-type', line: 1, column: 1 },
];

describe('criteria file errors (SPEC §2) are positioned', () => {
  it('accepts the valid base file', () => {
    const loaded = parseCriteria(VALID, 'criteria/sample.yaml');
    expect(loaded.ok).toBe(true);
  });

  it.each(CASES)('$name', ({ text, file, code, line, column, message }) => {
    const loaded = parseCriteria(text, file ?? 'criteria/sample.yaml');
    expect(loaded.ok).toBe(false);
    const diagnostic = loaded.diagnostics.find((d) => d.code === code);
    expect(diagnostic, JSON.stringify(loaded.diagnostics)).toBeDefined();
    expect([diagnostic!.line, diagnostic!.column]).toEqual([line, column]);
    if (message) expect(diagnostic!.message).toMatch(message);
  });

  it('fills in default thresholds and excellence factors', () => {
    const loaded = parseCriteria(VALID, 'criteria/sample.yaml');
    if (!loaded.ok) throw new Error('expected ok');
    expect(loaded.value.thresholds).toEqual({ most: 0.5, vastMajority: 0.8, wellShort: 0.25, maxJudgementShift: 1 });
    expect(loaded.value.excellence.map((f) => f.id)).toEqual(['beacon', 'innovation']);
    expect(loaded.value.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses alias bombs quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const loaded = parseCriteria(`${bomb.join('\n')}\n`, 'bomb.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics[0]!.code).toBe('alias-limit');
  });
});
