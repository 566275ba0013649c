import type { Worker } from 'node:worker_threads';
import { createFileGrader, type BatchContext, type FileOutcome } from './grade-file.js';
import { createWire, type WireOutcome } from './wire.js';
import { WorkerPool, type ChunkRequest } from './worker-threads.js';

export { WorkerPool } from './worker-threads.js';

/** Files per message: large enough to hide the message cost, small enough to keep both cores busy. */
const CHUNK_SIZE = 32;
/**
 * Below this many files a batch is graded in the calling thread: a worker's start and its cold
 * compiler are not repaid by fewer files on two cores (figures: docs/performance.md). From here on, workers also keep memory flat (their young
 * generation is capped; the calling thread's cannot be).
 */
export const MIN_FILES_FOR_WORKERS = 2000;
/**
 * From this many files a batch graded in the calling thread is a long run for V8's optimising
 * compiler too: its background work is repaid from here on (the national batch, a few hundred
 * files, is faster without it; figures: docs/performance.md).
 */
export const MIN_FILES_FOR_OPTIMIZING = 600;
/** Files per worker thread at least, once workers are used. */
export const MIN_FILES_PER_WORKER = 1000;
/** Chunks sent but not yet yielded, per worker: bounds the reordering buffer (memory stays flat). */
const AHEAD_PER_WORKER = 4;

/**
 * How many worker threads a batch of `files` files uses with `jobs` allowed: none (grade in the
 * calling thread) for small batches, where starting a thread costs more than it saves; otherwise
 * at least one, even with `jobs` 1, as a worker's heap can be kept small and the caller's cannot.
 */
export function workerCount(files: number, jobs: number): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(Math.max(1, Math.floor(jobs)), Math.floor(files / MIN_FILES_PER_WORKER));
}

/** How a batch grades: the workers it started early. */
export interface GradeInOrderOptions {
  /** Workers already started (see `WorkerPool`); grown to `count` if fewer. */
  pool?: WorkerPool | undefined;
}

/**
 * Grades files and yields their outcomes, a chunk at a time, in the order of `files`, whatever
 * order the workers finish in: the output of a batch never depends on scheduling. With `count`
 * 0 (or no bundled worker, when running unbuilt sources) everything runs in this thread.
 * Otherwise every file goes through the workers: this thread grading while they start, with code
 * its compiler has not yet optimised, cost more than it saved (figures: docs/performance.md).
 */
export async function* gradeInOrder(files: readonly string[], context: BatchContext, count: number,
  { pool: started }: GradeInOrderOptions = {}): AsyncGenerator<FileOutcome[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) chunks.push(files.slice(i, i + CHUNK_SIZE));
  const pool = count > 0 ? started ?? WorkerPool.start(context, count) : undefined;
  if (pool === undefined) {
    started?.close();
    const grade = createFileGrader(context);
    for (const chunk of chunks) yield chunk.map(grade);
    return;
  }
  pool.grow(count);
  // Kept as they came (packed) until their turn: unpacked, they would outlive a collection or two.
  const finished = new Map<number, WireOutcome[]>();
  const { unpack } = createWire(context.criteria);
  const idle: Worker[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  const limit = (pool.size + 1) * AHEAD_PER_WORKER;

  const feed = (worker: Worker): void => {
    const chunk = chunks[nextToSend];
    if (chunk === undefined || nextToSend - nextToYield >= limit) { idle.push(worker); return; }
    worker.postMessage({ id: nextToSend++, files: chunk } satisfies ChunkRequest);
  };
  pool.listen((worker, message) => {
    if ('ready' in message) {
      // Two chunks to start with, so the worker never waits on a round trip.
      feed(worker);
      feed(worker);
    } else {
      finished.set(message.id, message.outcomes);
      feed(worker);
    }
  });
  try {
    while (nextToYield < chunks.length) {
      if (pool.failure) throw pool.failure;
      const outcomes = finished.get(nextToYield);
      if (outcomes !== undefined) {
        const chunk = chunks[nextToYield] as string[];
        finished.delete(nextToYield++);
        for (const worker of idle.splice(0)) feed(worker);
        yield outcomes.map((outcome, i) => unpack(outcome, chunk[i] as string));
      } else {
        await pool.next();
      }
    }
  } finally {
    pool.close();
  }
}
