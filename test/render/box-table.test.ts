import { describe, expect, it } from 'vitest';
import { NAME_WIDTH, columnWidth, drawBoxTable } from '../../src/render/box-table.js';
import { wrapText } from '../../src/render/wrap-text.js';
import fastStringWidth from '../../src/render/fast-string-width.js';
import { wrapParagraph } from '../../src/render/wrap.js';

describe('wrapText', () => {
  it.each([
    ['fits on one line', 20, ['fits on one line']],
    ['breaks between words when a word would not fit', 16, ['breaks between', 'words when a', 'word would not', 'fit']],
    ['keeps  double  spaces inside a line', 40, ['keeps  double  spaces inside a line']],
    ['exactly ten', 11, ['exactly ten']],
    ['a supercalifragilistic word', 8, ['a', 'supercal', 'ifragili', 'stic', 'word']],
    ['first paragraph\nsecond', 40, ['first paragraph', 'second']],
    ['', 10, ['']],
    ['漢字漢字漢字 wide', 6, ['漢字漢', '字漢字', 'wide']],
  ])('%j at width %i', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });

  it('never returns a line wider than asked, nor loses a character', () => {
    const text = 'The force has dedicated neighbourhood policing teams, including police community support officers (PCSOs), in place: https://example.org/a/very/long/path/that/cannot/break/anywhere';
    for (const width of [5, 12, 30, 70]) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it.each([
    ['ASCII', 'x', 1],
    ['wide characters', '漢', 2],
  ])('splits a 200,000-character word of %s into lines of the full width, in one pass', (_name, character, columns) => {
    const lines = wrapText(character.repeat(200_000), 70);
    const perLine = Math.floor(70 / columns);
    expect(lines).toHaveLength(Math.ceil(200_000 / perLine));
    expect(lines.slice(0, -1).every((line) => fastStringWidth(line) === perLine * columns)).toBe(true);
    expect(lines.join('')).toBe(character.repeat(200_000));
  });
});

describe('wrapText with a narrower or wider first line', () => {
  it.each([
    ['one two three four five', 7, 13, ['one two', 'three four', 'five']],
    ['one two three four five', 13, 7, ['one two three', 'four', 'five']],
    ['abcdefghijkl rest', 4, 6, ['abcd', 'efgh', 'ijkl', 'rest']],
  ])('%j at %i then %i', (text, first, rest, lines) => {
    expect(wrapText(text, first, rest)).toEqual(lines);
  });
});

describe('wrapParagraph', () => {
  it('puts a label before the first line and a hanging indent before the rest, within the width', () => {
    const lines = wrapParagraph('Excellent is 7 findings away: beacon, innovation must all become met', 30, { first: 'Next grade: ', rest: '  ' });
    expect(lines).toEqual(['Next grade: Excellent is 7', '  findings away: beacon,', '  innovation must all become', '  met']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
  });

  it('colours the label and each line\'s text, never the indent', () => {
    expect(wrapParagraph('a b', 3, { first: '- ', paintFirst: (t) => `<${t}>`, paint: (t) => `[${t}]` })).toEqual(['<- >[a]', '  [b]']);
  });
});

describe('columnWidth', () => {
  it('fits the widest text, padding included, measured in terminal columns', () => {
    expect(columnWidth(['Force', 'Synthetic Force 01'])).toBe(20);
    expect(columnWidth(['漢字', 'ab'])).toBe(6);
    expect(columnWidth([])).toBe(2);
  });

  it('is never wider than the cap (NAME_WIDTH by default), however long a text', () => {
    expect(columnWidth(['x'.repeat(4_500_000)])).toBe(NAME_WIDTH + 2);
    expect(columnWidth(['漢'.repeat(1_000_000)], 9)).toBe(11); // 漢漢漢漢… and the padding
  });
});

describe('drawBoxTable', () => {
  it('draws heads, wrapped cells and full-width rows with the right junctions', () => {
    const table = drawBoxTable({
      widths: [5, 7],
      head: [{ text: 'Id' }, { text: 'Text' }],
      rows: [
        { span: { text: 'Group' } },
        { cells: [{ text: 'A1' }, { text: 'one two three' }] },
        { cells: [{ text: 'A2' }, { text: 'four' }] },
        { span: { text: 'Other' } },
      ],
    });
    expect(table).toBe([
      '┌─────┬───────┐',
      '│ Id  │ Text  │',
      '├─────┴───────┤',
      '│ Group       │',
      '├─────┬───────┤',
      '│ A1  │ one   │',
      '│     │ two   │',
      '│     │ three │',
      '├─────┼───────┤',
      '│ A2  │ four  │',
      '├─────┴───────┤',
      '│ Other       │',
      '└─────────────┘',
    ].join('\n'));
  });

  it('colours the text and borders, never the padding', () => {
    const table = drawBoxTable({
      widths: [6],
      head: [{ text: 'H', paint: (t) => `<${t}>` }],
      rows: [{ cells: [{ text: 'x', paint: (t) => `[${t}]` }] }],
      border: (t) => `{${t}}`,
    });
    expect(table.split('\n')).toEqual(['{┌──────┐}', '{│} <H>    {│}', '{├──────┤}', '{│} [x]    {│}', '{└──────┘}']);
  });

  it('draws a compact table: a rule above and below only, cells aligned right or cut to one line', () => {
    const table = drawBoxTable({
      widths: [10, 7],
      head: [{ text: 'Name' }, { text: 'Count', align: 'right' }],
      rows: [
        { cells: [{ text: 'A very long name', overflow: 'cut' }, { text: '7', align: 'right' }] },
        { cells: [{ text: 'Short', overflow: 'cut' }, { text: '12345', align: 'right', paint: (t) => `<${t}>` }] },
      ],
      compact: true,
    });
    expect(table).toBe([
      '┌──────────┬───────┐',
      '│ Name     │ Count │',
      '│ A very…  │     7 │',
      '│ Short    │ <12345> │',
      '└──────────┴───────┘',
    ].join('\n'));
  });

  it('draws a cell of 150,000 lines (more than a spread into push() can take)', () => {
    const table = drawBoxTable({ widths: [4], head: [{ text: 'H' }], rows: [{ cells: [{ text: 'ab '.repeat(150_000) }] }] });
    const lines = table.split('\n');
    expect(lines).toHaveLength(150_000 + 4);
    expect(new Set(lines.slice(3, -1))).toEqual(new Set(['│ ab │']));
  });
});
