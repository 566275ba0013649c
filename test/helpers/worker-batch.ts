import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One force of a synthetic batch: its id and name, and the evidence files copied under it. */
export interface ForceCopy { id: string; name: string; files: readonly string[] }

/**
 * Writes a batch big enough for worker threads: each force's files copied into `folder/<id>/`
 * with the force rewritten, and a registry naming every force. Returns the number of files.
 */
export function writeForceCopies(folder: string, registry: string, title: string, forces: readonly ForceCopy[]): number {
  let files = 0;
  for (const { id, name, files: sources } of forces) {
    mkdirSync(join(folder, id), { recursive: true });
    for (const source of sources) {
      const evidence = JSON.parse(readFileSync(source, 'utf8')) as { force: object };
      evidence.force = { id, name };
      writeFileSync(join(folder, id, basename(source)), JSON.stringify(evidence));
      files++;
    }
  }
  writeFileSync(registry, `title: ${title}\nforces:\n${forces.map((f) => `  - { id: ${f.id}, name: "${f.name}" }`).join('\n')}\n`);
  return files;
}

/**
 * A batch big enough for worker threads under `scratch`: the national fixture's files (in
 * `root`/fixtures/national-2007), each force's six copied under `copies` new force ids (eight:
 * 2,064 files), with a registry naming them all.
 */
export function bigNationalBatch(root: string, scratch: string, copies = 8): { folder: string; registry: string } {
  const national = join(root, 'fixtures/national-2007');
  const sources = readdirSync(national, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const forces: ForceCopy[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const source of sources) {
      forces.push({ id: `${source}-copy-${copy}`, name: `${source} copy ${copy}`,
        files: readdirSync(join(national, source)).filter((name) => !name.endsWith('.narrative.json')).map((name) => join(national, source, name)) });
    }
  }
  const folder = join(scratch, `big-${copies}`);
  const registry = join(scratch, `forces-${copies}.yaml`);
  writeForceCopies(folder, registry, 'Big batch', forces);
  return { folder, registry };
}

/**
 * A script for `node -r` that counts the worker threads a process starts (the CLI requires
 * node:worker_threads when it starts one) and prints `workers started: N` on stderr at exit.
 */
export function writeWorkerCounter(dir: string): string {
  const counter = join(dir, 'count-workers.cjs');
  writeFileSync(counter, `const threads = require('node:worker_threads');
const Base = threads.Worker;
let started = 0;
threads.Worker = class extends Base { constructor(...args) { super(...args); started++; } };
process.on('exit', () => process.stderr.write('workers started: ' + started + '\\n'));
`);
  return counter;
}
