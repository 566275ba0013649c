import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/evidence/narrative/load.js';
import { runInProcess } from '../helpers/cli.js';

/** Issue #16: the source's "Introduction to HMIC Inspections", from the force narrative. */
const FOLDER = 'evidence/hertfordshire-2007';

describe('an introduction with mistakes', () => {
  const at = (line: number, column: number, code: string) => expect.objectContaining({ line, column, code, severity: 'error' });

  it('refuses a piece of content that is not exactly one paragraph, list, numbered list or table, positioned at the piece', () => {
    const text = JSON.stringify({ force: { id: 'x', name: 'X' }, introduction: { title: 'Introduction', content: [
      { paragraph: 'One.', numbered: ['and two'] }, {}] } }, null, 2);
    const loaded = parseNarrative(text, 'x.narrative.json');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics).toEqual([at(9, 7, 'block-kind'), at(15, 7, 'block-kind')]);
    expect(loaded.diagnostics[0]?.message).toBe('content item 1 of "Introduction" must be one of a "paragraph", a "list", a "numbered" list or a "table", '
      + 'and gives "paragraph" and "numbered": give each paragraph, list or table a piece of its own, in the source\'s order');
    expect(loaded.diagnostics[1]?.message).toContain('and gives none of them');
  });

  it('refuses a table row with more or fewer cells than the table has columns, positioned at the row', () => {
    const text = JSON.stringify({ force: { id: 'x', name: 'X' }, introduction: { title: 'Introduction', sections: [{ title: 'Areas',
      content: [{ table: { columns: ['Area', 'When'], rows: [['Major crime', '2008'], ['Leadership']] } }] }] } }, null, 2);
    const loaded = parseNarrative(text, 'x.narrative.json');
    expect(loaded.diagnostics).toEqual([at(23, 17, 'table-width')]);
    expect(loaded.diagnostics[0]?.message).toBe('row 2 of the table in content item 1 of "Areas" has 1 cell, but the table has 2 columns: give one text per column');
  });

  it('gives the schema\'s positioned errors in the user\'s words, through grade validate', async () => {
    const run = await runInProcess(['validate', 'fixtures/narrative/introduction-misshapen.narrative.json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('introduction-misshapen.narrative.json:7:57: error: section "Programmed frameworks": unknown key "paragraphs" in content item 1; did you mean "paragraph"? [unknown-key]');
    expect(run.stdout).toContain('introduction-misshapen.narrative.json:8:92: error: section "Risk-based frameworks": content item 1.list item 2 must not be empty [invalid-value]');
  });

  it('is checked by grade validate, and stops grade report writing anything', async () => {
    const file = 'fixtures/narrative/introduction-pieces.narrative.json';
    const validate = await runInProcess(['validate', file]);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain(`${file}:6:17: error: content item 1 of "Introduction to HMIC Inspections" must be one of`);
    expect(validate.stdout).toContain(`${file}:9:9: error: content item 1 of "Risk-based frameworks" must be one of`);
    expect(validate.stdout).toContain(`${file}:10:102: error: row 2 of the table in content item 2 of "Risk-based frameworks" has 2 cells, but the table has 1 column`);
    const report = await runInProcess(['report', `${FOLDER}/child-abuse.json`, file]);
    expect(report.status).toBe(1);
    expect(report.stdout).toBe('');
    expect(report.stderr).toContain(`${file}:10:102: error: row 2 of the table`);
  });
});
