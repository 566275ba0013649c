import { availableParallelism } from 'node:os';
import { gradeBatch } from '../../batch/batch.js';
import { loadPreviousBatch, type PreviousBatch } from '../../batch/compare.js';
import { defaultForcesFile, loadForcesFile, type ForcesRegistry } from '../../batch/forces.js';
import type { BatchRun } from '../../batch/model.js';
import { batchRenderers, type BatchFormat, type BatchRenderer } from '../../render/batch/index.js';
import { renderBatchProblems } from '../../render/batch/text.js';
import { FIX_AND_RERUN } from '../../render/diagnostics.js';
import { bufferedOutput, writePieces } from '../buffered-output.js';
import { useColor } from '../color.js';
import { criteriaDirOf, displayPath, emit, fitWidth, openEmit, reportDiagnostics, type CommonOptions } from '../common.js';
import { frameworkIds } from '../criteria-dir.js';
import type { Outcome } from '../exit-codes.js';
import type { Io } from '../io.js';
import { createProgress, type Progress } from '../progress.js';
import { assertNamedPath, assertReadableFile } from '../file-targets.js';
import type { ExcludeOptions } from '../exclude.js';
import { shortRun } from '../../io/compiler.js';
import { sanitizeLine } from '../../shared/sanitize.js';

export interface BatchCommandOptions extends CommonOptions, ExcludeOptions {
  forces?: string;
  compare?: string;
  jobs?: number;
  quiet?: boolean;
}

/** Runs `grade batch` (loaded only when the command is used: it brings worker threads and YAML). */
export async function batchCommand(io: Io, paths: string[], options: BatchCommandOptions): Promise<Outcome> {
  shortRun();
  for (const path of paths) assertNamedPath(path, { folders: true });
  const criteriaDir = criteriaDirOf(options, io);
  frameworkIds(criteriaDir);
  const registry = await loadRegistry(io, options);
  if (!registry.ok) return registry.outcome;
  const previous = await loadPrevious(io, options);
  if (!previous.ok) return previous.outcome;

  const renderer: BatchRenderer = batchRenderers[options.format as BatchFormat];
  // A format of one row per file has no place for the round's movement: said, not silently dropped.
  if (options.compare && renderer.kind === 'rows') {
    io.stderr(`grade: warning: --compare adds nothing to --format ${options.format ?? ''} (one row per file); the movement is in the json, text, markdown and html formats\n`);
  }
  const inputs = [...paths, ...(options.forces ? [options.forces] : []), ...(options.compare ? [options.compare] : [])];
  // CSV rows are written as files are graded, buffered into large writes.
  const stream = renderer.kind === 'rows' ? bufferedOutput(openEmit(io, options, inputs)) : undefined;
  if (renderer.kind === 'rows') stream?.write(renderer.header);
  let bar: Progress | undefined;
  let report: BatchRun;
  try {
    report = await gradeBatch(paths, {
      criteria: criteriaDir, registry: registry.value, previous: previous.value, jobs: options.jobs ?? availableParallelism(),
      allowIncomplete: options.allowIncomplete === true, ...(options.maxFileSize ? { maxFileBytes: options.maxFileSize } : {}),
      exclude: options.exclude ?? [],
      ...(renderer.kind === 'rows' ? { onResult: (result) => stream?.write(renderer.row(result)) } : {}),
      onProgress: (count, total) => { (bar ??= createProgress(io, total)).update(count, total); },
      onWorkerLost: (error) => { io.stderr(`grade: warning: a batch worker thread could not start or stopped (${sanitizeLine(error.message)}); the batch goes on with fewer threads, or in the main thread\n`); },
    });
  } catch (error) {
    bar?.finish();
    stream?.abort();
    throw error;
  }
  bar?.finish();
  // Nothing graded and nothing wrong: one error, not tables of zeros (nor a CSV header alone).
  if (report.results.length === 0 && report.errors.length === 0) {
    stream?.abort();
    io.stderr(`grade: error: no evidence files (*.json) found under ${paths.join(', ')}${nothingFoundNote(report)}\n`);
    // As in every command: paths that hold nothing to read are a usage problem; files read and found not evidence, an input problem.
    return report.skipped.length > 0 ? 'input-error' : 'usage-error';
  }
  const quiet = options.quiet === true;
  const renderOptions = { color: !options.output && useColor(io, options.color), quiet, width: fitWidth(io, options) };
  if (renderer.kind === 'rows') await stream?.close();
  // A format that comes in pieces is written as it is made (a national JSON is tens of megabytes).
  else if (renderer.pieces) await writePieces(openEmit(io, options, inputs), renderer.pieces(report, renderOptions));
  else await emit(io, options, renderer.render(report, renderOptions), inputs);

  // CSV has no place for problems, and --output hides them: say them on stderr then.
  if (renderer.kind === 'rows' || options.output) {
    io.stderr(renderBatchProblems(report, { color: useColor(io, options.color, 'stderr'), quiet }));
  }
  return report.errors.length > 0 ? 'input-error' : 'ok';
}

/** Why a batch found nothing: the files it skipped as not evidence, and what --exclude left out. */
function nothingFoundNote(report: BatchRun): string {
  const notes: string[] = [];
  const skipped = report.skipped.length;
  if (skipped > 0) notes.push(`${skipped} JSON ${skipped === 1 ? 'file' : 'files'} skipped as not evidence, such as ${report.skipped[0]?.file ?? ''}`);
  if (report.excluded > 0) notes.push(`${report.excluded} ${report.excluded === 1 ? 'file or folder' : 'files or folders'} left out by --exclude`);
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}

type Step<T> = { ok: true; value: T } | { ok: false; outcome: Outcome };

async function loadRegistry(io: Io, options: BatchCommandOptions): Promise<Step<ForcesRegistry>> {
  const file = options.forces ?? displayPath(io.cwd, defaultForcesFile());
  if (options.forces) assertReadableFile(options.forces);
  const loaded = await loadForcesFile(file, options.maxFileSize);
  if (!loaded.ok) return { ok: false, outcome: reportDiagnostics(io, options, loaded.diagnostics, () => FIX_AND_RERUN) };
  return { ok: true, value: loaded.value };
}

async function loadPrevious(io: Io, options: BatchCommandOptions): Promise<Step<PreviousBatch | null>> {
  if (!options.compare) return { ok: true, value: null };
  assertReadableFile(options.compare);
  const loaded = await loadPreviousBatch(options.compare, options.maxFileSize);
  if (!loaded.ok) return { ok: false, outcome: reportDiagnostics(io, options, loaded.diagnostics, () => FIX_AND_RERUN) };
  return { ok: true, value: loaded.value };
}
