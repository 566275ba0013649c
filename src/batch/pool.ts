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

/**
 * Grades files and yields their outcomes, a chunk at a time, in the order of `files`, whatever
 * order the workers finish in: the output of a batch never depends on scheduling. With `count`
 * 0 (or no bundled worker, when running unbuilt sources) everything runs in this thread.
 * Otherwise this thread grades too until the first worker is ready (a worker takes tens of
 * milliseconds to start, time in which this thread would otherwise only wait), unless
 * `helpWhileStarting` is false (tests use that to send every file through the workers).
 */
export async function* gradeInOrder(files: readonly string[], context: BatchContext, count: number,
  { helpWhileStarting = true }: { helpWhileStarting?: boolean } = {}): AsyncGenerator<FileOutcome[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) chunks.push(files.slice(i, i + CHUNK_SIZE));
  let grader: FileGrader | undefined;
  const gradeHere = (chunk: string[]): FileOutcome[] => chunk.map(grader ??= createFileGrader(context));
  const script = count > 0 ? workerScript() : undefined;
  if (script === undefined) {
    for (const chunk of chunks) yield gradeHere(chunk);
    return;
  }
  const finished = new Map<number, FileOutcome[]>();
  const { unpack } = createWire(context.criteria.map((c) => c.framework));
  const idle: Worker[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  let anyReady = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const limit = (count + 1) * AHEAD_PER_WORKER;

  const feed = (worker: Worker): void => {
    const chunk = chunks[nextToSend];
    if (chunk === undefined || nextToSend - nextToYield >= limit) { idle.push(worker); return; }
    worker.postMessage({ id: nextToSend++, files: chunk } satisfies ChunkRequest);
  };
  // Required here, not imported: a batch graded in this thread never loads worker threads
  // (nor the stream modules they bring).
  const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: count }, () => {
    const worker = new WorkerThread(script, { workerData: context, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (reply: ChunkReply | WorkerReady) => {
      if ('ready' in reply) {
        anyReady = true;
        // Two chunks to start with, so the worker never waits on a round trip.
        feed(worker);
        feed(worker);
      } else {
        const chunk = chunks[reply.id] as string[];
        finished.set(reply.id, reply.outcomes.map((outcome, i) => unpack(outcome, chunk[i] as string)));
        feed(worker);
      }
      wake?.();
    });
    worker.on('error', (error) => { failure ??= error; wake?.(); });
    worker.on('exit', (code) => { if (code !== 0) failure ??= new Error(`a batch worker stopped with exit code ${code}`); wake?.(); });
    return worker;
  });
  try {
    while (nextToYield < chunks.length) {
      if (failure) throw failure;
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
        await new Promise<void>((resolve) => { wake = resolve; });
      }
    }
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
