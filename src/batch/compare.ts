import { parseJsonSource } from '../evidence/json-source.js';
import { positionIssues } from '../evidence/load.js';
import { validateBatchDocument } from '../generated/batch-validator.js';
import type { Issue, Loaded } from '../shared/diagnostics.js';
import { readTextFile } from '../io/read-text.js';
import { schemaErrorsToIssues, type SchemaError } from '../shared/schema-issues.js';
import { movementBetween } from '../shared/movement.js';
import { quote } from '../shared/quote.js';
import { byCodeUnit } from '../shared/order.js';
import { BATCH_SCHEMA_VERSION, type BatchFramework, type BatchResult, type Move, type Movement, emptyMovementCounts } from './model.js';

/** The grades of a previous batch (its `--format json` output), by force and framework. */
export interface PreviousBatch {
  file: string;
  grades: Array<{ force: string; name?: string; framework: string; grade: string }>;
}

interface BatchDocument {
  schemaVersion: number;
  results: Array<{ file: string; force: { id: string; name?: string }; framework: { id: string }; grade: string }>;
}

/**
 * What the schema cannot say about a previous batch: it is of the version this grade writes (a
 * later one may mean its fields differently), and it has at most one result per force and
 * framework, as `batch` writes it (with two, which grade it moved from would be a guess).
 */
export function checkPreviousBatch(doc: BatchDocument): Issue[] {
  const issues: Issue[] = [];
  if (doc.schemaVersion !== BATCH_SCHEMA_VERSION) {
    issues.push({ code: 'invalid-value', severity: 'error', path: ['schemaVersion'],
      message: `schemaVersion ${doc.schemaVersion} is not one this grade reads (it reads the batch output of schemaVersion ${BATCH_SCHEMA_VERSION})` });
    return issues;
  }
  const first = new Map<string, number>();
  doc.results.forEach((result, index) => {
    const key = `${result.force.id}\u0000${result.framework.id}`;
    const earlier = first.get(key);
    if (earlier === undefined) { first.set(key, index); return; }
    const other = doc.results[earlier]!;
    issues.push({ code: 'duplicate-result', severity: 'error', path: ['results', index],
      message: `the results for ${quote(result.file)} and ${quote(other.file)} are both for force "${result.force.id}" and framework "${result.framework.id}": a batch has one result for each` });
  });
  return issues;
}

/** Parses a previous `grade batch --format json` output, checked against schemas/batch.schema.json. */
export function parsePreviousBatch(text: string, file: string): Loaded<PreviousBatch> {
  const parsed = parseJsonSource(text, file);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const data = parsed.value.data;
  // A later version's shape may differ by design: say the version, not what its shape lacks.
  const version = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  const otherVersion = Number.isInteger(version) && (version as number) > BATCH_SCHEMA_VERSION;
  const issues = otherVersion || validateBatchDocument(data) ? checkPreviousBatch(data as BatchDocument)
    : schemaErrorsToIssues((validateBatchDocument.errors ?? []) as SchemaError[], data);
  if (issues.length > 0) return { ok: false, diagnostics: positionIssues({ file, source: parsed.value }, issues) };
  const grades = (data as BatchDocument).results.map((r) => ({ force: r.force.id, name: r.force.name ?? r.force.id, framework: r.framework.id, grade: r.grade }));
  return { ok: true, value: { file, grades }, diagnostics: [] };
}

/** Reads and parses a previous batch's JSON output. */
export async function loadPreviousBatch(file: string, maxBytes?: number): Promise<Loaded<PreviousBatch>> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  return parsePreviousBatch(read.value, file);
}

/**
 * Direction of travel: for each force and framework graded now and in the previous batch, the
 * movement of the final grade in the words of a result's `direction` (`movementBetween`):
 * improved, stable, deteriorated, or not-comparable when the previous grade is not one of the
 * framework's scale; per framework, the counts (and how many are new). `results` must already
 * be in report order; the moves keep it. Forces graded before in a framework graded now that
 * have no result now are `absent` (framework order, then force id): a round that lost a force
 * says so rather than reading as all stable.
 */
export function computeMovement(previous: PreviousBatch, frameworks: readonly BatchFramework[], results: readonly BatchResult[]): Movement {
  const before = new Map(previous.grades.map((g) => [`${g.force}\u0000${g.framework}`, g.grade]));
  const counts: Movement['frameworks'] = {};
  for (const framework of frameworks) counts[framework.id] = emptyMovementCounts();
  const ranks = new Map(frameworks.map((f) => [f.id, f.grades.map((g) => g.id)]));
  const rankOf = (framework: string, grade: string) => ranks.get(framework)?.indexOf(grade) ?? -1;
  const moves: Move[] = [];
  for (const result of results) {
    const tally = counts[result.framework];
    const earlier = before.get(`${result.force.id}\u0000${result.framework}`);
    if (earlier === undefined) {
      if (tally) tally.new++;
      continue;
    }
    const direction = movementBetween(rankOf(result.framework, earlier), rankOf(result.framework, result.grade));
    if (tally) tally[direction]++;
    moves.push({ force: result.force, framework: result.framework, previous: earlier, current: result.grade, direction });
  }
  const now = new Set(results.map((r) => `${r.force.id}\u0000${r.framework}`));
  // Only frameworks with a result now: grading one framework does not list every force of the others.
  const graded = new Set(results.map((r) => r.framework));
  const order = new Map(frameworks.filter((f) => graded.has(f.id)).map((f, i) => [f.id, i]));
  const absent = previous.grades
    .filter((g) => order.has(g.framework) && !now.has(`${g.force}\u0000${g.framework}`))
    .map((g) => ({ force: { id: g.force, name: g.name ?? g.force }, framework: g.framework, previous: g.grade }))
    .sort((a, b) => (order.get(a.framework) as number) - (order.get(b.framework) as number) || byCodeUnit(a.force.id, b.force.id));
  return { previous: previous.file, frameworks: counts, moves, absent };
}
