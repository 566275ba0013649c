import type { BatchResult } from '../../batch/model.js';
import { csvField, csvLine } from '../../shared/csv.js';

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

/** The advisories' codes joined (a loop: see `stateOf` in src/engine/state.ts for why not map and join). */
function codesOf(advisories: BatchResult['advisories']): string {
  let codes = (advisories[0] as BatchResult['advisories'][number]).code;
  for (let i = 1; i < advisories.length; i++) codes += `${ADVISORY_SEPARATOR}${(advisories[i] as BatchResult['advisories'][number]).code}`;
  return codes;
}

/**
 * One graded file as a CSV line, CRLF-terminated: the good share rounded to four decimals, the
 * deciding rule (`decision.rule`), the advisory codes joined with `;`, `incomplete`; then the
 * limiters that capped the grade (`limited`, joined with `;`, empty when none), the margin (the
 * fewest findings whose worsening drops the grade; empty at the lowest grade or when none would),
 * and the direction of travel from the evidence's previous grade (empty without one).
 */
export function csvRow(result: BatchResult): string {
  const advisories = result.advisories.length === 0 ? '' : vocabularyField(codesOf(result.advisories));
  const limited = result.limiters.length === 0 ? '' : vocabularyField(result.limiters.join(ADVISORY_SEPARATOR));
  const margin = result.margin?.changesNeeded;
  return `${csvField(result.force.id)},${csvField(result.force.name)},${vocabularyField(result.framework)},${vocabularyField(result.grade)},`
    + `${vocabularyField(result.computedGrade)},${result.judged ? 'true' : 'false'},${csvField(String(Number(result.goodShare.toFixed(4))))},`
    + `${csvField(result.file)},${vocabularyField(result.rule)},${advisories},${result.incomplete ? 'true' : 'false'},${limited},`
    + `${margin === undefined || margin === null ? '' : csvField(String(margin))},${result.direction === null ? '' : vocabularyField(result.direction)}\r\n`;
}

/**
 * The field of a value from a batch's small vocabulary (framework, grade, rule, advisory and
 * limiter ids): written once per distinct value, as a batch repeats them on every row.
 */
function vocabularyField(value: string): string {
  let field = vocabulary.get(value);
  if (field === undefined) {
    field = csvField(value);
    if (vocabulary.size < MAX_VOCABULARY) vocabulary.set(value, field);
  }
  return field;
}

const vocabulary = new Map<string, string>();
const MAX_VOCABULARY = 10_000;
