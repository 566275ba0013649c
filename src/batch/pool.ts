import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { createFileGrader, type BatchContext, type FileGrader, type FileOutcome } from './grade-file.js';
import { createWire, type WireOutcome } from './wire.js';

/** A chunk of files sent to a worker, and its reply. */
export interface ChunkRequest { id: number; files: string[] }
export interface ChunkReply { id: number; outcomes: WireOutcome[] }

/** Files per message: large enough to hide the message cost, small enough to keep both cores busy. */
const CHUNK_SIZE = 32;
/**
 * Below this many files a batch is graded in the calling thread: starting a worker (Node's
 * bootstrap, compiling its code) costs about as much as grading a thousand files, and on two
 * cores the second one repays that only for large batches (measured with npm run bench).
 */
export const MIN_FILES_FOR_WORKERS = 2000;
/** Files per worker thread at least, once workers are used. */
export const MIN_FILES_PER_WORKER = 1000;
/** Chunks sent but not yet yielded, per worker: bounds the reordering buffer (memory stays flat). */
const AHEAD_PER_WORKER = 4;
/**
 * A worker's young generation, in MB. Each file's objects die young; V8's default lets every
 * thread grow it to tens of MB over a long run, so it is capped to keep the peak memory of a
 * 20,000-file batch close to that of a 2,000-file one. 16 MB rather than less: at 4 MB the
 * scavenges took a fifth of the batch's time (measured with npm run bench).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * The worker entry (bin/batch-worker.js, which loads the bundled dist/batch-worker.cjs), found
 * beside the package this module belongs to; undefined when running unbundled sources without a
 * build.
 */
function workerScript(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const entry = join(dir, 'bin', 'batch-worker.js');
    if (existsSync(join(dir, 'dist', 'batch-worker.cjs')) && existsSync(entry)) return entry;
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * How many worker threads a batch of `files` files uses with `jobs` allowed: none (grade in the
 * calling thread) for small batches, where starting a thread costs more than it saves; otherwise
 * at least one, even with `jobs` 1, as a worker's heap can be kept small and the caller's cannot.
 */
export function workerCount(files: number, jobs: number): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(Math.max(1, Math.floor(jobs)), Math.floor(files / MIN_FILES_PER_WORKER));
}

/** The first message of a worker: its criteria are loaded and it can take chunks. */
export interface WorkerReady { ready: true }

const nextTurn = (): Promise<void> => new Promise((resolve) => { setImmediate(resolve); });

type WorkerMessage = ChunkReply | WorkerReady;

/**
 * The worker threads of one batch. A batch starts them as soon as its folder walk has found
 * enough files, so that they start while the walk goes on; messages that arrive before anyone
 * listens are kept for the listener.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly early: Array<[Worker, WorkerMessage]> = [];
  private handler: ((worker: Worker, message: WorkerMessage) => void) | undefined;
  private wakeUp: (() => void) | undefined;
  /** The first error or unexpected exit of a worker. */
  failure: Error | undefined;

  private constructor(private readonly script: string, private readonly context: BatchContext) {}

  /** Starts `count` workers; undefined when there is no built worker (unbundled sources). */
  static start(context: BatchContext, count: number): WorkerPool | undefined {
    const script = workerScript();
    if (script === undefined) return undefined;
    const pool = new WorkerPool(script, context);
    pool.grow(count);
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** Starts more workers, up to `count` in all. */
  grow(count: number): void {
    // Required here, not imported: a batch graded in this thread never loads worker threads
    // (nor the stream modules they bring).
    const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    while (this.workers.length < count) {
      const worker = new WorkerThread(this.script, { workerData: this.context, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.on('message', (message: WorkerMessage) => {
        if (this.handler) this.handler(worker, message);
        else this.early.push([worker, message]);
        this.wakeUp?.();
      });
      worker.on('error', (error) => { this.failure ??= error; this.wakeUp?.(); });
      worker.on('exit', (code) => { if (code !== 0) this.failure ??= new Error(`a batch worker stopped with exit code ${code}`); this.wakeUp?.(); });
      this.workers.push(worker);
    }
  }

  /** Hands every message, from now and from before, to `handler`. */
  listen(handler: (worker: Worker, message: WorkerMessage) => void): void {
    this.handler = handler;
    for (const [worker, message] of this.early.splice(0)) handler(worker, message);
  }

  /** Resolves at the next message, error or exit of a worker. */
  next(): Promise<void> {
    return new Promise<void>((resolve) => { this.wakeUp = resolve; });
  }

  /**
   * Stops the workers. Not awaited: the threads wind down on their own, and neither the batch
   * nor the process waits for them (a few milliseconds at the end of every batch).
   */
  close(): void {
    for (const worker of this.workers) {
      worker.removeAllListeners('exit');
      worker.unref();
      void worker.terminate().catch(() => undefined);
    }
  }
}

/** How a batch grades: the workers it started early, and whether this thread helps while they start. */
export interface GradeInOrderOptions {
  /** Workers already started (see `WorkerPool`); grown to `count` if fewer. */
  pool?: WorkerPool | undefined;
  /** False sends every file through the workers (tests). */
  helpWhileStarting?: boolean;
}

/**
 * Grades files and yields their outcomes, a chunk at a time, in the order of `files`, whatever
 * order the workers finish in: the output of a batch never depends on scheduling. With `count`
 * 0 (or no bundled worker, when running unbuilt sources) everything runs in this thread.
 * Otherwise this thread grades too until the first worker is ready (a worker takes tens of
 * milliseconds to start, time in which this thread would otherwise only wait).
 */
export async function* gradeInOrder(files: readonly string[], context: BatchContext, count: number,
  { pool: started, helpWhileStarting = true }: GradeInOrderOptions = {}): AsyncGenerator<FileOutcome[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) chunks.push(files.slice(i, i + CHUNK_SIZE));
  let grader: FileGrader | undefined;
  const gradeHere = (chunk: string[]): FileOutcome[] => chunk.map(grader ??= createFileGrader(context));
  const pool = count > 0 ? started ?? WorkerPool.start(context, count) : undefined;
  if (pool === undefined) {
    started?.close();
    for (const chunk of chunks) yield gradeHere(chunk);
    return;
  }
  pool.grow(count);
  const finished = new Map<number, FileOutcome[]>();
  const { unpack } = createWire(context.criteria.map((c) => c.framework));
  const idle: Worker[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  let anyReady = false;
  const limit = (pool.size + 1) * AHEAD_PER_WORKER;

  const feed = (worker: Worker): void => {
    const chunk = chunks[nextToSend];
    if (chunk === undefined || nextToSend - nextToYield >= limit) { idle.push(worker); return; }
    worker.postMessage({ id: nextToSend++, files: chunk } satisfies ChunkRequest);
  };
  pool.listen((worker, message) => {
    if ('ready' in message) {
      anyReady = true;
      // Two chunks to start with, so the worker never waits on a round trip.
      feed(worker);
      feed(worker);
    } else {
      const chunk = chunks[message.id] as string[];
      finished.set(message.id, message.outcomes.map((outcome, i) => unpack(outcome, chunk[i] as string)));
      feed(worker);
    }
  });
  try {
    while (nextToYield < chunks.length) {
      if (pool.failure) throw pool.failure;
      const outcomes = finished.get(nextToYield);
      if (outcomes !== undefined) {
        finished.delete(nextToYield++);
        for (const worker of idle.splice(0)) feed(worker);
        yield outcomes;
      } else if (helpWhileStarting && !anyReady && nextToSend < chunks.length && nextToSend - nextToYield < limit) {
        const id = nextToSend++;
        finished.set(id, gradeHere(chunks[id] as string[]));
        await nextTurn(); // lets a worker's "ready" in
      } else {
        await pool.next();
      }
    }
  } finally {
    pool.close();
  }
}
