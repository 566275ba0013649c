import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { BatchContext } from './grade-file.js';
import type { WireOutcome } from './wire.js';
import { longRun } from '../io/compiler.js';

/** A chunk of files sent to a worker, and its reply. */
export interface ChunkRequest { id: number; files: string[] }
export interface ChunkReply { id: number; outcomes: WireOutcome[] }

/** The first message of a worker: its criteria are loaded and it can take chunks. */
export interface WorkerReady { ready: true }

/** What a worker started before its batch's context was known is sent first (see `WorkerPool.provide`). */
export interface ContextMessage { context: BatchContext }

/**
 * A worker's young generation, in MB. Each file's objects die young; V8's default lets every
 * thread grow it to tens of MB over a long run, so it is capped to keep the peak memory of a
 * 20,000-file batch close to that of a 2,000-file one; a smaller cap costs more in scavenges
 * than it saves (figures: docs/performance.md).
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/**
 * The worker entry (bin/batch-worker.js, which loads the bundled dist/batch-worker.cjs) of the
 * build this module is part of: only code running from dist/ starts the built worker, so that a
 * worker always runs the same code as the thread that starts it. Undefined for the unbundled
 * sources (the tests), whose batches are graded in the calling thread.
 */
function workerScript(): string | undefined {
  const self = fileURLToPath(import.meta.url);
  let dir = dirname(self);
  for (let i = 0; i < 4; i++) {
    if (basename(dir) === 'dist') {
      const root = dirname(dir);
      const entry = join(root, 'bin', 'batch-worker.js');
      return existsSync(join(dir, 'batch-worker.cjs')) && existsSync(entry) ? entry : undefined;
    }
    dir = dirname(dir);
  }
  return undefined;
}

export type WorkerMessage = ChunkReply | WorkerReady;

/** A worker that could not start, failed or stopped, and why. */
export interface LostWorker { worker: Worker | undefined; error: Error }

/**
 * The worker threads of one batch. A batch starts them as soon as its folder walk has found
 * enough files, so that they start while the walk goes on; messages that arrive before anyone
 * listens are kept for the listener. A worker that cannot start, fails or stops is dropped and
 * reported (`takeLost`), never thrown: the batch goes on with the others, or in its own thread.
 */
export class WorkerPool {
  private readonly workers = new Set<Worker>();
  private readonly early: Array<[Worker, WorkerMessage]> = [];
  private readonly lost: LostWorker[] = [];
  private handler: ((worker: Worker, message: WorkerMessage) => void) | undefined;
  private wakeUp: (() => void) | undefined;
  // Once a thread could not even be made, making more is not tried again.
  private refused = false;

  private constructor(private readonly script: string, private context: BatchContext | undefined) {}

  /**
   * Starts `count` workers running `script` (by default the built worker, when this module is
   * itself built); undefined when there is none (unbundled sources). Without a context yet, the
   * threads start while the caller loads it, and wait for `provide`.
   */
  static start(context: BatchContext | undefined, count: number, script = workerScript()): WorkerPool | undefined {
    if (script === undefined) return undefined;
    const pool = new WorkerPool(script, context);
    pool.grow(count);
    return pool;
  }

  /** The workers running. */
  get size(): number {
    return this.workers.size;
  }

  /** Whether `worker` is still one of the pool's. */
  has(worker: Worker): boolean {
    return this.workers.has(worker);
  }

  /** Hands the batch's context to the workers started without one (and to any started after). */
  provide(context: BatchContext): void {
    if (this.context !== undefined) return;
    this.context = context;
    for (const worker of this.workers) worker.postMessage({ context } satisfies ContextMessage);
  }

  /** Starts more workers, up to `count` running in all. */
  grow(count: number): void {
    if (this.refused || this.workers.size >= count) return;
    // Required here, not imported: a batch graded in this thread never loads worker threads
    // (nor the stream modules they bring).
    const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    // A batch this large is a long run: V8 optimises again, before a worker loads its code cache.
    longRun();
    while (this.workers.size < count) {
      let worker: Worker;
      try {
        worker = new WorkerThread(this.script, { workerData: this.context ?? null, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      } catch (error) {
        this.refused = true;
        this.lost.push({ worker: undefined, error: error instanceof Error ? error : new Error(String(error)) });
        return;
      }
      worker.on('message', (message: WorkerMessage) => {
        if (!this.workers.has(worker)) return;
        if (this.handler) this.handler(worker, message);
        else this.early.push([worker, message]);
        this.wakeUp?.();
      });
      worker.on('error', (error) => { this.drop(worker, error); });
      // Only close() ends a worker on purpose, and it stops listening first.
      worker.on('exit', (code) => { this.drop(worker, new Error(`a batch worker stopped with exit code ${code}`)); });
      this.workers.add(worker);
    }
  }

  private drop(worker: Worker, error: Error): void {
    if (!this.workers.delete(worker)) return;
    this.lost.push({ worker, error });
    void worker.terminate().catch(() => undefined);
    this.wakeUp?.();
  }

  /** The workers lost since last asked, in the order they were lost. */
  takeLost(): LostWorker[] {
    return this.lost.splice(0);
  }

  /** Hands every message, from now and from before, to `handler`. */
  listen(handler: (worker: Worker, message: WorkerMessage) => void): void {
    this.handler = handler;
    for (const [worker, message] of this.early.splice(0)) if (this.workers.has(worker)) handler(worker, message);
  }

  /** Resolves at the next message, error or exit of a worker. */
  next(): Promise<void> {
    return new Promise<void>((resolve) => { this.wakeUp = resolve; });
  }

  /**
   * Stops the workers. Not awaited: the threads wind down on their own, and neither the batch
   * nor the process waits for them.
   */
  close(): void {
    for (const worker of this.workers) {
      worker.removeAllListeners('exit');
      worker.removeAllListeners('error');
      // An error after this is of no use to anyone, but must not be thrown as unhandled.
      worker.on('error', () => undefined);
      worker.unref();
      void worker.terminate().catch(() => undefined);
    }
  }
}
