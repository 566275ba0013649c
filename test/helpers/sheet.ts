import { parse } from 'csv-parse/sync';
import { runInProcess } from './cli.js';

/** A findings spreadsheet as rows of cells, the header first. */
export type Sheet = string[][];

/** The spreadsheet `grade template <framework> --format csv` writes, read by csv-parse. */
export async function templateSheet(framework: string): Promise<Sheet> {
  const run = await runInProcess(['template', framework, '--format', 'csv']);
  if (run.status !== 0) throw new Error(run.stderr);
  return parse(run.stdout, { bom: true });
}

/** Sets a row's cells by column name. */
export function fill(sheet: Sheet, id: string, cells: Record<string, string>): void {
  const header = sheet[0] ?? [];
  const row = sheet.find((r) => r[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  for (const [name, value] of Object.entries(cells)) {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`no column ${name}`);
    row[index] = value;
  }
}

/**
 * The sheet as a spreadsheet program saves it: every cell quoted (quotes doubled), line breaks in
 * cells kept, records ending in CRLF (or `eol`), with or without a byte-order mark.
 */
export function saveSheet(sheet: Sheet, options: { bom?: boolean; eol?: string; separator?: string } = {}): string {
  const eol = options.eol ?? '\r\n';
  const body = sheet.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(options.separator ?? ',')).join(eol);
  return `${options.bom === false ? '' : '\ufeff'}${body}${eol}`;
}
