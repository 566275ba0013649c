import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCriteriaFile } from '../criteria/load.js';
import { defaultCriteriaDir } from '../criteria/shipped.js';
import { compareFrameworks, type Criteria } from '../criteria/model.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import { firstError } from '../shared/diagnostics.js';
import { describeFsError } from '../io/read-text.js';
import { WarningCollector, compareErrors, countGrades, missingForces, resultOrder, separateDuplicates } from './aggregate.js';
import { computeMovement, type PreviousBatch } from './compare.js';
import { discoverEvidence } from './discover.js';
import { defaultForcesFile, loadForcesFile, type ForcesRegistry } from './forces.js';
import type { BatchContext, SkippedFile } from './grade-file.js';
import type { Glob } from '../shared/glob.js';
import { moderationList } from './moderation.js';
import { ResultStore } from './result-store.js';
import { BATCH_SCHEMA_VERSION, type BatchError, type BatchFramework, type BatchRun, type BatchResult, type ModerationItem } from './model.js';
import { gradeInOrder, MIN_FILES_FOR_OPTIMIZING, workerCeiling, workerCount, WorkerPool } from './schedule.js';
import { longRun } from '../io/compiler.js';

/** How to grade a batch. */
export interface GradeBatchOptions {
  /** A criteria folder (every `*.yaml` in it) or criteria already loaded; default: the shipped criteria. */
  criteria?: string | readonly Criteria[];
  /** The forces registry; undefined: the one shipped with the package; null: none (no missing list, no warnings). */
  registry?: ForcesRegistry | null;
  /** A previous batch to report movement against (`--compare`). */
  previous?: PreviousBatch | null;
  /** Count missing findings as not met instead of failing the file. */
  allowIncomplete?: boolean;
  /** Largest evidence file read, in bytes. */
  maxFileBytes?: number;
  /**
   * Worker threads at most (default: the number of cores; never more than `workerCeiling`:
   * twice the cores, and what the address-space limit leaves room for); batches of under 2,000
   * files are graded in the calling thread.
   */
  jobs?: number;
  /** Hears the first worker thread that could not start, failed or stopped; the batch goes on without it. */
  onWorkerLost?: (error: Error) => void;
  /** Called for each graded file as soon as it and every file before it (in path order) are graded. */
  onResult?: (result: BatchResult) => void;
  /** Called after each file with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Files and folders found in folders that match one of these are left out (`--exclude`). */
  exclude?: readonly Glob[];
}

interface LoadedCriteria { criteria: Criteria[]; invalid: BatchContext['invalidCriteria']; errors: BatchError[] }

async function loadCriteriaFolder(dir: string, maxBytes?: number): Promise<LoadedCriteria> {
  const loaded: LoadedCriteria = { criteria: [], invalid: [], errors: [] };
  let names: string[];
  try {
    // As frameworkIds (src/cli/criteria-dir.ts): a link or a FIFO so named is read, or is that framework's error.
    names = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  } catch (error) {
    const diagnostic: Diagnostic = { code: 'file-unreadable', severity: 'error', file: dir, line: 1, column: 1, message: `the criteria folder cannot be read: ${describeFsError(error)}` };
    loaded.errors.push({ file: dir, diagnostic, errorCount: 1 });
    return loaded;
  }
  for (const name of names) {
    const file = join(dir, name);
    const result = await loadCriteriaFile(file, maxBytes);
    if (result.ok) { loaded.criteria.push(result.value); continue; }
    const diagnostic = firstError(result.diagnostics) as Diagnostic;
    const errorCount = result.diagnostics.filter((d) => d.severity === 'error').length;
    loaded.errors.push({ file, diagnostic, errorCount });
    loaded.invalid.push({ framework: name.slice(0, -'.yaml'.length), reason: `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}` });
  }
  return loaded;
}

interface Prepared {
  /** The criteria loaded, sorted by framework order. */
  loaded: LoadedCriteria;
  frameworks: BatchFramework[];
  registry: ForcesRegistry | null;
  context: BatchContext;
}

/** The criteria, the registry and the context every file of a batch is graded with. */
async function prepare(paths: readonly string[], options: GradeBatchOptions): Promise<Prepared> {
  const source = options.criteria ?? defaultCriteriaDir();
  const loaded: LoadedCriteria = typeof source === 'string'
    ? await loadCriteriaFolder(source, options.maxFileBytes)
    : { criteria: [...source], invalid: [], errors: [] };
  const criteria = loaded.criteria.sort(compareFrameworks);
  const frameworks: BatchFramework[] = criteria.map((c) => ({ id: c.framework, title: c.title, group: c.group, version: c.version,
    scheme: c.scheme.id, grades: c.scheme.grades, scored: c.scheme.scores !== undefined }));
  const registry = options.registry === undefined ? await shippedRegistry() : options.registry;

  const context: BatchContext = {
    criteria, invalidCriteria: loaded.invalid, allowIncomplete: options.allowIncomplete === true,
    ...(typeof source === 'string' ? { criteriaDir: source } : {}),
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    knownForces: registry ? registry.forces.map((f) => ({ id: f.id, name: f.name })) : null,
    namedFiles: namedFiles(paths),
  };
  return { loaded, frameworks, registry, context };
}

/**
 * Grades every evidence file under `paths` (SPEC §4 `batch`) and sorts what it found into a report:
 * national summary counts, short results, files that could not be graded, warnings, registered
 * forces with no evidence and, with `previous`, the movement since then. One bad file never stops
 * the batch. Each file leaves only its short result behind (a few hundred bytes), never its evidence
 * or its justification.
 */
export async function gradeBatch(paths: readonly string[], options: GradeBatchOptions): Promise<BatchRun> {
  const jobs = options.jobs ?? availableParallelism();
  let most: number | undefined;
  // Asked once, when workers are first wanted: the address space then used is this thread's own.
  const ceiling = () => (most ??= workerCeiling());
  // The walk comes first, and workers start as soon as it has found enough files for them: they
  // start (a few tens of milliseconds each) while it goes on and while the criteria and the
  // registry load, and are handed those when they are (`WorkerPool.provide`).
  let pool: WorkerPool | undefined;
  let started = false;
  const discovered = discoverEvidence(paths, (count) => {
    if (count >= MIN_FILES_FOR_OPTIMIZING) longRun();
    const workers = started ? 0 : workerCount(count, jobs, ceiling);
    if (workers === 0) return;
    started = true;
    pool = WorkerPool.start(undefined, workers);
  }, { exclude: options.exclude ?? [] });

  let prepared: Prepared;
  try {
    prepared = await prepare(paths, options);
  } catch (error) {
    pool?.close();
    throw error;
  }
  const { loaded, frameworks, registry, context } = prepared;
  const { criteria } = loaded;
  pool?.provide(context);
  const errors: BatchError[] = [...loaded.errors, ...discovered.problems.map((diagnostic) => ({ file: diagnostic.file, diagnostic, errorCount: 1 }))];
  const warnings = new WarningCollector();
  const skipped: SkippedFile[] = [];
  const total = discovered.files.length;
  let done = 0;
  // Results are kept as numbers while files are graded, and made into objects after (see ResultStore).
  const store = new ResultStore(criteria, discovered.files);
  const lost = options.onWorkerLost ? { onWorkerLost: options.onWorkerLost } : {};
  for await (const outcomes of gradeInOrder(discovered.files, context, workerCount(total, jobs, ceiling), { pool, ...lost })) {
    for (const outcome of outcomes) {
      for (const warning of outcome.warnings) warnings.add(warning);
      if (outcome.ok) {
        // Outcomes arrive in the order of the files: the store gives each this thread's copy of its path.
        const result = store.add(outcome.result, done);
        options.onResult?.(result);
      } else if ('skipped' in outcome) {
        skipped.push(outcome.skipped);
      } else {
        errors.push(outcome.error);
      }
      done++;
      options.onProgress?.(done, total);
    }
  }

  const { unique, duplicates } = separateDuplicates(store.results());
  const allErrors = [...errors, ...duplicates].sort(compareErrors);
  const reported = frameworksInPlay(frameworks, unique, allErrors);
  const results = unique.sort(resultOrder(reported));
  const warned = warnings.list();
  const run: BatchRun = {
    schemaVersion: BATCH_SCHEMA_VERSION,
    frameworks: reported,
    summary: countGrades(reported, results),
    results,
    errors: allErrors,
    warnings: warned,
    skipped,
    excluded: discovered.excluded ?? 0,
    registry: registry ? { title: registry.title, file: registry.file, forces: registry.forces.length } : null,
    missing: missingForces(reported, registry, results, allErrors),
    movement: options.previous ? computeMovement(options.previous, reported, results) : null,
    moderation: [],
  };
  // Listed when first read: csv, for one, never shows it, and a round of 10,000 files has
  // thousands of items (several milliseconds). The same list whenever it is read.
  let moderation: ModerationItem[] | undefined;
  Object.defineProperty(run, 'moderation', {
    enumerable: true, configurable: true,
    get: () => (moderation ??= moderationList(results, warned, reported)),
    set: (value: ModerationItem[]) => { moderation = value; },
  });
  return run;
}

/**
 * The frameworks a batch reports: those whose grading scheme some evidence in it uses (graded or
 * not), so that a national round of one scheme is not padded with another scheme's frameworks
 * (the shipped PEEL and CQC examples beside HMIC's six); every framework when none does.
 */
function frameworksInPlay(frameworks: readonly BatchFramework[], results: readonly BatchResult[], errors: readonly BatchError[]): BatchFramework[] {
  const schemeOf = new Map(frameworks.map((f) => [f.id, f.scheme]));
  const used = new Set<string>();
  for (const r of results) { const s = schemeOf.get(r.framework); if (s !== undefined) used.add(s); }
  for (const e of errors) { const s = e.framework === undefined ? undefined : schemeOf.get(e.framework); if (s !== undefined) used.add(s); }
  return used.size === 0 ? [...frameworks] : frameworks.filter((f) => used.has(f.scheme));
}

/** The paths given that are files (as the walk writes them): those are graded whatever they hold. */
function namedFiles(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  }).map((path) => join(path));
}

async function shippedRegistry(): Promise<ForcesRegistry> {
  const file = defaultForcesFile();
  const loaded = await loadForcesFile(file);
  if (!loaded.ok) throw new Error(`the shipped forces registry ${file} is invalid: ${loaded.diagnostics[0]?.message ?? 'unknown problem'}`);
  return loaded.value;
}
