/**
 * Entry of a batch worker thread (bundled as dist/batch-worker.cjs, loaded by bin/batch-worker.js):
 * grades the chunks of files the main thread sends, with criteria it was given once, and posts
 * back the short results, packed (src/batch/wire.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileGrader, type BatchContext } from './grade-file.js';
import type { ChunkReply, ChunkRequest, WorkerReady } from './worker-threads.js';
import { createWire } from './wire.js';

const context = workerData as BatchContext;
const grade = createFileGrader(context);
const { pack } = createWire(context.criteria);
parentPort?.on('message', (request: ChunkRequest) => {
  const reply: ChunkReply = { id: request.id, outcomes: request.files.map((file) => pack(grade(file), file)) };
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true } satisfies WorkerReady);
