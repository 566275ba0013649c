// Writes the V8 code caches of the CommonJS bundles: dist/cli.cjs.cache, taken after running the
// commands users start most (so the functions they run are compiled and cached too), and
// dist/batch-worker.cjs.cache, taken in a worker thread after grading, and dist/yaml.cjs.cache.
// Then, each in a fresh process of its own (this script with --cache <name>), the CLI's caches
// for one kind of command line, dist/cli.cjs.<name>.cache (bin/load-cli.js `cliCacheFor`): `busy`,
// the commands that do much work briefly, and `list`, `show` and `template`, each taken after
// running only those, so that it holds what they compile and not what the others do (a cache
// holding every command's code is slower to load for each). Run by .ci/build.mjs with this
// machine's Node, so the caches match the Node that will read them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const { loadBundle, loadCli } = createRequire(import.meta.url)('../bin/load-cli.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const { cli, script } = loadCli({ useCache: false });
const io = { stdout: () => {}, stderr: () => {}, env: {}, cwd: root, stdoutIsTTY: false, stderrIsTTY: false };
const np = join(root, 'evidence', 'hertfordshire-2007', 'neighbourhood-policing.json');
const scratch = mkdtempSync(join(tmpdir(), 'grade-cache-'));
const broken = join(scratch, 'broken.json');
writeFileSync(broken, '{"framework": "neighbourhood-policing", "criteriaVersion": "2007.1", "findings": [}');
process.chdir(root);
// As bin/grade.js runs it: with the build's parses of the shipped files handed in.
cli.usePrebuiltParses(cli.prebuiltParsesIn(join(root, 'dist', 'parsed')));
const named = process.argv.indexOf('--cache') >= 0 ? process.argv[process.argv.indexOf('--cache') + 1] : undefined;
const onFramework = (command, ...options) => [command, 'neighbourhood-policing', ...options];
/** The command lines each named cache is taken after. */
const TRAINING = {
  busy: [
    ['validate'],
    ['test'],
    ['report', join(root, 'evidence', 'hertfordshire-2007')],
    ['batch', join(root, 'fixtures', 'national-2007'), '--forces', join(root, 'fixtures', 'national-2007', 'forces.yaml')],
    ['batch', join(root, 'evidence', 'hertfordshire-2007'), '--format', 'csv'],
    ['batch', join(root, 'evidence', 'hertfordshire-2007'), '--format', 'json'],
  ],
  list: [['list']],
  show: [onFramework('show'), onFramework('show', '--format', 'markdown'), onFramework('show', '--format', 'json')],
  template: [onFramework('template'), onFramework('template', '--format', 'csv')],
};
if (named !== undefined) {
  const lines = TRAINING[named];
  if (lines === undefined) throw new Error(`no code cache named ${named}`);
  // The busy commands read a registry the build did not parse: the YAML parser handed in.
  if (named === 'busy') cli.useYamlLibrary(() => loadBundle(join(root, 'dist', 'yaml.cjs'), { useCache: false }).exports);
  for (const argv of lines) await cli.run(argv, io);
  writeFileSync(join(root, 'dist', `cli.cjs.${named}.cache`), script.createCachedData());
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}
// `grade <framework> <evidence>` in each format, a file it refuses, and the help.
const training = [
  ['neighbourhood-policing', np],
  ['neighbourhood-policing', np, '--format', 'json'],
  ['neighbourhood-policing', np, '--format', 'markdown'],
  ['neighbourhood-policing', np, '--format', 'html'],
  ['neighbourhood-policing', broken],
  ['--help'],
];
for (const argv of training) await cli.run(argv, io);
writeFileSync(join(root, 'dist', 'cli.cjs.cache'), script.createCachedData());

// The YAML parser's cache (dist/yaml.cjs), taken after the CLI (its cache already written) has
// read YAML the build did not parse: a criteria file, a registry and a test file, each changed by
// a comment so that no build-time parse applies.
const yaml = loadBundle(join(root, 'dist', 'yaml.cjs'), { useCache: false });
cli.useYamlLibrary(() => yaml.exports);
const copy = (from, name) => {
  const to = join(scratch, name);
  writeFileSync(to, `${readFileSync(join(root, from), 'utf8')}\n# a copy\n`);
  return to;
};
const yamlTraining = [
  ['validate', copy('criteria/neighbourhood-policing.yaml', 'neighbourhood-policing.yaml')],
  ['batch', join(root, 'fixtures', 'batch', 'small'), '--forces', copy('data/forces/england-wales.yaml', 'forces.yaml')],
  ['validate', copy('criteria/tests/neighbourhood-policing.test.yaml', 'neighbourhood-policing.test.yaml')],
];
for (let round = 0; round < 3; round++) for (const argv of yamlTraining) await cli.run(argv, io);
writeFileSync(join(root, 'dist', 'yaml.cjs.cache'), yaml.script.createCachedData());

// The batch worker's cache, made in a real worker thread: it grades the bench-like Hertfordshire
// files (and a broken one) through the same messages a batch sends, then hands back its code.
const lib = await import(new URL('../dist/index.js', import.meta.url).href);
const criteria = [];
for (const name of readdirSync(join(root, 'criteria')).filter((n) => n.endsWith('.yaml')).sort()) {
  const loaded = await lib.loadCriteriaFile(join(root, 'criteria', name));
  if (loaded.ok) criteria.push(loaded.value);
}
const evidenceDir = join(root, 'evidence', 'hertfordshire-2007');
const files = [...readdirSync(evidenceDir).map((name) => join(evidenceDir, name)), broken];
const trainer = new Worker(`
  const { parentPort } = require('node:worker_threads');
  const { script } = require(${JSON.stringify(join(root, 'bin', 'load-cli.js'))}).loadBundle(${JSON.stringify(join(root, 'dist', 'batch-worker.cjs'))}, { useCache: false });
  parentPort.on('message', (message) => { if (message.id === -1) parentPort.postMessage({ cache: script.createCachedData() }); });
`, { eval: true, workerData: { criteria, invalidCriteria: [], allowIncomplete: false, knownForces: [{ id: 'hertfordshire', name: 'Hertfordshire Constabulary' }] } });
const workerCache = await new Promise((resolve, reject) => {
  let round = 0;
  trainer.on('error', reject);
  trainer.on('message', (message) => {
    if (message.cache) { resolve(message.cache); return; }
    if (message.ready || message.id >= 0) {
      round++;
      trainer.postMessage(round <= 20 ? { id: round, files } : { id: -1, files: [] });
    }
  });
});
await trainer.terminate();
rmSync(scratch, { recursive: true, force: true });
writeFileSync(join(root, 'dist', 'batch-worker.cjs.cache'), workerCache);

// The named caches, each in a process of its own (see the top of this file).
for (const name of Object.keys(TRAINING)) execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cache', name], { stdio: 'inherit' });
