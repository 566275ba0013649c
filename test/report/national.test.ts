import { describe, expect, it } from 'vitest';
import { checkNationalAgainst, checkNationalEntries, parseNational } from '../../src/batch/national.js';
import { gradeEvidence } from '../../src/engine/grade.js';
import { goods, makeCriteria, makeEvidence } from '../helpers/factories.js';

const counts = (e: number, g: number, f: number, p: number) => ({ excellent: e, good: g, fair: f, poor: p });
/** The grades of every framework of these tests: hmic-2007's, best first, as report-run hands them in. */
const hmic = () => ['excellent', 'good', 'fair', 'poor'];

describe('parseNational: the loose shape of a grade batch JSON result', () => {
  it('reads summary and ignores every other key, in the file and in each entry', () => {
    const text = JSON.stringify({ schemaVersion: 1, summary: { np: { ...counts(6, 14, 21, 2), total: 43 } }, results: [{ anything: true }] });
    const parsed = parseNational(text, 'batch.json', undefined, hmic);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect([...parsed.value.summary]).toEqual([['np', counts(6, 14, 21, 2)]]);
  });

  it.each([
    ['an array', '[1]', 'invalid-type', 1, 1, 'must be a JSON object'],
    ['no summary', '{"results": []}', 'missing-key', 1, 1, 'no "summary" key'],
    ['summary not an object', '{"summary": [1]}', 'invalid-type', 1, 13, '"summary" must be an object'],
    ['an entry not an object', '{"summary": {"np": 3}}', 'invalid-type', 1, 20, 'summary.np must be an object'],
    ['a missing count', '{"summary": {"np": {"excellent": 1, "good": 2, "fair": 3}}}', 'missing-key', 1, 20, 'has no "poor" count'],
    ['a count as a string', '{"summary": {"np": {"excellent": 1, "good": "2", "fair": 3, "poor": 0}}}', 'invalid-value', 1, 45, 'summary.np.good must be a whole number'],
    ['a negative count', '{"summary": {"np": {"excellent": -1, "good": 2, "fair": 3, "poor": 0}}}', 'invalid-value', 1, 34, 'summary.np.excellent'],
    ['a fractional count', '{"summary": {"np": {"excellent": 1, "good": 2, "fair": 3.5, "poor": 0}}}', 'invalid-value', 1, 56, 'summary.np.fair'],
  ])('refuses %s, positioned', (_name, text, code, line, column, message) => {
    const parsed = parseNational(text, 'batch.json', undefined, hmic);
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]).toMatchObject({ code, severity: 'error', file: 'batch.json', line, column });
    expect(parsed.diagnostics[0]?.message).toContain(message);
  });

  it('takes the grades of a framework whose criteria it does not know as written', () => {
    const parsed = parseNational('{"summary": {"x": {"outstanding": 2, "good": 1}}}', 'b.json');
    expect(parsed.ok && [...parsed.value.summary]).toEqual([['x', { outstanding: 2, good: 1 }]]);
    expect(parseNational('{"summary": {"x": {"outstanding": -2}}}', 'b.json').diagnostics[0]?.code).toBe('invalid-value');
  });

  it('refuses JSON syntax errors and duplicate keys with the evidence parser\'s diagnostics', () => {
    expect(parseNational('{"summary": {', 'b.json').diagnostics[0]?.code).toBe('syntax-error');
    expect(parseNational('{"summary": {}, "summary": {}}', 'b.json').diagnostics[0]?.code).toBe('duplicate-key');
  });

  it('does not mistake inherited property names for framework ids', () => {
    const parsed = parseNational('{"summary": {}}', 'b.json');
    expect(parsed.ok && parsed.value.summary.get('constructor')).toBeFalsy();
  });
});

describe('checkNationalAgainst', () => {
  const criteria = makeCriteria();
  const good = gradeEvidence(criteria, makeEvidence(criteria, { statuses: goods(4, 'not-met') }));

  it.each([
    ['no entry for the framework', {}, 'missing-key', 'has no entry for synthetic'],
    ['no force at the force\'s grade', { synthetic: counts(1, 0, 3, 4) }, 'national-mismatch', 'counts no Good grade'],
  ])('warns when the summary has %s', (_name, summary, code, message) => {
    const parsed = parseNational(JSON.stringify({ summary }), 'b.json');
    if (!parsed.ok) throw new Error('fixture should parse');
    const warnings = checkNationalAgainst(parsed.value, [good]);
    expect(good.grade).toBe('good');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code, severity: 'warning', file: 'b.json' });
    expect(warnings[0]?.message).toContain(message);
  });

  it('says nothing when the summary fits', () => {
    const parsed = parseNational(JSON.stringify({ summary: { synthetic: counts(0, 1, 0, 0) } }), 'b.json');
    if (!parsed.ok) throw new Error('fixture should parse');
    expect(checkNationalAgainst(parsed.value, [good])).toEqual([]);
  });
});

describe('checkNationalEntries: frameworks of the summary that the criteria do not have', () => {
  const frameworks = ['child-abuse', 'missing-persons'];
  const load = (summary: Record<string, unknown>) => {
    const parsed = parseNational(JSON.stringify({ summary }, null, 2), 'n.json', undefined, hmic);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    return parsed.value;
  };

  it('warns once for each, at its key, with the closest id', () => {
    const warnings = checkNationalEntries(load({ 'child-abuse': counts(0, 1, 0, 0), 'child-abus': counts(1, 0, 0, 0), other: counts(0, 0, 1, 0) }), frameworks);
    expect(warnings).toEqual([
      { code: 'unknown-framework', severity: 'warning', file: 'n.json', line: 9, column: 5,
        message: 'the national summary has an entry for "child-abus", which is not a framework of the criteria: its counts are not used; did you mean "child-abuse"?' },
      { code: 'unknown-framework', severity: 'warning', file: 'n.json', line: 15, column: 5,
        message: 'the national summary has an entry for "other", which is not a framework of the criteria: its counts are not used' },
    ]);
  });

  it('says nothing of known frameworks, whether or not the report has them, nor of further keys in an entry', () => {
    expect(checkNationalEntries(load({ 'child-abuse': { ...counts(0, 1, 0, 0), total: 1 }, 'missing-persons': counts(0, 0, 1, 0) }), frameworks)).toEqual([]);
  });
});
