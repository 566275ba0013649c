import type { Worker } from 'node:worker_threads';

/**
 * Which chunk of a batch goes to which worker: chunks in order, at most `ahead` of them sent
 * but not yet yielded (so the buffer that puts outcomes back in order stays bounded), and the
 * chunks of a lost worker sent again before any other, lowest first. Workers given nothing wait
 * as idle until `advance` or `lose` hands them back to be fed.
 */
export class ChunkQueue {
  /** The first chunk not yet yielded. */
  yielded = 0;
  private nextToSend = 0;
  private readonly again: number[] = [];
  private readonly sent = new Map<Worker, Set<number>>();
  private readonly idle: Worker[] = [];

  constructor(private readonly total: number, private readonly ahead: number) {}

  /** The chunk `worker` grades next, recorded as sent to it; undefined when there is none for now. */
  take(worker: Worker): number | undefined {
    while (this.again.length > 0 && (this.again[0] as number) < this.yielded) this.again.shift();
    let id = this.again.shift();
    if (id === undefined && this.nextToSend < this.total && this.nextToSend - this.yielded < this.ahead) id = this.nextToSend++;
    if (id === undefined) {
      if (!this.idle.includes(worker)) this.idle.push(worker);
      return undefined;
    }
    let sent = this.sent.get(worker);
    if (sent === undefined) this.sent.set(worker, (sent = new Set()));
    sent.add(id);
    return id;
  }

  /** `worker` sent chunk `id` back. */
  done(worker: Worker, id: number): void {
    this.sent.get(worker)?.delete(id);
  }

  /** The next chunk has been yielded; gives the idle workers, to be fed again. */
  advance(): Worker[] {
    this.yielded++;
    return this.idle.splice(0);
  }

  /** `worker` is gone: what it had not sent back is to be sent again; gives the idle workers, to be fed again. */
  lose(worker: Worker): Worker[] {
    for (const id of this.sent.get(worker) ?? []) if (id >= this.yielded) this.again.push(id);
    this.sent.delete(worker);
    this.again.sort((a, b) => a - b);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    return this.idle.splice(0);
  }
}
