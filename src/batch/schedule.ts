import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { addressSpace } from '../io/address-space.js';
import { createFileGrader, type BatchContext, type FileOutcome } from './grade-file.js';
import { createWire, type WireOutcome } from './wire.js';
import { WorkerPool, type ChunkRequest } from './worker-threads.js';
import { ChunkQueue } from './chunk-queue.js';

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
 * Worker threads per core at most, whatever --jobs asks: grading is bound by the processor, so
 * more threads than cores only add their heaps and address space.
 */
export const WORKERS_PER_CORE = 2;
/** The address space one worker thread takes, with room to spare (its isolate's reservations; figures: docs/batch.md). */
const WORKER_ADDRESS_SPACE = 640 * 1024 ** 2;
/** The address space kept for this thread's own growth while the workers run. */
const MAIN_ADDRESS_SPACE = 384 * 1024 ** 2;

/**
 * The most worker threads this process may start: WORKERS_PER_CORE a core, and under an
 * address-space limit (`ulimit -v`) only as many as fit beside this thread: V8 aborts the whole
 * process when a new thread cannot reserve its memory, with no error to catch.
 */
export function workerCeiling(cores = availableParallelism(), space = addressSpace()): number {
  const byCores = WORKERS_PER_CORE * Math.max(1, cores);
  if (space === undefined) return byCores;
  return Math.min(byCores, Math.max(0, Math.floor((space.limit - space.used - MAIN_ADDRESS_SPACE) / WORKER_ADDRESS_SPACE)));
}

/**
 * How many worker threads a batch of `files` files uses with `jobs` allowed: none (grade in the
 * calling thread) for small batches, where starting a thread costs more than it saves; otherwise
 * at least one, even with `jobs` 1, as a worker's heap can be kept small and the caller's cannot;
 * never more than `ceiling()` (see `workerCeiling`), asked only when workers are to be used.
 */
export function workerCount(files: number, jobs: number, ceiling: () => number = () => Infinity): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(Math.max(1, Math.floor(jobs)), Math.floor(files / MIN_FILES_PER_WORKER), ceiling());
}

/** How a batch grades: the workers it started early. */
export interface GradeInOrderOptions {
  /** Workers already started (see `WorkerPool`); grown to `count` if fewer. */
  pool?: WorkerPool | undefined;
  /** Hears the first worker that could not start, failed or stopped (the batch goes on without it). */
  onWorkerLost?: (error: Error) => void;
}

/**
 * Grades files and yields their outcomes, a chunk at a time, in the order of `files`, whatever
 * order the workers finish in: the output of a batch never depends on scheduling. With `count`
 * 0 (or no bundled worker, when running unbuilt sources) everything runs in this thread.
 * Otherwise every file goes through the workers: this thread grading while they start, with code
 * its compiler has not yet optimised, cost more than it saved (figures: docs/performance.md).
 * A worker lost on the way has its chunks sent again to the others; with none left, this thread
 * grades the rest.
 */
export async function* gradeInOrder(files: readonly string[], context: BatchContext, count: number,
  { pool: started, onWorkerLost }: GradeInOrderOptions = {}): AsyncGenerator<FileOutcome[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) chunks.push(files.slice(i, i + CHUNK_SIZE));
  const pool = count > 0 ? started ?? WorkerPool.start(context, count) : undefined;
  let grade: ((file: string) => FileOutcome) | undefined;
  const here = (chunk: readonly string[]) => chunk.map((grade ??= createFileGrader(context)));
  if (pool === undefined) {
    started?.close();
    for (const chunk of chunks) yield here(chunk);
    return;
  }
  pool.grow(count);
  const queue = new ChunkQueue(chunks.length, (pool.size + 1) * AHEAD_PER_WORKER);
  // Kept as they came (packed) until their turn: unpacked, they would outlive a collection or two.
  const finished = new Map<number, WireOutcome[]>();
  const { unpack } = createWire(context.criteria);
  let heard = false;

  const feed = (worker: Worker): void => {
    if (!pool.has(worker)) return;
    const id = queue.take(worker);
    if (id !== undefined) worker.postMessage({ id, files: chunks[id] as string[] } satisfies ChunkRequest);
  };
  pool.listen((worker, message) => {
    if ('ready' in message) {
      // Two chunks to start with, so the worker never waits on a round trip.
      feed(worker);
      feed(worker);
    } else {
      queue.done(worker, message.id);
      if (message.id >= queue.yielded && !finished.has(message.id)) finished.set(message.id, message.outcomes);
      feed(worker);
    }
  });
  try {
    while (queue.yielded < chunks.length) {
      for (const { worker, error } of pool.takeLost()) {
        if (!heard) onWorkerLost?.(error);
        heard = true;
        if (worker !== undefined) for (const idle of queue.lose(worker)) feed(idle);
      }
      const id = queue.yielded;
      const outcomes = finished.get(id);
      const chunk = chunks[id] as string[];
      if (outcomes !== undefined) {
        finished.delete(id);
        for (const idle of queue.advance()) feed(idle);
        yield outcomes.map((outcome, i) => unpack(outcome, chunk[i] as string));
      } else if (pool.size === 0) {
        queue.advance();
        yield here(chunk);
      } else {
        await pool.next();
      }
    }
  } finally {
    pool.close();
  }
}
