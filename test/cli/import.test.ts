import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/evidence/model.js';
import { csvLine } from '../../src/shared/csv.js';
import { runInProcess } from '../helpers/cli.js';
import { fill, saveSheet, templateSheet, type Sheet } from '../helpers/sheet.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FORCE = ['--force-id', 'synthetic-force-01', '--force-name', 'Synthetic Force 01'];
let files = 0;

/** The neighbourhood-policing sheet with every status met (each citing what was seen), changed by `change`, saved to a file. */
async function sheetFile(change: (sheet: Sheet) => void = () => undefined, save: (sheet: Sheet) => string = saveSheet): Promise<string> {
  const sheet = await templateSheet('neighbourhood-policing');
  // A met finding that cites nothing is a warning of its own (uncited-finding): cite something.
  for (const row of sheet.slice(1)) { row[6] = 'met'; row[7] = 'seen on inspection'; }
  change(sheet);
  const file = join(scratch, `sheet-${++files}.csv`);
  writeFileSync(file, save(sheet));
  return file;
}

const importing = (file: string, ...more: string[]) => runInProcess(['import', 'neighbourhood-policing', file, ...FORCE, ...more]);
const errorLines = (stderr: string) => stderr.trimEnd().split('\n').filter((line) => line !== '');

describe('grade import', () => {
  it('turns a filled sheet into evidence: statuses, evidence and sources (a line each), dates', async () => {
    const file = await sheetFile((sheet) => {
      fill(sheet, 'NP-F2', { status: 'Partly met', evidence: '\'=first point\r\n\r\n  second point  \n\'=kept as typed', sources: 'Report p. 12\nInterview', date: '2007-03-14' });
      fill(sheet, 'NP-G7', { status: ' NOT_MET ' });
      fill(sheet, 'NP-G8', { status: 'Not-Applicable' });
      fill(sheet, 'beacon', { status: 'partly-met', evidence: 'visited by two forces' });
      fill(sheet, 'innovation', { status: '', evidence: '' });
    });
    const run = await importing(file);
    expect(run.status).toBe(0);
    const evidence = JSON.parse(run.stdout) as Evidence;
    expect(evidence).toMatchObject({ framework: 'neighbourhood-policing', criteriaVersion: '2007.1', force: { id: 'synthetic-force-01', name: 'Synthetic Force 01' } });
    expect(evidence.findings).toHaveLength(27);
    expect(evidence.findings[1]).toEqual({ criterion: 'NP-F2', status: 'partly-met', evidence: ['=first point', 'second point', '\'=kept as typed'], sources: ['Report p. 12', 'Interview'], date: '2007-03-14' });
    expect(evidence.findings.find((f) => f.criterion === 'NP-G7')?.status).toBe('not-met');
    expect(evidence.findings.find((f) => f.criterion === 'NP-G8')?.status).toBe('not-applicable');
    expect(evidence.excellence).toEqual([
      { factor: 'beacon', status: 'partly-met', evidence: ['visited by two forces'], sources: [] },
      { factor: 'innovation', status: '', evidence: [], sources: [] },
    ]);
    // A blank status makes a draft: said once, as a warning; the draft grades with --allow-incomplete.
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(/:34:\d+: warning: the evidence is a draft: 1 status is still blank \(innovation\); it grades with --allow-incomplete until it is filled in \[not-assessed\]$/)]);
  });

  it('reads the sheet however it was saved: no BOM, LF or CR line ends, semicolons, columns moved, empty rows and unnamed columns', async () => {
    const expected = JSON.parse((await importing(await sheetFile())).stdout) as Evidence;
    const variants: Array<(sheet: Sheet) => string> = [
      (sheet) => saveSheet(sheet, { bom: false, eol: '\n' }),
      (sheet) => saveSheet(sheet, { eol: '\r' }),
      (sheet) => saveSheet(sheet, { separator: ';' }),
      (sheet) => saveSheet(sheet.map((row) => [row[6] ?? '', row[0] ?? '', '', ...row.slice(7), 'a note'])
        .map((row, i) => (i === 0 ? row.map((c) => c.toUpperCase()).map((c) => (c === 'A NOTE' ? '' : c)) : row))
        .flatMap((row, i) => (i === 3 ? [row, row.map(() => '')] : [row]))),
      (sheet) => sheet.map((row) => csvLine(row)).join(''),
    ];
    for (const [i, save] of variants.entries()) {
      const run = await importing(await sheetFile(() => undefined, save));
      // The sheet with a notes column under no header: imported without it, and told so once.
      if (i === 3) expect(run.stderr).toMatch(/^[^\n]*:2:\d+: warning: row 2, column \d+: \d+ cells of text in columns with no header are not imported; give the column a header \(evidence, sources\) to import it \[unknown-key\]\n$/);
      else expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
  });

  it('names the row and column of a status that is not one, with the one meant', async () => {
    const run = await importing(await sheetFile((sheet) => fill(sheet, 'NP-G7', { status: 'partly' })));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(/^\S+\.csv:18:\d+: error: row 18 \(NP-G7\), column status: "partly" is not a status; did you mean "partly-met"\? \(the statuses are met, partly-met, not-met, not-applicable, or blank while not assessed yet\) \[invalid-value\]$/)]);
  });

  it.each<[string, (sheet: Sheet) => void, RegExp[]]>([
    ['an unknown criterion', (sheet) => { sheet.push(['NP-G77', '', '', '', '', '', 'met']); }, [/:31:1: error: row 31, column id: "NP-G77" is not a criterion or excellence factor of neighbourhood-policing; did you mean "NP-G17"\? \[unknown-criterion\]/]],
    ['a criterion twice', (sheet) => { sheet.push([...(sheet[4] ?? [])]); }, [/:31:1: error: row 31 \(NP-F4\), column id: a second row for NP-F4 \(the first is row 5\) \[duplicate-finding\]/]],
    ['missing rows', (sheet) => { sheet.splice(3, 2); }, [/:1:1: error: no row for NP-F3, NP-F4: every criterion needs a row \(leave its status blank while it is not assessed\) \[missing-finding\]/]],
    ['a row without an id', (sheet) => { fill(sheet, 'NP-G2', { id: '' }); }, [/:1:1: error: no row for NP-G2/, /:13:1: error: row 13, column id: no id/]],
    ['a date not written YYYY-MM-DD', (sheet) => fill(sheet, 'NP-F3', { date: '14/03/2007' }), [/:4:\d+: error: row 4 \(NP-F3\), column date: "14\/03\/2007" is not a date written YYYY-MM-DD \(if a spreadsheet program rewrote it, format the column as text\) \[invalid-value\]/]],
    ['a date outside the period (a warning)', (sheet) => fill(sheet, 'NP-F3', { date: '2005-01-01' }), [/:4:\d+: warning: row 4 \(NP-F3\), column date: the finding for NP-F3 is dated 2005-01-01, outside the assessment period/]],
    ['not-applicable on the dominant criterion', (sheet) => fill(sheet, 'NP-F1', { status: 'not applicable' }), [/:2:\d+: error: row 2 \(NP-F1\), column status: NP-F1 is a dominant criterion and cannot be not-applicable \[always-applicable\]/]],
    ['not-applicable on a factor', (sheet) => fill(sheet, 'beacon', { status: 'not-applicable' }), [/:29:\d+: error: row 29 \(beacon\), column status: an excellence factor is met, partly-met or not-met, never not-applicable \[invalid-value\]/]],
    ['a misspelt column', (sheet) => { (sheet[0] ?? [])[6] = 'staus'; }, [/:1:1: error: row 1: the header has no status column/, /:1:\d+: error: row 1, column 7: unknown column "staus"; did you mean "status"\?/]],
    ['a column twice', (sheet) => { (sheet[0] ?? [])[9] = 'evidence'; }, [/:1:\d+: error: row 1, column 10: a second evidence column \(the first is column 8\) \[duplicate-key\]/]],
  ])('refuses %s, naming the row', async (_name, change, expected) => {
    const run = await importing(await sheetFile(change));
    const lines = errorLines(run.stderr);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(lines[i]).toMatch(pattern));
    expect(run.status).toBe(expected.some((p) => p.source.includes(' error: ')) ? 1 : 0);
  });

  it('says where a quoted cell is left open, and when the file is not UTF-8', async () => {
    const open = join(scratch, 'open.csv');
    writeFileSync(open, 'id,status,evidence\r\nNP-F1,met,"never closed\r\n');
    const run = await importing(open);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${open}:2:11: error: a quoted cell is not closed (a " is missing) [syntax-error]\n`);
    const latin1 = join(scratch, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('id,status,evidence\r\nNP-F1,met,caf\xe9\r\n', 'latin1'));
    const encoded = await importing(latin1);
    expect(encoded.status).toBe(1);
    expect(encoded.stderr).toContain('is not valid UTF-8');
    expect(encoded.stderr).toContain('save the sheet as "CSV UTF-8"');
    const empty = join(scratch, 'empty.csv');
    writeFileSync(empty, '');
    expect((await importing(empty)).stderr).toContain('the sheet is empty: it needs a header row');
  });

  it('needs the force (exit 2), and a sheet that exists (exit 2)', async () => {
    const file = await sheetFile();
    const noForce = await runInProcess(['import', 'neighbourhood-policing', file]);
    expect(noForce.status).toBe(2);
    expect(noForce.stderr).toContain("required option '--force-id <id>' not specified");
    const badId = await runInProcess(['import', 'neighbourhood-policing', file, '--force-id', 'Synthetic Force', '--force-name', 'x']);
    expect(badId.status).toBe(2);
    const missing = await importing(join(scratch, 'no-such.csv'));
    expect(missing.status).toBe(2);
  });

  it('writes --output, never over an existing file without --force, and never over the sheet', async () => {
    const file = await sheetFile();
    const target = join(scratch, 'evidence.json');
    expect((await importing(file, '--output', target)).status).toBe(0);
    const written = readFileSync(target, 'utf8');
    expect(JSON.parse(written)).toMatchObject({ force: { id: 'synthetic-force-01' } });
    writeFileSync(target, 'edited by hand');
    const again = await importing(file, '--output', target);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('it already exists (use --force to replace it)');
    expect(readFileSync(target, 'utf8')).toBe('edited by hand');
    expect((await importing(file, '--output', target, '--force')).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(written);
    const self = await importing(file, '--output', file, '--force');
    expect(self.status).toBe(2);
    expect(readFileSync(file, 'utf8').startsWith('\ufeff"id"')).toBe(true);
  });

  it('gives evidence that grades, and a draft that grades with --allow-incomplete', async () => {
    const target = join(scratch, 'draft.json');
    const file = await sheetFile((sheet) => { fill(sheet, 'NP-G3', { status: '' }); fill(sheet, 'NP-G4', { status: '' }); });
    expect((await importing(file, '--output', target)).status).toBe(0);
    expect((await runInProcess(['neighbourhood-policing', target])).stderr).toContain('2 criteria are not assessed yet (blank status): NP-G3, NP-G4');
    const graded = await runInProcess(['neighbourhood-policing', target, '--allow-incomplete']);
    expect(graded.status).toBe(0);
    expect(graded.stdout).toContain('Grade: EXCELLENT (provisional: 2 criteria not yet assessed)');
  });
});
