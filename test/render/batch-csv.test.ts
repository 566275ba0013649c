import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVISORY_SEPARATOR, CSV_HEADER, csvRow } from '../../src/render/batch/csv.js';
import { csvLine } from '../../src/shared/csv.js';
import { sanitizeForTerminal } from '../../src/shared/sanitize.js';
import { batchResult } from './batch-factories.js';

/** The force_name cell of a CSV row whose force is named `name`, as a CSV parser reads it. */
function nameCell(name: string): string {
  const rows = parse<Record<string, string>>(CSV_HEADER + csvRow(batchResult({ id: 'force-01', name }, 'child-abuse')), { columns: true });
  expect(rows).toHaveLength(1);
  return rows[0]?.force_name ?? '';
}

describe('grade batch --format csv', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    [' =SUM(A1:A9)', "' =SUM(A1:A9)"],
    ['   +1', "'   +1"],
    ['\u00a0-1', "'\u00a0-1"],
    ['\u3000@cmd', "'\u3000@cmd"],
    ['\n=HYPERLINK("http://example.org")', '\'\n=HYPERLINK("http://example.org")'],
    ['\nNorth', "'\nNorth"],
    ['\t=1', "'\t=1"],
    ['\tNorth', "'\tNorth"],
    ['\r\n=1', "'\n=1"],
    [' \t =1', "' \t =1"],
    ['North = South', 'North = South'],
    [' North', ' North'],
    ['North-East, "the" force', 'North-East, "the" force'],
  ])('%j is read back as %j', (name, cell) => {
    expect(nameCell(name)).toBe(cell);
  });

  it('never leaves a cell whose first character, or first after whitespace, a spreadsheet runs as a formula', () => {
    const chars = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '=', '+', '-', '@', 'a', ',', '"', '\u001b', '\u200e');
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((c) => c.join('')), (name) => {
      const cell = nameCell(name);
      const shown = sanitizeForTerminal(name);
      if (/^[\t\r\n]/.test(shown) || /^[=+\-@]/.test(shown.trimStart())) expect(cell).toBe(`'${shown}`);
      else expect(cell).toBe(shown);
    }), { numRuns: 3000, seed: 3 });
  });

  it('ends each row with the deciding rule, the advisory codes and whether the file was incomplete, after the older columns', () => {
    const advisory = { code: 'borderline-poor' as const, message: 'one criterion from Fair' };
    const text = CSV_HEADER
      + csvRow(batchResult({ id: 'force-01', name: 'One' }, 'child-abuse', 'poor', { rule: 'significant', advisories: [advisory] }))
      + csvRow(batchResult({ id: 'force-02', name: 'Two' }, 'child-abuse', 'fair', { rule: 'fair', incomplete: true }));
    expect(CSV_HEADER).toBe('force_id,force_name,framework,grade,computed_grade,judged,good_share,file,rule,advisories,incomplete,limited,margin,direction\r\n');
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows.map((r) => [r.rule, r.advisories, r.incomplete])).toEqual([['significant', 'borderline-poor', 'false'], ['fair', '', 'true']]);
  });

  it('ends with the limiters, the margin and the direction of travel (empty when there is none)', () => {
    const text = CSV_HEADER
      + csvRow(batchResult({ id: 'force-01', name: 'One' }, 'child-abuse', 'fair', { limiters: ['cap-a', 'cap-b'], direction: 'improved',
        margin: { grade: 'poor', changesNeeded: 2 } }))
      + csvRow(batchResult({ id: 'force-02', name: 'Two' }, 'child-abuse', 'poor'))
      + csvRow(batchResult({ id: 'force-03', name: 'Three' }, 'child-abuse', 'good', { margin: { grade: 'fair', changesNeeded: null } }));
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows.map((r) => [r.limited, r.margin, r.direction])).toEqual([['cap-a;cap-b', '2', 'improved'], ['', '', ''], ['', '', '']]);
  });

  it('writes every row as the RFC 4180 line of its fields, whatever the fields hold (vocabulary cells are remembered, never trusted)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '-', '=', '+', '@', ' ', '\t', '\n', ',', '"', '\u001b', '\u202e', 'é') , maxLength: 6 });
    const row = fc.record({ id: text, name: text, framework: text, grade: text, computed: text, rule: text, codes: fc.array(text, { maxLength: 2 }),
      limiters: fc.array(text, { maxLength: 2 }), direction: fc.option(text, { nil: null }), share: fc.double({ min: 0, max: 1, noNaN: true }),
      judged: fc.boolean(), incomplete: fc.boolean(), margin: fc.option(fc.option(fc.nat(40), { nil: null }), { nil: undefined }) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
      for (const r of rows) {
        const result = batchResult({ id: r.id, name: r.name }, r.framework, r.grade, { computedGrade: r.computed, rule: r.rule, judged: r.judged,
          goodShare: r.share, incomplete: r.incomplete, limiters: r.limiters, direction: r.direction as never,
          advisories: r.codes.map((code) => ({ code: code as never, message: 'm' })),
          margin: r.margin === undefined ? null : { grade: 'poor', changesNeeded: r.margin } });
        expect(csvRow(result)).toBe(csvLine([r.id, r.name, r.framework, r.grade, r.computed, String(r.judged), String(Number(r.share.toFixed(4))),
          result.file, r.rule, r.codes.join(ADVISORY_SEPARATOR), String(r.incomplete), r.limiters.join(ADVISORY_SEPARATOR),
          r.margin === undefined || r.margin === null ? '' : String(r.margin), r.direction ?? '']));
      }
    }), { numRuns: 300 });
  });
});
