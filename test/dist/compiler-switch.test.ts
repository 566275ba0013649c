import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT } from '../helpers/cli.js';
import { bigNationalBatch } from '../helpers/worker-batch.js';

/**
 * bin/load-cli.js turns V8's optimising compiler off for the commands that do much work briefly
 * (src/io/compiler.ts), and on again for a batch of many files or with worker threads. V8 takes a code cache only
 * under the flags it was made with: every bundle must still be compiled with its cache.
 */
assertBuilt();
const scratch = mkdtempSync(join(tmpdir(), 'grade-compiler-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Logs, on stderr, each change of V8's flags and whether each code cache was taken (in any thread).
const logger = join(scratch, 'log-compiler.cjs');
writeFileSync(logger, `
const vm = require('node:vm');
const fs = require('node:fs');
const v8 = require('node:v8');
const { basename, dirname, join } = require('node:path');
const { isMainThread } = require('node:worker_threads');
const Script = vm.Script;
vm.Script = function (source, options) {
  const script = new Script(source, options);
  if (options && options.cachedData) {
    // Which of the CLI's caches (bin/load-cli.js cliCacheFor): the one whose bytes these are.
    const dir = dirname(options.filename);
    const named = options.filename.endsWith('cli.cjs')
      ? fs.readdirSync(dir).find((name) => /^cli\\.cjs\\.\\w+\\.cache$/.test(name) && fs.readFileSync(join(dir, name)).equals(options.cachedData))
      : undefined;
    process._rawDebug(\`\${isMainThread ? 'main' : 'worker'} \${basename(options.filename)}\${named ? ' ' + named.split('.')[2] : ''} cache \${script.cachedDataRejected ? 'rejected' : 'taken'}\`);
  }
  return script;
};
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => { process._rawDebug(\`flags \${flags}\`); return set(flags); };
`);

const run = (args: readonly string[]) => {
  const done = spawnSync(process.execPath, ['-r', logger, BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1e9 });
  return { status: done.status, log: done.stderr.split('\n').filter((line) => /^(main|worker|flags) /.test(line)) };
};

describe('the optimising compiler switched off for short, busy commands', () => {
  it('is left alone by `grade <framework> <evidence>`, `list`, `show` and `template`, which take their own caches', () => {
    expect(run(['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json']).log).toEqual(['main cli.cjs cache taken']);
    expect(run(['list']).log).toEqual(['main cli.cjs list cache taken']);
    expect(run(['show', 'neighbourhood-policing']).log).toEqual(['main cli.cjs show cache taken']);
    expect(run(['template', 'neighbourhood-policing', '--format', 'csv']).log).toEqual(['main cli.cjs template cache taken']);
  });

  it.each([['validate'], ['test'], ['report', 'evidence/hertfordshire-2007', '--output', join(scratch, 'report.html')]])('is off for %s, after the CLI took its cache', (...args) => {
    const { status, log } = run(args);
    expect(status).toBe(0);
    expect(log).toEqual(['main cli.cjs busy cache taken', 'flags --no-turbofan']);
  });

  it('is on while the YAML parser compiles, so that its cache is taken too', () => {
    const { status, log } = run(['batch', 'fixtures/national-2007', '--forces', 'fixtures/national-2007/forces.yaml']);
    expect(status).toBe(0);
    expect(log).toEqual(['main cli.cjs busy cache taken', 'flags --no-turbofan', 'flags --turbofan', 'main yaml.cjs cache taken', 'flags --no-turbofan']);
  });

  it('is on for a long YAML file (a registry of 2,000 forces), and stays on', () => {
    const registry = join(scratch, 'many-forces.yaml');
    const forces = Array.from({ length: 2000 }, (_v, i) => `  - { id: synthetic-force-${i + 100}, name: Synthetic Force ${i + 100} }`);
    writeFileSync(registry, `title: Many forces (synthetic)\nforces:\n${forces.join('\n')}\n`);
    const { status, log } = run(['batch', 'fixtures/national-2007/synthetic-force-01', '--forces', registry, '--format', 'csv']);
    expect(status).toBe(0);
    // On before the YAML parser is even compiled (so its cache is taken), and never off again.
    expect(log).toEqual(['main cli.cjs busy cache taken', 'flags --no-turbofan', 'flags --turbofan', 'main yaml.cjs cache taken']);
  });

  it('is on again for a batch of many files in this thread alone (258 × 3 = 774 files, no worker)', () => {
    const { folder, registry } = bigNationalBatch(ROOT, scratch, 3);
    const { status, log } = run(['batch', folder, '--forces', registry, '--format', 'csv']);
    expect(status).toBe(0);
    expect(log.slice(0, 2)).toEqual(['main cli.cjs busy cache taken', 'flags --no-turbofan']);
    const on = log.lastIndexOf('flags --turbofan');
    expect(on).toBeGreaterThan(1);
    expect(log.slice(on + 1).filter((line) => line.startsWith('flags'))).toEqual([]);
    expect(log.filter((line) => line.startsWith('worker'))).toEqual([]);
  });

  it('is on again before a batch starts its worker threads, which take their cache', () => {
    const { folder, registry } = bigNationalBatch(ROOT, scratch);
    const { status, log } = run(['batch', folder, '--forces', registry, '--format', 'csv', '--jobs', '2']);
    expect(status).toBe(0);
    const on = log.lastIndexOf('flags --turbofan');
    expect(log.slice(0, 2)).toEqual(['main cli.cjs busy cache taken', 'flags --no-turbofan']);
    expect(log.slice(on + 1).filter((line) => line.startsWith('flags'))).toEqual([]);
    expect(log.filter((line) => line.startsWith('worker'))).toEqual(['worker batch-worker.cjs cache taken', 'worker batch-worker.cjs cache taken']);
    expect(log.findIndex((line) => line.startsWith('worker'))).toBeGreaterThan(on);
  });
});

describe('the CLI\'s code cache for a command line (bin/load-cli.js)', () => {
  it('is the busy commands\' own for batch, validate, test and report, list\'s, show\'s and template\'s own, and the other one for the rest', () => {
    const { cliCacheFor } = createRequire(import.meta.url)('../../bin/load-cli.js') as { cliCacheFor: (argv: string[]) => string };
    const name = (argv: string[]) => cliCacheFor(argv).split(/[\\/]/).pop();
    for (const argv of [['batch', 'x'], ['validate', '--color', 'never'], ['test'], ['report', 'x', '--output', 'y.html']]) expect(name(argv)).toBe('cli.cjs.busy.cache');
    expect(name(['list', '--format', 'json'])).toBe('cli.cjs.list.cache');
    expect(name(['show', 'batch'])).toBe('cli.cjs.show.cache');
    expect(name(['template', '--color', 'never', 'x'])).toBe('cli.cjs.template.cache');
    for (const argv of [['neighbourhood-policing', 'x.json'], ['--help'], [], ['explain', 'x']]) expect(name(argv)).toBe('cli.cjs.cache');
  });
});
