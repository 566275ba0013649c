import type { Criteria } from '../criteria/model.js';
import { adoptRegisteredName, forceNamesOf } from '../evidence/force-name.js';
import { checkEvidenceFile, loadEvidenceFile, parseEvidence, positionIssues, type LoadedEvidence } from '../evidence/load.js';
import { decideLoaded, gradeLoaded, type GradeOptions, type GradeOutcome } from '../engine/sequence.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import type { Position } from '../shared/positions.js';
import { firstError } from '../shared/diagnostics.js';
import { cutForMessage, quote } from '../shared/quote.js';
import { readTextFileSync, type ReadOptions } from '../io/read-text.js';
import { notEvidenceReason } from '../evidence/not-evidence.js';
import { unknownFrameworkMessage } from '../shared/unknown-framework.js';
import { toBatchResult, type BatchError, type BatchResult } from './model.js';
import { forceHint } from './force-hint.js';

/** What every file of a batch is graded with; plain data, so it can be handed to a worker thread. */
export interface BatchContext {
  /** The valid criteria, one per framework id. */
  criteria: Criteria[];
  /** Framework ids whose criteria file exists but is invalid, with the file's first error. */
  invalidCriteria: Array<{ framework: string; reason: string }>;
  allowIncomplete: boolean;
  maxFileBytes?: number;
  /** The criteria folder as the user sees it, for messages (none when criteria were given loaded). */
  criteriaDir?: string;
  /**
   * The registered forces; null when no registry is in use (no unknown-force or
   * force-name-mismatch warnings, and every force keeps the name its evidence gives).
   */
  knownForces: Array<{ id: string; name: string }> | null;
  /**
   * The files named on the command line (as found, `join`ed): always graded. Any other file that
   * is plainly not evidence (`notEvidenceReason`) is skipped instead of failing.
   */
  namedFiles?: string[];
}

/** A JSON file found in a folder that is plainly not evidence, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** One file's outcome in a batch. */
export type FileOutcome =
  | { ok: true; result: BatchResult; warnings: Diagnostic[] }
  | { ok: false; error: BatchError; warnings: Diagnostic[] }
  | { ok: false; skipped: SkippedFile; warnings: Diagnostic[] };

/** A grader for one batch: looks criteria up by framework and grades files synchronously. */
export type FileGrader = (file: string) => FileOutcome;

function failure(file: string, diagnostics: readonly Diagnostic[], loaded?: LoadedEvidence): FileOutcome {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const error: BatchError = { file, diagnostic: firstError(errors) as Diagnostic, errorCount: errors.length };
  if (loaded) {
    error.force = { id: loaded.evidence.force.id, name: loaded.evidence.force.name };
    error.framework = loaded.evidence.framework;
  }
  return { ok: false, error, warnings: diagnostics.filter((d) => d.severity === 'warning') };
}

/**
 * Where `force.id`'s value starts, found without a syntax tree: in schema-valid evidence the only
 * key named "id" is force.id. Undefined when the text is written unusually (escapes): then the
 * caller positions it the slow, sure way.
 */
function forceIdPosition(text: string, id: string): Position | undefined {
  let at = text.indexOf('"id"');
  while (at !== -1 && text.charCodeAt(at - 1) === 92) at = text.indexOf('"id"', at + 1);
  if (at === -1) return undefined;
  const colon = /^\s*:\s*/.exec(text.slice(at + 4, at + 64));
  if (!colon) return undefined;
  const offset = at + 4 + colon[0].length;
  if (!text.startsWith(JSON.stringify(id), offset)) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Unknown forces asked about before, per grader: a force's files are usually side by side. */
const REMEMBERED_HINTS = 1024;

/**
 * The did-you-mean of each unknown force (`forceHint`), asked where the file is graded (in the
 * worker threads, not in the thread that collects the results), remembered for the next files.
 */
function unknownForceHints(forces: BatchContext['knownForces']): (force: { id: string; name: string }) => string {
  if (forces === null) return () => '';
  // Made at the first unknown force: a batch of registered forces never folds the registry.
  let hint: ((force: { id: string; name: string }) => string) | undefined;
  const remembered = new Map<string, string>();
  return (force) => {
    hint ??= forceHint(forces);
    const key = `${force.id}\u0000${force.name}`;
    let text = remembered.get(key);
    if (text === undefined) {
      if (remembered.size >= REMEMBERED_HINTS) remembered.clear();
      remembered.set(key, (text = hint(force)));
    }
    return text;
  };
}

// A batch's files are those the folder walk found and took as regular files (discover.ts).
const SEEN_BY_THE_WALK: ReadOptions = { seenRegular: true };

/**
 * Makes the grader of a batch: each file is read, its framework taken from the file, and graded
 * against that framework's criteria with the same checks as `grade <framework> <file>`.
 * Reads synchronously: it runs in worker threads (or a CLI's only thread) one file at a time.
 */
export function createFileGrader(context: BatchContext): FileGrader {
  const byFramework = new Map(context.criteria.map((c) => [c.framework, c]));
  const invalid = new Map(context.invalidCriteria.map((c) => [c.framework, c.reason]));
  const known = context.knownForces ? forceNamesOf(context.knownForces) : undefined;
  const hintFor = unknownForceHints(context.knownForces);
  const frameworkIds = [...byFramework.keys(), ...invalid.keys()];

  const named = new Set(context.namedFiles ?? []);
  /** Evidence whose framework has no valid criteria: the framework is unknown (with the closest), or its criteria are invalid. */
  const noCriteria = (loaded: LoadedEvidence): Diagnostic => {
    const framework = loaded.evidence.framework;
    const reason = invalid.get(framework);
    const message = reason !== undefined
      ? `the criteria for framework ${quote(framework)} are invalid (${reason})`
      : unknownFrameworkMessage(framework, frameworkIds, context.criteriaDir);
    return positionIssues(loaded, [{ code: 'unknown-framework', severity: 'error', path: ['framework'], message }])[0] as Diagnostic;
  };

  const grade = (file: string): FileOutcome => {
    const read = readTextFileSync(file, context.maxFileBytes, SEEN_BY_THE_WALK);
    if (!read.ok) return failure(file, read.diagnostics);
    const parsed = parseEvidence(read.value, file);
    if (!parsed.ok) {
      const reason = named.has(file) ? undefined : notEvidenceReason(read.value);
      if (reason !== undefined) return { ok: false, skipped: { file, reason }, warnings: [] };
      // Unknown keys alone leave a usable model: it still names the force and framework.
      const partial = parsed.partial;
      const renamed = partial ? adoptRegisteredName(partial, known) : undefined;
      const criteria = partial ? byFramework.get(partial.evidence.framework) : undefined;
      const more = !partial ? [] : criteria ? checkEvidenceFile(criteria, partial, { allowIncomplete: context.allowIncomplete }) : [noCriteria(partial)];
      return failure(file, [...parsed.diagnostics, ...more, ...(renamed ? [renamed] : [])], partial);
    }
    const loaded = parsed.value;
    // Before anything else, so that a result or an error names the force the registry's way.
    const renamed = adoptRegisteredName(loaded, known);
    const framework = loaded.evidence.framework;
    const criteria = byFramework.get(framework);
    if (!criteria) return failure(file, [noCriteria(loaded), ...(renamed ? [renamed] : [])], loaded);
    const graded = decideLoaded(criteria, loaded, { allowIncomplete: context.allowIncomplete });
    if (!graded.ok) return failure(file, [...graded.diagnostics, ...(renamed ? [renamed] : [])], loaded);
    const warnings = graded.diagnostics.filter((d) => d.severity === 'warning');
    if (renamed) warnings.push(renamed);
    const force = loaded.evidence.force;
    if (known && !known.has(force.id)) {
      const message = `force ${quote(force.id)} (${cutForMessage(force.name)}) is not in the forces registry${hintFor(force)}`;
      const position = forceIdPosition(read.value, force.id);
      warnings.push(position ? { code: 'unknown-force', severity: 'warning', message, file, ...position }
        : positionIssues(loaded, [{ code: 'unknown-force', severity: 'warning', path: ['force', 'id'], message }])[0] as Diagnostic);
    }
    return { ok: true, result: toBatchResult(graded.decision, loaded.evidence, file), warnings };
  };
  // A fault of grade's on one file (a bug, or a stack exhausted) fails that file alone: the rest of the batch is still graded.
  return (file) => {
    try {
      return grade(file);
    } catch (error) {
      const message = `grade could not grade this file: internal error (${firstLineOf(error)}); the other files are graded`;
      return failure(file, [{ code: 'internal-error', severity: 'error', file, line: 1, column: 1, message }]);
    }
  };
}

/** The first line of an error's message, short. */
function firstLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return cutForMessage(message.split('\n')[0] ?? '');
}

/** The frameworks of a criteria folder (`dir`, as the user sees it), for messages about others. */
export interface KnownFrameworks {
  ids: readonly string[];
  dir: string;
}

/**
 * Evidence that names another framework than the one asked for, and one that has no criteria
 * either (a misspelling): said as `validate` and `batch` say it, with the closest framework id.
 */
function unknownFramework(loaded: LoadedEvidence, criteria: Criteria, options: GradeOptions, known: KnownFrameworks): Diagnostic | undefined {
  const named = loaded.evidence.framework;
  if (typeof named !== 'string' || named === (options.framework ?? criteria.framework) || known.ids.includes(named)) return undefined;
  return positionIssues(loaded, [{ code: 'unknown-framework', severity: 'error', path: ['framework'],
    message: unknownFrameworkMessage(named, known.ids, known.dir) }])[0];
}

/**
 * Reads an evidence file and grades it against the given criteria. With `frameworks`, evidence
 * that names a framework the folder does not have gets the closest one as a did-you-mean.
 */
export async function gradeFile(criteria: Criteria, file: string, options: GradeOptions & { frameworks?: KnownFrameworks } = {}): Promise<GradeOutcome> {
  const loaded = await loadEvidenceFile(file, options.maxFileBytes);
  const readable = loaded.ok ? loaded.value : loaded.partial;
  const unknown = readable && options.frameworks ? unknownFramework(readable, criteria, options, options.frameworks) : undefined;
  if (unknown) return { ok: false, diagnostics: [...loaded.diagnostics, unknown] };
  if (loaded.ok) return gradeLoaded(criteria, loaded.value, options);
  // Unknown keys alone leave a usable model: report its other problems in the same run.
  const more = loaded.partial ? checkEvidenceFile(criteria, loaded.partial, options) : [];
  return { ok: false, diagnostics: [...loaded.diagnostics, ...more] };
}
