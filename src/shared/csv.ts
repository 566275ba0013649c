import { sanitizeForTerminal } from './sanitize.js';

/**
 * CSV (RFC 4180) for spreadsheets, both ways: the writing rules every CSV output shares (`batch
 * --format csv`, `template --format csv`) and the reader `import` uses. Pure.
 */

/**
 * A cell a spreadsheet could run as a formula: its first character that is not whitespace is
 * `=`, `+`, `-` or `@` (spreadsheets may trim the spaces, tabs or line breaks before it on
 * import), or it starts with a tab, carriage return or line feed at all. Leading `'`s are looked
 * past, so that text which itself starts with the neutralising `'` gets one more and
 * `restoreFormulaLike` gives every text back exactly.
 */
const FORMULA_START = /^'*(?:\s*[=+\-@]|[\t\r\n])/;

/** A field none of the rules below changes (most of them): one test instead of three. */
const PLAIN = /^(?!'*\s*[=+\-@])[^",\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;

/**
 * Formula-like text made inert: a leading `'`, which spreadsheets show and keep as text (see
 * `FORMULA_START`); other text as it is.
 */
export function neutralizeFormulaLike(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of `neutralizeFormulaLike`: one leading `'` taken off text it would have neutralised. */
export function restoreFormulaLike(text: string): string {
  return text.startsWith('\'') && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * One CSV field (RFC 4180): a cell that a spreadsheet could run as a formula gets a leading `'`,
 * terminal escape sequences are dropped, and a field with a comma, quote or line break is quoted
 * with its quotes doubled.
 */
export function csvField(value: string): string {
  if (PLAIN.test(value)) return value;
  const text = neutralizeFormulaLike(sanitizeForTerminal(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The byte-order mark that tells a spreadsheet program a CSV file is UTF-8. */
export const UTF8_BOM = '\ufeff';

/** A cell as read, with where it starts: 1-based line and column in the text. */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

/** A record as read: its cells, and its 1-based number (a spreadsheet's row number: the header is row 1). */
export interface CsvRecord {
  row: number;
  line: number;
  cells: CsvCell[];
}

export type CsvParse =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; message: string; line: number; column: number };

/**
 * A quoted cell's value, from just past its opening quote: found with `indexOf` and taken in one
 * slice, as building it a character at a time would hold a rope node (~32 bytes) per character
 * until it is flattened, 40 times the cell's size. Doubled quotes become one; a line break in a
 * cell, however the file ends its lines, is read as one LF. Undefined when no quote closes it.
 */
function readQuoted(text: string, from: number): { value: string; end: number; breaks: number; lastBreakEnd?: number } | undefined {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return undefined;
    if (text[quote + 1] !== '"') {
      const raw = text.slice(from, quote);
      let breaks = 0;
      let lastBreakEnd: number | undefined;
      for (const match of raw.matchAll(/\r\n|\r|\n/g)) {
        breaks++;
        lastBreakEnd = from + match.index + match[0].length;
      }
      const unquoted = raw.includes('"') ? raw.replace(/""/g, '"') : raw;
      const value = breaks > 0 ? unquoted.replace(/\r\n?/g, '\n') : unquoted;
      return { value, end: quote + 1, breaks, ...(lastBreakEnd === undefined ? {} : { lastBreakEnd }) };
    }
    at = quote + 2;
  }
}

/**
 * Reads CSV text (RFC 4180, leniently as spreadsheets write it): records end with CRLF, LF or
 * CR; a field in double quotes may hold commas, quotes (doubled) and line breaks; a quote inside
 * an unquoted field is text. Fields are separated by commas, or by semicolons when the first
 * line has semicolons and no comma (the CSV of spreadsheets set up for a decimal comma). A
 * byte-order mark at the start is skipped; a line break at the end does not start a record.
 * The one error is a quoted field that does not end properly.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r';
  /** Moves past a line break at i (CRLF counts as one). */
  const skipBreak = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
    line++;
    lineStart = i;
  };
  while (i < n) {
    const record: CsvRecord = { row: records.length + 1, line, cells: [] };
    for (;;) {
      const cell: CsvCell = { text: '', line, column: i - lineStart + 1 };
      if (text[i] === '"') {
        const quoted = readQuoted(text, i + 1);
        if (quoted === undefined) return { ok: false, message: 'a quoted cell is not closed (a " is missing)', line: cell.line, column: cell.column };
        i = quoted.end;
        line += quoted.breaks;
        if (quoted.lastBreakEnd !== undefined) lineStart = quoted.lastBreakEnd;
        const value = quoted.value;
        if (i < n && text[i] !== separator && !isBreak(text[i])) {
          return { ok: false, message: `text after the closing quote of a quoted cell (a " inside a quoted cell is written "")`, line, column: i - lineStart + 1 };
        }
        cell.text = value;
      } else {
        const start = i;
        while (i < n && text[i] !== separator && !isBreak(text[i])) i++;
        cell.text = text.slice(start, i);
      }
      record.cells.push(cell);
      if (i < n && text[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    records.push(record);
    if (i < n) skipBreak();
  }
  return { ok: true, records };
}
