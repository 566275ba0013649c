import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createFileGrader, type BatchContext, type FileOutcome } from './grade-file.js';

/** A chunk of files sent to a worker, and its reply. */
export interface ChunkRequest { id: number; files: string[] }
export interface ChunkReply { id: number; outcomes: FileOutcome[] }

/** Files per message: large enough to hide the message cost, small enough to keep both cores busy. */
const CHUNK_SIZE = 32;
/** A worker is started only for at least this many files: starting one costs about as much as grading them. */
export const MIN_FILES_PER_WORKER = 100;
/** Chunks sent but not yet yielded, per worker: bounds the reordering buffer (memory stays flat). */
const AHEAD_PER_WORKER = 4;
const WORKER_FILE = 'batch-worker.js';

/** The bundled worker entry (dist/batch-worker.js), or undefined when running unbundled sources without a build. */
function workerScript(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    for (const candidate of [join(dir, WORKER_FILE), join(dir, 'dist', WORKER_FILE)]) if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** How many worker threads a batch of `files` files uses with `jobs` allowed (0: grade in this thread). */
export function workerCount(files: number, jobs: number): number {
  const count = Math.min(Math.max(1, Math.floor(jobs)), Math.floor(files / MIN_FILES_PER_WORKER));
  return count >= 2 ? count : 0;
}

/**
 * Grades files and yields their outcomes in the order of `files`, whatever order the workers
 * finish in: the output of a batch never depends on scheduling. With fewer than two workers'
 * worth of files (or `jobs` 1) everything runs in this thread.
 */
export async function* gradeInOrder(files: readonly string[], context: BatchContext, jobs: number): AsyncGenerator<FileOutcome> {
  const count = workerCount(files.length, jobs);
  const script = count > 0 ? workerScript() : undefined;
  if (script === undefined) {
    const grade = createFileGrader(context);
    for (const file of files) yield grade(file);
    return;
  }
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) chunks.push(files.slice(i, i + CHUNK_SIZE));
  const finished = new Map<number, FileOutcome[]>();
  const idle: Worker[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const limit = count * AHEAD_PER_WORKER;

  const feed = (worker: Worker): void => {
    const chunk = chunks[nextToSend];
    if (chunk === undefined || nextToSend - nextToYield >= limit) { idle.push(worker); return; }
    worker.postMessage({ id: nextToSend++, files: chunk } satisfies ChunkRequest);
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(script, { workerData: context });
    worker.on('message', (reply: ChunkReply) => { finished.set(reply.id, reply.outcomes); feed(worker); wake?.(); });
    worker.on('error', (error) => { failure ??= error; wake?.(); });
    worker.on('exit', (code) => { if (code !== 0) failure ??= new Error(`a batch worker stopped with exit code ${code}`); wake?.(); });
    return worker;
  });
  try {
    // Two chunks each to start with, so no worker waits on a round trip.
    for (const worker of [...workers, ...workers]) feed(worker);
    while (nextToYield < chunks.length) {
      if (failure) throw failure;
      const outcomes = finished.get(nextToYield);
      if (outcomes === undefined) {
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      finished.delete(nextToYield++);
      for (const worker of idle.splice(0)) feed(worker);
      yield* outcomes;
    }
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
