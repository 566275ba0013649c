import { parseJsonSource, type JsonSource } from '../evidence/json-source.js';
import type { GradeResult } from '../engine/result.js';
import { titleOf } from '../criteria/scheme/model.js';
import type { Diagnostic, Issue, Loaded } from '../shared/diagnostics.js';
import { readTextFile } from '../io/read-text.js';
import { quote } from '../shared/quote.js';
import { SuggestionBudget } from '../shared/suggestion-budget.js';
import type { Distribution } from './report-model.js';

/** The national summary read from a `grade batch --format json` result: only its `summary`. */
export interface LoadedNational {
  file: string;
  source: JsonSource;
  /** Framework id → counts of final grades. */
  summary: Map<string, Distribution>;
}

const EXPECTED = 'the output of `grade batch --format json`';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** The grade ids of a framework's scheme, lowest first, when its criteria are known. */
export type GradesOf = (framework: string) => readonly string[] | undefined;

/** How many forces a national summary can count per framework, and where that number comes from. */
export interface ForceCount {
  count: number;
  /** Names the source in messages: "the registry data/forces/england-wales.yaml". */
  source: string;
}

/**
 * The most forces a summary can count per framework (each force has one grade for it): the
 * `registry.forces` the batch wrote, when the file has one; else `fallback` (the caller's
 * registry); else none beyond what a number holds exactly.
 */
function forceCountOf(data: Record<string, unknown>, fallback: ForceCount | undefined): ForceCount | undefined {
  const registry = data.registry;
  const count = isObject(registry) ? registry.forces : undefined;
  if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) return { count, source: 'the registry this summary gives (registry.forces)' };
  return fallback;
}

function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
}

/**
 * Checks the loose shape `--national` needs: an object whose `summary` maps framework ids to
 * `{excellent, good, fair, poor}` counts: whole numbers of forces, from 0 to the number of
 * forces (see forceCountOf), and together no more than it. Everything else in the file, and any
 * further keys, are ignored, so later versions of `batch` stay readable. Pure.
 */
export function checkNationalShape(data: unknown, forces?: ForceCount, gradesOf: GradesOf = () => undefined): { issues: Issue[]; summary: Map<string, Distribution> } {
  const issues: Issue[] = [];
  const summary = new Map<string, Distribution>();
  const error = (code: Issue['code'], path: Issue['path'], message: string, atKey = false): void => {
    issues.push({ code, severity: 'error', path, message, ...(atKey ? { atKey } : {}) });
  };
  if (!isObject(data)) {
    error('invalid-type', [], `a national summary must be a JSON object (${EXPECTED}), not ${describe(data)}`);
    return { issues, summary };
  }
  if (!Object.hasOwn(data, 'summary')) {
    error('missing-key', [], `no "summary" key: --national expects ${EXPECTED}`);
    return { issues, summary };
  }
  if (!isObject(data.summary)) {
    error('invalid-type', ['summary'], `"summary" must be an object mapping framework ids to grade counts, not ${describe(data.summary)}`);
    return { issues, summary };
  }
  const bound = forceCountOf(data, forces);
  const range = bound ? `from 0 to ${bound.count} (the forces in ${bound.source})` : '(0 or more)';
  for (const [framework, counts] of Object.entries(data.summary)) {
    const path = ['summary', framework];
    if (!isObject(counts)) {
      error('invalid-type', path, `summary.${framework} must be an object of grade counts ({${(gradesOf(framework) ?? ['<grade>']).join(', ')}}), not ${describe(counts)}`);
      continue;
    }
    let valid = true;
    const grades = gradesOf(framework) ?? Object.keys(counts);
    for (const grade of grades) {
      const count = counts[grade];
      if (count === undefined) error('missing-key', path, `summary.${framework} has no "${grade}" count`);
      else if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || (bound !== undefined && count > bound.count)) {
        error('invalid-value', [...path, grade], `summary.${framework}.${grade} must be a whole number of forces ${range}, not ${shown(count)}`);
      } else continue;
      valid = false;
    }
    if (!valid) continue;
    const distribution: Distribution = Object.fromEntries(grades.map((g) => [g, counts[g] as number]));
    const total = grades.reduce((sum, g) => sum + (distribution[g] ?? 0), 0);
    if (bound !== undefined && total > bound.count) {
      error('invalid-value', path, `summary.${framework} counts ${total} forces in all, more than the ${bound.count} forces in ${bound.source}`);
    } else if (!Number.isSafeInteger(total)) {
      error('invalid-value', path, `summary.${framework} counts more forces in all than a number holds exactly`);
    } else summary.set(framework, distribution);
  }
  return { issues, summary };
}

function positioned(file: string, source: JsonSource, issues: readonly Issue[]): Diagnostic[] {
  return issues.map((issue) => ({ code: issue.code, severity: issue.severity, message: issue.message, file, ...source.locate(issue.path, issue.atKey) }));
}

/**
 * Parses the text of a national summary file; JSON and shape problems are positioned diagnostics.
 * `forces` bounds the counts when the file names no registry of its own (see checkNationalShape).
 */
export function parseNational(text: string, file: string, forces?: ForceCount, gradesOf?: GradesOf): Loaded<LoadedNational> {
  const parsed = parseJsonSource(text, file);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const { issues, summary } = checkNationalShape(parsed.value.data, forces, gradesOf);
  const diagnostics = positioned(file, parsed.value, issues);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, value: { file, source: parsed.value, summary }, diagnostics: [] };
}

/** Reads and parses a national summary file (`--national`). */
export async function loadNational(file: string, maxBytes?: number, forces?: ForceCount, gradesOf?: GradesOf): Promise<Loaded<LoadedNational>> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  return parseNational(read.value, file, forces, gradesOf);
}

/**
 * A warning for each framework of a national summary that is not among `frameworks` (the
 * criteria's), with the closest id, positioned at its key: its counts are never shown, and a
 * typo or a summary of other criteria was dropped without a word. Further keys of an entry stay
 * ignored (see checkNationalShape): a misspelt grade already leaves its own count missing.
 */
export function checkNationalEntries(national: LoadedNational, frameworks: readonly string[]): Diagnostic[] {
  const summary = (national.source.data as { summary: Record<string, unknown> }).summary;
  const issues: Issue[] = [];
  const suggestions = new SuggestionBudget();
  const known = new Set(frameworks);
  for (const framework of Object.keys(summary)) {
    if (known.has(framework)) continue;
    issues.push({ code: 'unknown-framework', severity: 'warning', path: ['summary', framework], atKey: true,
      message: `the national summary has an entry for ${quote(framework)}, which is not a framework of the criteria: its counts are not used${suggestions.didYouMean(framework, frameworks)}` });
  }
  return positioned(national.file, national.source, issues);
}

/**
 * Warnings where the national summary does not fit the force's results: a framework it has no
 * entry for (that section then says so), or one whose counts have no force at the force's own
 * grade (likely a summary of another inspection). Positioned in the national file.
 */
export function checkNationalAgainst(national: LoadedNational, results: readonly GradeResult[]): Diagnostic[] {
  const issues: Issue[] = [];
  for (const result of results) {
    const id = result.framework.id;
    const counts = national.summary.get(id);
    if (!counts) {
      issues.push({ code: 'missing-key', severity: 'warning', path: ['summary'],
        message: `the national summary has no entry for ${id}; the report shows no national distribution for it` });
    } else if ((counts[result.grade] ?? 0) === 0) {
      const title = titleOf(result.scheme.grades, result.grade);
      issues.push({ code: 'national-mismatch', severity: 'warning', path: ['summary', id, result.grade],
        message: `the national summary counts no ${title} grade for ${id}, but ${result.force.name} is graded ${title}: is it the summary of the same inspection?` });
    }
  }
  return positioned(national.file, national.source, issues);
}
