import type { Criteria } from '../criteria/model.js';
import { parseCsv, restoreFormulaLike, type CsvCell, type CsvRecord } from '../shared/csv.js';
import type { Diagnostic, DiagnosticCode, Issue, Loaded, Severity } from '../shared/diagnostics.js';
import { STATUSES, type Status } from '../shared/grades.js';
import { quote } from '../shared/quote.js';
import { didYouMean } from '../shared/suggest.js';
import { checkEvidence } from './check.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { notAssessed } from './drafts.js';
import { NOT_ASSESSED, type Evidence, type FactorFinding, type Finding, type NotAssessed } from './model.js';
import { READ_COLUMNS, REQUIRED_COLUMNS, SCORE_HEADER, SHEET_COLUMNS, sheetHeaders, splitItems, type SheetColumn } from './sheet.js';

/** What `importFindingsCsv` needs besides the sheet: the force the evidence is for. */
export interface ImportOptions {
  force: { id: string; name: string };
}

/** Where each finding and factor of the evidence came from: its row and cells. */
interface RowSource {
  row: number;
  id: string;
  cells: Partial<Record<SheetColumn, CsvCell>>;
  record: CsvRecord;
}

const STATUS_LIST = `${STATUSES.join(', ')}, or blank while not assessed yet`;

/** A status cell as the inspector may type it: any letter case, spaces or underscores for hyphens. */
function normaliseStatus(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/-+/g, '-');
}

/** The status a typed word most likely means: the only one it begins, else the closest. */
function statusHint(typed: string, allowed: readonly string[]): string {
  const word = normaliseStatus(typed);
  const starting = word === '' ? [] : allowed.filter((s) => s.startsWith(word));
  const [only] = starting;
  if (only !== undefined && starting.length === 1) return `; did you mean ${quote(only)}?`;
  return didYouMean(word, allowed);
}

/**
 * Turns a findings spreadsheet (the CSV that `grade template --format csv` writes, filled in)
 * into evidence, or diagnostics that name the row and column of each problem (`row 14 (NP-G7),
 * column status: "partly" is not a status; did you mean "partly-met"?`), positioned at the cell.
 * Pure: text in, evidence or diagnostics out.
 *
 * Columns are found by their header (any order, any letter case); only id and status are
 * required, and only id, status, evidence, sources and date are read (the rest describe the
 * criterion and may be edited freely). Text in columns without a header is not imported, and a
 * warning says so; rows with nothing in them are ignored. A blank status is a finding not assessed yet (the evidence is then a
 * draft: a warning says which). Several items in an evidence or sources cell are its lines.
 */
export function importFindingsCsv(criteria: Criteria, text: string, file: string, options: ImportOptions): Loaded<Evidence> {
  const diagnostics: Diagnostic[] = [];
  const at = (cell: Pick<CsvCell, 'line' | 'column'>, code: DiagnosticCode, message: string, severity: Severity = 'error') =>
    diagnostics.push({ code, severity, message, file, line: cell.line, column: cell.column });
  const failed = (): Loaded<Evidence> => ({ ok: false, diagnostics });

  const parsed = parseCsv(text);
  if (!parsed.ok) {
    at(parsed, 'syntax-error', parsed.message);
    return failed();
  }
  const [header, ...rows] = parsed.records;
  const start = { line: 1, column: 1 };
  if (!header || header.cells.every((c) => c.text.trim() === '')) {
    at(start, 'missing-key', `the sheet is empty: it needs a header row (${SHEET_COLUMNS.join(', ')}) and a row per criterion (see \`grade template ${criteria.framework} --format csv\`)`);
    return failed();
  }

  // The header: which column holds what. A scored scheme's sheet heads its status column
  // "score" (either header is taken); messages name the column by the header the sheet has.
  const scored = criteria.scheme.scores !== undefined;
  const headers = sheetHeaders(scored);
  const columnOf = new Map<SheetColumn, number>();
  let statusHeader = scored ? SCORE_HEADER : 'status';
  header.cells.forEach((cell, index) => {
    const name = cell.text.trim().toLowerCase();
    if (name === '') return;
    const known = name === SCORE_HEADER ? 'status' : SHEET_COLUMNS.find((c) => c === name);
    if (!known) {
      at(cell, 'unknown-key', `row 1, column ${index + 1}: unknown column ${quote(cell.text)}${didYouMean(name, headers)} (the sheet's columns are ${headers.join(', ')})`);
    } else if (columnOf.has(known)) {
      at(cell, 'duplicate-key', `row 1, column ${index + 1}: a second ${known === 'status' ? `${SCORE_HEADER} or status` : known} column (the first is column ${(columnOf.get(known) ?? 0) + 1})`);
    } else {
      columnOf.set(known, index);
      if (known === 'status') statusHeader = name;
    }
  });
  for (const required of REQUIRED_COLUMNS) {
    const named = required === 'status' ? (scored ? SCORE_HEADER : 'status') : required;
    if (!columnOf.has(required)) at(header.cells[0] ?? start, 'missing-key', `row 1: the header has no ${named} column (the sheet's columns are ${headers.join(', ')})`);
  }
  if (diagnostics.length > 0) return failed();

  // The rows: each names a criterion or factor once.
  const criterionIds = new Set(criteria.criteria.map((c) => c.id));
  const factorIds = new Set(criteria.excellence.map((f) => f.id));
  const known = [...criterionIds, ...factorIds];
  const byId = new Map<string, RowSource>();
  const unheaded: { count: number; first?: { cell: CsvCell; row: number; column: number } } = { count: 0 };
  for (const record of rows) {
    const cells: RowSource['cells'] = {};
    for (const column of READ_COLUMNS) {
      const index = columnOf.get(column);
      const cell = index === undefined ? undefined : record.cells[index];
      if (cell) cells[column] = cell;
    }
    if (record.cells.every((c) => c.text.trim() === '')) continue;
    // Text under no header is not imported: counted, and said once below (a notes column stays allowed).
    record.cells.forEach((c, index) => {
      if (c.text.trim() === '' || (header.cells[index]?.text.trim() ?? '') !== '') return;
      unheaded.count++;
      unheaded.first ??= { cell: c, row: record.row, column: index + 1 };
    });
    const idCell = cells.id ?? { text: '', line: record.line, column: 1 };
    const id = idCell.text.trim();
    if (id === '') {
      at(idCell, 'missing-key', `row ${record.row}, column id: no id (each row names a criterion or excellence factor of ${criteria.framework})`);
      continue;
    }
    if (!criterionIds.has(id) && !factorIds.has(id)) {
      at(idCell, 'unknown-criterion', `row ${record.row}, column id: ${quote(id)} is not a criterion or excellence factor of ${criteria.framework}${didYouMean(id, known)}`);
      continue;
    }
    const first = byId.get(id);
    if (first) {
      at(idCell, 'duplicate-finding', `row ${record.row} (${id}), column id: a second row for ${id} (the first is row ${first.row})`);
      continue;
    }
    byId.set(id, { row: record.row, id, cells, record });
  }

  if (unheaded.first) {
    const { cell, row, column } = unheaded.first;
    at(cell, 'unknown-key', `row ${row}, column ${column}: ${unheaded.count === 1 ? 'text in a column with no header is' : `${unheaded.count} cells of text in columns with no header are`} not imported; give the column a header (evidence, sources) to import it`, 'warning');
  }
  const where = (source: RowSource, column: SheetColumn) => `row ${source.row} (${source.id}), column ${column === 'status' ? statusHeader : column}`;
  const cellOf = (source: RowSource, column: SheetColumn) => source.cells[column] ?? { text: '', line: source.record.line, column: 1 };

  const scores = criteria.scheme.scores;
  function statusOf(source: RowSource, factor: boolean): Status | NotAssessed | undefined {
    const cell = cellOf(source, 'status');
    const word = normaliseStatus(cell.text);
    if (word === '') return NOT_ASSESSED;
    // A scored scheme's criterion row holds a score (read by scoreOf), or not-applicable.
    const allowed: readonly string[] = factor ? STATUSES.filter((s) => s !== 'not-applicable') : scores ? ['not-applicable'] : STATUSES;
    const status = allowed.find((s) => s === word);
    if (status) return status as Status;
    if (factor && word === 'not-applicable') {
      at(cell, 'invalid-value', `${where(source, 'status')}: an excellence factor is met, partly-met or not-met, never not-applicable`);
    } else if (scores && !factor) {
      at(cell, 'invalid-value', `${where(source, 'status')}: ${quote(cell.text.trim())} is not a score: write a whole number from ${scores.min} to ${scores.max}, not-applicable, or leave it blank while not assessed yet${/^[a-z-]+$/.test(word) ? statusHint(cell.text, allowed) : ''}`);
    } else {
      at(cell, 'invalid-value', `${where(source, 'status')}: ${quote(cell.text.trim())} is not a status${statusHint(cell.text, allowed)} (the statuses are ${STATUS_LIST})`);
    }
    return undefined;
  }
  /** A whole number in the status column of a scored scheme's row: its score (its range is checked with the evidence). */
  function scoreOf(source: RowSource): number | undefined {
    if (!criteria.scheme.scores) return undefined;
    const text = cellOf(source, 'status').text.trim();
    return /^\d+$/.test(text) ? Number(text) : undefined;
  }
  const itemsOf = (source: RowSource, column: 'evidence' | 'sources') => splitItems(restoreFormulaLike(source.cells[column]?.text ?? ''));

  const findingSources: RowSource[] = [];
  const findings: Finding[] = [];
  for (const criterion of criteria.criteria) {
    const source = byId.get(criterion.id);
    if (!source) continue;
    // In a scored scheme the status column holds the score (or not-applicable).
    const scored = scoreOf(source);
    const status = scored === undefined ? statusOf(source, false) : undefined;
    // Blank in a scored scheme: `score: null`, as the JSON template writes it.
    const blank = (status ?? NOT_ASSESSED) === NOT_ASSESSED;
    const finding: Finding = { criterion: criterion.id,
      ...(scored !== undefined ? { score: scored } : scores && blank ? { score: null } : { status: status ?? NOT_ASSESSED }),
      evidence: itemsOf(source, 'evidence'), sources: itemsOf(source, 'sources') };
    const dateCell = source.cells.date;
    const date = dateCell?.text.trim() ?? '';
    if (dateCell && date !== '') {
      if (isCalendarDate(date)) finding.date = date;
      else at(dateCell, 'invalid-value', `${where(source, 'date')}: ${quote(date)} is not a date written YYYY-MM-DD (if a spreadsheet program rewrote it, format the column as text)`);
    }
    findingSources.push(source);
    findings.push(finding);
  }
  const factorSources: RowSource[] = [];
  const excellence: FactorFinding[] = [];
  for (const factor of criteria.excellence) {
    const source = byId.get(factor.id);
    if (!source) continue;
    const status = statusOf(source, true);
    const dateCell = source.cells.date;
    if (dateCell && dateCell.text.trim() !== '') at(dateCell, 'invalid-value', `${where(source, 'date')}: an excellence factor's row takes no date`);
    factorSources.push(source);
    excellence.push({ factor: factor.id, status: (status ?? NOT_ASSESSED) as FactorFinding['status'], evidence: itemsOf(source, 'evidence'), sources: itemsOf(source, 'sources') });
  }
  const missing = criteria.criteria.filter((c) => !byId.has(c.id)).map((c) => c.id);
  if (missing.length > 0) {
    at(header.cells[0] ?? start, 'missing-finding', `no row for ${missing.join(', ')}: every criterion needs a row (leave its status blank while it is not assessed)`);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return failed();

  const evidence: Evidence = {
    framework: criteria.framework,
    criteriaVersion: criteria.version,
    force: options.force,
    findings,
    ...(excellence.length > 0 ? { excellence } : {}),
  };

  // The checks every evidence file gets (not-applicable on a dominant criterion, a date outside
  // the period, …), told by row and column. Blank statuses make a draft: said once, as a warning.
  const sayAtRow = (issue: Issue): void => {
    const [section, index, field] = issue.path;
    const sources = section === 'findings' ? findingSources : section === 'excellence' ? factorSources : [];
    const source = typeof index === 'number' ? sources[index] : undefined;
    if (!source) {
      at(header.cells[0] ?? start, issue.code, issue.message, issue.severity);
      return;
    }
    const column: SheetColumn = field === 'date' || field === 'evidence' || field === 'sources' ? field : 'status';
    at(cellOf(source, column), issue.code, `${where(source, column)}: ${issue.message}`, issue.severity);
  };
  for (const issue of checkEvidence(criteria, evidence, { allowIncomplete: true })) sayAtRow(issue);
  const draft = notAssessed(evidence);
  const blank = [...draft.criteria, ...draft.factors];
  if (blank.length > 0) {
    const firstBlank = byId.get(blank[0] ?? '');
    at(firstBlank ? cellOf(firstBlank, 'status') : start, 'not-assessed',
      `the evidence is a draft: ${blank.length === 1 ? `1 ${statusHeader} is` : `${blank.length} ${statusHeader === SCORE_HEADER ? 'scores' : 'statuses'} are`} still blank (${blank.join(', ')}); it grades with --allow-incomplete until ${blank.length === 1 ? 'it is' : 'they are'} filled in`, 'warning');
  }
  if (diagnostics.some((d) => d.severity === 'error')) return failed();
  return { ok: true, value: evidence, diagnostics };
}
