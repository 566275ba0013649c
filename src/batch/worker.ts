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

let grade: FileGrader | undefined;
let pack: ReturnType<typeof createWire>['pack'] | undefined;

/** Takes the batch's context (given at the start, or sent first when the batch had none yet), then asks for chunks. */
function begin(context: BatchContext): void {
  grade = createFileGrader(context);
  pack = createWire(context.criteria).pack;
  parentPort?.postMessage({ ready: true } satisfies WorkerReady);
}

parentPort?.on('message', (message: ChunkRequest | ContextMessage) => {
  if ('context' in message) { begin(message.context); return; }
  // The context always comes before the first chunk: the main thread feeds a worker once it is ready.
  const [gradeFile, packOutcome] = [grade, pack];
  if (gradeFile === undefined || packOutcome === undefined) return;
  const reply: ChunkReply = { id: message.id, outcomes: message.files.map((file) => packOutcome(gradeFile(file), file)) };
  parentPort?.postMessage(reply);
});
if (workerData !== null && workerData !== undefined) begin(workerData as BatchContext);
