import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, neutralizeFormulaLike, parseCsv, restoreFormulaLike, type CsvParse } from '../../src/shared/csv.js';

const cells = (parsed: CsvParse): string[][] => {
  if (!parsed.ok) throw new Error(`${parsed.line}:${parsed.column}: ${parsed.message}`);
  return parsed.records.map((r) => r.cells.map((c) => c.text));
};

describe('parseCsv', () => {
  it.each<[string, string[][]]>([
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['\ufeffid,status\r\n', [['id', 'status']]],
    ['"a,b","say ""hi""",c\r\n', [['a,b', 'say "hi"', 'c']]],
    ['"two\r\nlines","and\rthree\nhere"\r\n', [['two\nlines', 'and\nthree\nhere']]],
    ['a,,\r\n,\r\n', [['a', '', ''], ['', '']]],
    ['\r\n\r\n', [[''], ['']]],
    ['x"y,z\r\n', [['x"y', 'z']]],
    ['id;status\r\nNP-F1;"met; in full"\r\n', [['id', 'status'], ['NP-F1', 'met; in full']]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(cells(parseCsv(text))).toEqual(expected);
  });

  it('gives each cell its line and column, and each record its row', () => {
    const parsed = parseCsv('id,evidence\r\nNP-F1,"one\r\ntwo"\r\nNP-F2,x\r\n');
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.records.map((r) => [r.row, r.line])).toEqual([[1, 1], [2, 2], [3, 4]]);
    expect(parsed.records[1]?.cells.map((c) => [c.line, c.column])).toEqual([[2, 1], [2, 7]]);
    expect(parsed.records[2]?.cells.map((c) => [c.line, c.column])).toEqual([[4, 1], [4, 7]]);
  });

  it('refuses a quoted cell that is not closed, or text after its closing quote, with where', () => {
    expect(parseCsv('a,b\r\nc,"open\r\nstill')).toMatchObject({ ok: false, line: 2, column: 3, message: expect.stringContaining('not closed') as string });
    expect(parseCsv('a,"b"c\r\n')).toMatchObject({ ok: false, line: 1, column: 6 });
  });

  // A quoted cell built a character at a time is a rope of one node per character, about 32
  // bytes each until it is flattened: a 15 MB cell (under the 16 MiB file limit) held 600 MB.
  it('holds a long quoted cell in about its own size, not a node per character', () => {
    const long = 'a'.repeat(8_000_000);
    const before = process.memoryUsage().heapUsed;
    const parsed = parseCsv(`id,evidence\r\nNP-F1,"${long}\r\n""quoted"""\r\n`);
    const grown = process.memoryUsage().heapUsed - before;
    expect(cells(parsed)[1]).toEqual(['NP-F1', `${long}\n"quoted"`]);
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  it('counts the line breaks inside quoted cells, of every kind, for the positions after them', () => {
    expect(parseCsv('a,"x\r\ny\rz\nw",b\r\nc,"q"d')).toMatchObject({ ok: false, line: 5, column: 6 });
    const parsed = parseCsv('a,"x\r\ny"""\r\nc,d');
    expect(cells(parsed)).toEqual([['a', 'x\ny"'], ['c', 'd']]);
    expect(parsed.ok && parsed.records[1]).toMatchObject({ line: 3, cells: [{ line: 3, column: 1 }, { line: 3, column: 3 }] });
  });

  it('reads what csv-parse reads from any RFC 4180 text', () => {
    const field = fc.array(fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', 'é', '='), { maxLength: 6 }).map((c) => c.join(''));
    const quoted = field.map((f) => `"${f.replace(/"/g, '""')}"`);
    const plain = fc.array(fc.constantFrom('a', ' ', 'é', '=', '1'), { maxLength: 4 }).map((c) => c.join(''));
    const record = fc.array(fc.oneof(quoted, plain), { minLength: 2, maxLength: 4 });
    fc.assert(fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), (records) => {
      const text = records.map((r) => r.join(',')).join('\r\n') + '\r\n';
      const theirs: string[][] = parse(text, { relax_column_count: true });
      expect(cells(parseCsv(text))).toEqual(theirs.map((r) => r.map((c) => c.replace(/\r\n/g, '\n'))));
    }), { numRuns: 500, seed: 15 });
  });
});

describe('formula-like text', () => {
  it.each([
    ['=SUM(A1)', '\'=SUM(A1)'],
    ['\'=SUM(A1)', '\'\'=SUM(A1)'],
    ['\'plain', '\'plain'],
    ['- a bullet', '\'- a bullet'],
    ['plain', 'plain'],
  ])('%j is written %j', (text, written) => {
    expect(neutralizeFormulaLike(text)).toBe(written);
    expect(restoreFormulaLike(written)).toBe(text);
  });

  it('comes back exactly through a CSV line and the reader', () => {
    const text = fc.array(fc.constantFrom('a', '\'', ' ', ',', '"', '\n', '\t', '=', '+', '-', '@', 'é'), { maxLength: 8 }).map((c) => c.join(''));
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (fields) => {
      expect(cells(parseCsv(csvLine(fields)))[0]?.map(restoreFormulaLike)).toEqual(fields);
    }), { numRuns: 2000, seed: 15 });
  });
});
