/**
 * The findings spreadsheet (`grade template --format csv`, read back by `grade import`): one row
 * per criterion, then one per excellence factor. Shared by its writer and its reader.
 */

/** The columns, in the order the template writes them. */
export const SHEET_COLUMNS = ['id', 'level', 'theme', 'flags', 'statement', 'guidance', 'status', 'evidence', 'sources', 'date'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/**
 * The header of the status column in a scored scheme's sheet, where it holds the score (or
 * not-applicable): `score`. `import` takes either header in either kind of scheme.
 */
export const SCORE_HEADER = 'score';

/** The headers a framework's sheet is written with: `status` becomes `score` in a scored scheme. */
export function sheetHeaders(scored: boolean): string[] {
  return SHEET_COLUMNS.map((column) => (scored && column === 'status' ? SCORE_HEADER : column));
}

/** The columns `import` needs; the others may be missing. */
export const REQUIRED_COLUMNS: readonly SheetColumn[] = ['id', 'status'];

/**
 * The columns `import` reads. The others (level, theme, flags, statement, guidance) describe the
 * criterion for the inspector and are not read back: the criteria file is what counts.
 */
export const READ_COLUMNS: readonly SheetColumn[] = ['id', 'status', 'evidence', 'sources', 'date'];

/** The level column of an excellence factor's row. */
export const FACTOR_LEVEL = 'Excellence factor';

/** Several evidence items (or sources) in one cell: one a line. */
export function joinItems(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}

/** The items of a cell: its lines, each trimmed, blank ones left out. */
export function splitItems(cell: string): string[] {
  return cell.split(/\r\n|\r|\n/).map((item) => item.trim()).filter((item) => item !== '');
}
