import { describe, expect, it } from 'vitest';
import { drawBoxTable, wrapText } from '../../src/render/box-table.js';

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
});
