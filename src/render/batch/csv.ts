import type { BatchResult } from '../../batch/model.js';
import { sanitizeForTerminal } from '../../shared/sanitize.js';

/**
 * The CSV columns, in order. Columns are only ever added at the end, so a reader that takes them
 * by position keeps working: `rule`, `advisories` and `incomplete` came after `file`.
 */
export const CSV_COLUMNS = ['force_id', 'force_name', 'framework', 'grade', 'computed_grade', 'judged', 'good_share', 'file',
  'rule', 'advisories', 'incomplete'] as const;

/** How the advisory codes of one row are joined in its `advisories` cell (empty for none). */
export const ADVISORY_SEPARATOR = ';';

/**
 * A cell a spreadsheet could run as a formula: its first character that is not whitespace is
 * `=`, `+`, `-` or `@` (spreadsheets may trim the spaces, tabs or line breaks before it on
 * import), or it starts with a tab, carriage return or line feed at all.
 */
const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r\n])/;
/** What sanitizeForTerminal would change (C0/C1 controls but tab and line feed, bidi and invisible marks, line separators). */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A field none of the rules below changes (most of them): one test instead of three. */
const PLAIN = /^(?!\s*[=+\-@])[^",\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;

/**
 * One CSV field (RFC 4180): a cell that a spreadsheet would run as a formula gets a leading `'`,
 * terminal escape sequences are dropped, and a field with a comma, quote or line break is quoted
 * with its quotes doubled.
 */
export function csvField(value: string): string {
  if (PLAIN.test(value)) return value;
  let text = UNSAFE.test(value) ? sanitizeForTerminal(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** The header line, CRLF-terminated. */
export const CSV_HEADER = line(CSV_COLUMNS);

/**
 * One graded file as a CSV line, CRLF-terminated: the good share rounded to four decimals, the
 * deciding rule (`decision.rule`), the advisory codes joined with `;`, and `incomplete`.
 */
export function csvRow(result: BatchResult): string {
  return line([result.force.id, result.force.name, result.framework, result.grade, result.computedGrade,
    String(result.judged), String(Number(result.goodShare.toFixed(4))), result.file,
    result.rule, result.advisories.map((a) => a.code).join(ADVISORY_SEPARATOR), String(result.incomplete)]);
}
