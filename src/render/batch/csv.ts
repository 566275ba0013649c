import type { BatchResult } from '../../batch/model.js';
import { csvLine } from '../../shared/csv.js';

/**
 * The CSV columns, in order. Columns are only ever added at the end, so a reader that takes them
 * by position keeps working: `rule`, `advisories` and `incomplete` came after `file`.
 */
export const CSV_COLUMNS = ['force_id', 'force_name', 'framework', 'grade', 'computed_grade', 'judged', 'good_share', 'file',
  'rule', 'advisories', 'incomplete', 'limited', 'margin', 'direction'] as const;

/** How the advisory codes of one row are joined in its `advisories` cell (empty for none). */
export const ADVISORY_SEPARATOR = ';';

/** The header line, CRLF-terminated. */
export const CSV_HEADER = csvLine(CSV_COLUMNS);

/**
 * One graded file as a CSV line, CRLF-terminated: the good share rounded to four decimals, the
 * deciding rule (`decision.rule`), the advisory codes joined with `;`, `incomplete`; then the
 * limiters that capped the grade (`limited`, joined with `;`, empty when none), the margin (the
 * fewest findings whose worsening drops the grade; empty at the lowest grade or when none would),
 * and the direction of travel from the evidence's previous grade (empty without one).
 */
export function csvRow(result: BatchResult): string {
  return csvLine([result.force.id, result.force.name, result.framework, result.grade, result.computedGrade,
    String(result.judged), String(Number(result.goodShare.toFixed(4))), result.file,
    result.rule, result.advisories.map((a) => a.code).join(ADVISORY_SEPARATOR), String(result.incomplete),
    result.limiters.join(ADVISORY_SEPARATOR), result.margin?.changesNeeded?.toString() ?? '', result.direction ?? '']);
}
