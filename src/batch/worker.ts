/**
 * Entry of a batch worker thread (bundled as dist/batch-worker.cjs, loaded by bin/batch-worker.js):
 * grades the chunks of files the main thread sends, with criteria it was given once (at its start,
 * or in its first message when it was started before they were loaded), and posts back the short
 * results, packed (src/batch/wire.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileGrader, type BatchContext, type FileGrader } from './grade-file.js';
import type { ChunkReply, ChunkRequest, ContextMessage, WorkerReady } from './worker-threads.js';
import { createWire } from './wire.js';

/** What this worker grades with, once it has the batch's context. */
let session: { grade: FileGrader; pack: ReturnType<typeof createWire>['pack'] } | undefined;

/** Takes the batch's context (given at the start, or sent first when the batch had none yet), then asks for chunks. */
function begin(context: BatchContext): void {
  session = { grade: createFileGrader(context), pack: createWire(context.criteria).pack };
  parentPort?.postMessage({ ready: true } satisfies WorkerReady);
}

parentPort?.on('message', (message: ChunkRequest | ContextMessage) => {
  if ('context' in message) { begin(message.context); return; }
  // The context always comes before the first chunk: the main thread feeds a worker once it is ready.
  if (session === undefined) return;
  const { grade, pack } = session;
  const reply: ChunkReply = { id: message.id, outcomes: message.files.map((file) => pack(grade(file), file)) };
  parentPort?.postMessage(reply);
});
if (workerData !== null && workerData !== undefined) begin(workerData as BatchContext);
