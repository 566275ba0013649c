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

  /**
   * Starts `count` workers running `script` (by default the built worker, when this module is
   * itself built); undefined when there is none (unbundled sources).
   */
  static start(context: BatchContext, count: number, script = workerScript()): WorkerPool | undefined {
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
    // A batch this large is a long run: V8 optimises again, before a worker loads its code cache.
    if (this.workers.length < count) longRun();
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
   * nor the process waits for them.
   */
  close(): void {
    for (const worker of this.workers) {
      worker.removeAllListeners('exit');
      worker.unref();
      void worker.terminate().catch(() => undefined);
    }
  }
}
