import { describe, expect, it } from 'vitest';
import { parseScheme } from '../../src/criteria/scheme/parse.js';
import { expectRefusal, removeLines, replaceLine, SAMPLE_SCHEME as VALID, type Refusal } from '../helpers/scheme-texts.js';

/** A case: the broken text, what it is refused with, and (`only`) that nothing else is said. */
interface Case extends Refusal { name: string; text: string; only?: boolean }

const at = (line: number, replacement: string) => replaceLine(VALID, line, replacement);

// The shape of a scheme file (its JSON Schema and YAML), SPEC §7: one refusal each, positioned.
const CASES: Case[] = [
  { name: 'unknown top-level key', text: `${VALID}titel: x\n`, code: 'unknown-key', line: 39, column: 1, message: /unknown key "titel" at the top level; did you mean "title"\?/ },
  { name: 'unknown key in a rule', text: at(26, '    advisry: { code: borderline-poor, when: [{ share: { flag: significant }, of: unmet, below: wellShort }] }'),
    code: 'unknown-key', line: 26, column: 5, message: /unknown key "advisry".*did you mean "advisory"\?/ },
  { name: 'unknown key in a condition', text: at(25, '    when: [{ count: { flag: significant }, of: unmet, atleast: 1 }]'),
    code: 'unknown-key', line: 25, column: 55, message: /unknown key "atleast".*did you mean "atLeast"\?/ },
  { name: 'unknown key in a flag', text: at(13, '  significant: { levels: [fair], implys: dominant }'),
    code: 'unknown-key', line: 13, column: 34, message: /unknown key "implys" in flags\.significant; did you mean "implies"\?/ },
  { name: 'unknown key in a level', text: at(10, '  - { id: fair, titel: Fair }'), code: 'unknown-key', line: 10, column: 17, message: /did you mean "title"\?/ },
  // A selection is a selector or a list of them: an object with a wrong key is a wrong selector,
  // not "must be an array".
  { name: 'unknown key in a selector', text: at(25, '    when: [{ count: { flg: significant }, of: unmet, atLeast: 1 }]'),
    code: 'unknown-key', line: 25, column: 23, message: /unknown key "flg".*did you mean "flag"\?/, only: true },
  { name: 'a selection neither a selector nor a list', text: at(25, '    when: [{ count: 5, of: unmet, atLeast: 1 }]'),
    code: 'invalid-type', line: 25, column: 21, message: /count must be an object or an array, not a number/, only: true },
  { name: 'a misspelt "of"', text: at(25, '    when: [{ count: { flag: significant }, of: unmett, atLeast: 1 }]'),
    code: 'invalid-value', line: 25, column: 48, message: /of must be met or unmet; got "unmett"; did you mean "unmet"\?/, only: true },
  { name: 'a misspelt score count', text: at(25, '    when: [{ count: { flag: significant }, of: { scoreAtleast: 2 }, atLeast: 1 }]'),
    code: 'unknown-key', line: 25, column: 50, message: /unknown key "scoreAtleast".*did you mean "scoreAtLeast"\?/ },
  { name: 'otherwise: false', text: at(37, '    otherwise: false'), code: 'invalid-value', line: 37, column: 16, message: /rules item 5\.otherwise must be true; got false/, only: true },
  { name: 'critical: false in a selector', text: at(22, '    when: [{ count: [{ flag: dominant }, { critical: false }], of: unmet, atLeast: 1 }]'),
    code: 'invalid-value', line: 22, column: 54, message: /critical must be true; got false/, only: true },
  { name: 'fewer than two grades', text: removeLines(VALID, 6, 8),
    code: 'invalid-value', line: 5, column: 3, message: /grades must have at least 2 entries; got 1/, only: true },
  { name: 'no levels', text: removeLines(at(9, 'levels: []'), 10, 11),
    code: 'invalid-value', line: 9, column: 9, message: /levels must have at least 1 entry; got 0/ },
  { name: 'no levels key', text: removeLines(VALID, 9, 11), code: 'missing-key', line: 1, column: 1, message: /missing required key "levels" at the top level/ },
  { name: 'a rule with an empty when', text: at(22, '    when: []'), code: 'invalid-value', line: 22, column: 11, message: /when must have at least 1 entry; got 0/ },
  { name: 'maxJudgementShift not a whole number', text: at(16, 'thresholds: { most: 0.5, vastMajority: 0.8, wellShort: 0.25, maxJudgementShift: 1.5 }'),
    code: 'invalid-type', line: 16, column: 81, message: /thresholds\.maxJudgementShift must be a whole number, not 1\.5/ },
  { name: 'maxJudgementShift below 0', text: at(16, 'thresholds: { most: 0.5, vastMajority: 0.8, wellShort: 0.25, maxJudgementShift: -1 }'),
    code: 'invalid-value', line: 16, column: 81, message: /maxJudgementShift must be at least 0; got -1/ },
  { name: 'duplicate YAML key', text: at(2, 'title: Sample grading\ntitle: Again'), code: 'duplicate-key', line: 3, column: 1, message: /title/ },
  { name: 'YAML syntax error', text: at(5, '  - { id: poor, title: Poor'), code: 'syntax-error', line: 6, column: 3, message: /Flow map/ },
  { name: 'an empty file', text: '', code: 'invalid-type', line: 1, column: 1, message: /a grading scheme must be a YAML mapping, not empty/ },
];

describe('scheme file shape errors (SPEC §7) are positioned', () => {
  it('accepts the valid base file', () => {
    expect(parseScheme(VALID, 'schemes/sample.yaml')).toMatchObject({ ok: true, diagnostics: [] });
  });

  it.each(CASES)('$name', ({ text, only, ...refusal }) => {
    const loaded = parseScheme(text, 'schemes/sample.yaml');
    expect(loaded.ok).toBe(false);
    expectRefusal(loaded.diagnostics, refusal);
    if (only) expect(loaded.diagnostics.map((d) => d.message)).toHaveLength(1);
  });
});
