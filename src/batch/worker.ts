/**
 * Entry of a batch worker thread (bundled as dist/batch-worker.cjs, loaded by bin/batch-worker.js): grades the chunks of files
 * the main thread sends, with criteria it was given once, and posts back the short results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileGrader, type BatchContext } from './grade-file.js';
import type { ChunkReply, ChunkRequest, WorkerReady } from './pool.js';

const grade = createFileGrader(workerData as BatchContext);
parentPort?.on('message', (request: ChunkRequest) => {
  const reply: ChunkReply = { id: request.id, outcomes: request.files.map(grade) };
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true } satisfies WorkerReady);
