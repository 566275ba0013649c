import { describe, expect, it } from 'vitest';
import { MIN_COLUMN, fitColumns, tableWidth, wordFloor } from '../../src/render/fit-columns.js';
import { compactTable, cutCell } from '../../src/render/text-table.js';
import { wrapDiagnostic } from '../../src/render/diagnostics.js';
import { wrapParagraph } from '../../src/render/wrap.js';
import { wrapText } from '../../src/render/wrap-text.js';
import fastStringWidth from '../../src/render/fast-string-width.js';

describe('fitColumns', () => {
  it('leaves widths that fit as they are', () => {
    expect(fitColumns([10, 20], 40)).toEqual([10, 20]);
  });

  it('shrinks the widest first, to the floors before below them', () => {
    // Borders take 4 columns, leaving 30: both 20s give way to 16, then the first alone to its floor.
    expect(fitColumns([20, 20, 6], 34, [[8, 16, 6]])).toEqual([8, 16, 6]);
    expect(tableWidth(fitColumns([20, 20, 6], 34, [[8, 16, 6]]))).toBe(34);
    // Floors too wide for the width: below them, the widest first, never below MIN_COLUMN.
    expect(fitColumns([20, 20, 6], 20, [[18, 18, 6]])).toEqual([5, 5, 6]);
    expect(fitColumns([20, 20], 5)).toEqual([MIN_COLUMN, MIN_COLUMN]);
  });

  it('wordFloor: the widest word with its padding; with hyphens, the widest part', () => {
    expect(wordFloor(['Neighbourhood Policing', 'neighbourhood-policing'])).toBe(24);
    expect(wordFloor(['neighbourhood-policing'], true)).toBe(16);
    expect(wordFloor([''])).toBe(MIN_COLUMN);
  });
});

describe('compactTable with a width', () => {
  const rows = [[cutCell('Avon and Somerset Constabulary'), cutCell('Neighbourhood Policing')], [cutCell('Kent Police'), cutCell('Child abuse')]];
  it('is drawn as before when it fits, or without a width', () => {
    const natural = compactTable({ color: false }, ['Force', 'Framework'], rows);
    expect(compactTable({ color: false, width: 100 }, ['Force', 'Framework'], rows)).toBe(natural);
    expect(natural.split('\n')).toHaveLength(5);
  });

  it('shrinks and wraps, with rules between rows, when it does not fit', () => {
    const drawn = compactTable({ color: false, width: 60 }, ['Force', 'Framework', 'Note'], rows.map((cells) => [...cells, cutCell('x'.repeat(30))]));
    const lines = drawn.split('\n');
    expect(Math.max(...lines.map(fastStringWidth))).toBeLessThanOrEqual(60);
    expect(drawn).toContain('│ Avon and     │ Neighbourhood │');
    expect(drawn).toContain('│ Constabulary │               │');
    expect(lines.filter((line) => line.startsWith('├'))).toHaveLength(2);
  });
});

describe('wrapping', () => {
  it('splits a word too long for its line after a hyphen when it has one', () => {
    expect(wrapText('neighbourhood-policing', 16)).toEqual(['neighbourhood-', 'policing']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('-abcdefgh', 4)).toEqual(['-abc', 'defg', 'h']);
  });

  it('never cuts a colour code in two', () => {
    const red = `\u001b[31m${'x'.repeat(10)}\u001b[39m`;
    const lines = wrapText(red, 4);
    expect(lines.map((line) => line.replace(/\u001b\[\d+m/g, ''))).toEqual(['xxxx', 'xxxx', 'xx']);
    expect(lines.join('')).toBe(red);
  });

  it('wrapParagraph without a width is the label and the text, on one line', () => {
    expect(wrapParagraph('a  b', undefined, { first: '- ', paint: (t) => `[${t}]` })).toEqual(['- [a  b]']);
  });

  it('wrapDiagnostic: the position and severity first, the rest hanging by four', () => {
    const d = { file: 'a.yaml', line: 3, column: 5, severity: 'error' as const, code: 'syntax-error' as const, message: 'one two three four five six seven eight nine ten' };
    expect(wrapDiagnostic(d, 40, { color: false }, '  ')).toEqual([
      '  a.yaml:3:5: error: one two three four',
      '      five six seven eight nine ten',
      '      [syntax-error]',
    ]);
    expect(wrapDiagnostic(d, undefined)).toEqual(['a.yaml:3:5: error: one two three four five six seven eight nine ten [syntax-error]']);
  });
});
