import type { BatchResult } from '../../batch/model.js';
import { csvLine } from '../../shared/csv.js';

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['force_id', 'force_name', 'framework', 'grade', 'computed_grade', 'judged', 'good_share', 'file'] as const;

/** The header line, CRLF-terminated. */
export const CSV_HEADER = csvLine(CSV_COLUMNS);

/** One graded file as a CSV line, CRLF-terminated; the good share rounded to four decimals. */
export function csvRow(result: BatchResult): string {
  return csvLine([result.force.id, result.force.name, result.framework, result.grade, result.computedGrade,
    String(result.judged), String(Number(result.goodShare.toFixed(4))), result.file]);
}
