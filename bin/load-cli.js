// Loads a bundle of ours (dist/cli.cjs, dist/batch-worker.cjs) with V8's code cache (the same
// name plus .cache, written by the build): compiling JavaScript is most of a cold start, and
// Node 20 caches no module code itself. A cache from another Node version or V8 flags is rejected
// by V8 and the file compiles as usual.
// CommonJS on purpose (bin/package.json): an ES module importing node:fs would load Node's
// stream modules at start-up for nothing.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');

let optimizing = true;

/**
 * Turns V8's optimising compiler (TurboFan) off or on, for the whole process (every thread).
 * The CLI turns it off for commands that do much work briefly (src/io/compiler.ts): the CPU
 * TurboFan spends in its background thread on code hot for a few milliseconds is not repaid
 * (docs/performance.md); a batch that starts worker threads turns it back on. node:v8 (which
 * loads Node's stream modules) is required only then.
 */
// `--turbofan` is the flag's name in the V8 of Node 20 to 24 (11.x to 13.x); another V8 would
// print an "unrecognized flag" error on stderr, so there the compiler is left as it is.
const KNOWN_V8 = /^1[1-3]\./.test(process.versions.v8);

function setOptimizing(on) {
  if (on === optimizing || !KNOWN_V8) return;
  require('node:v8').setFlagsFromString(on ? '--turbofan' : '--no-turbofan');
  optimizing = on;
}

/** Compiles and runs a bundle (with the code cache `cache`, by default its name plus .cache); returns its exports and the compiled script. */
function loadBundle(filename, { useCache = true, cache = `${filename}.cache` } = {}) {
  const source = readFileSync(filename, 'utf8');
  let cachedData;
  if (useCache) {
    try { cachedData = readFileSync(cache); } catch { cachedData = undefined; }
  }
  // The build wraps each bundle as `(function (exports, require, module, __filename, __dirname) {…})`.
  // V8 takes a code cache only under the flags it was made with (the defaults): compiled with them.
  const was = optimizing;
  setOptimizing(true);
  let script;
  try {
    script = new vm.Script(source, {
      filename,
      cachedData,
      importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
  } finally {
    setOptimizing(was);
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename));
  return { exports: module.exports, script };
}

/** The bundled CLI (dist/cli.cjs); returns its exports and the compiled script. */
function loadCli(options) {
  const { exports, script } = loadBundle(join(dist, 'cli.cjs'), options);
  return { cli: exports, script };
}

// The code cache each command line loads the CLI with (.ci/code-cache.mjs makes each by running
// only those commands): one cache trained on every command made each slower to load
// (docs/performance.md). The commands that turn the optimising compiler off (they call
// shortRun, src/io/compiler.ts) run much code once each; `list`, `show` and `template` little;
// anything else (most often `grade <framework> <evidence>`) takes dist/cli.cjs.cache.
const CACHE_OF_COMMAND = new Map([
  ['batch', 'busy'], ['validate', 'busy'], ['test', 'busy'], ['report', 'busy'],
  ['list', 'list'], ['show', 'show'], ['template', 'template'],
]);

/** The CLI's code cache for a command line: its command's own, or the one for the rest. */
function cliCacheFor(argv) {
  const command = argv.find((arg) => !arg.startsWith('-'));
  const name = CACHE_OF_COMMAND.get(command);
  return join(dist, name === undefined ? 'cli.cjs.cache' : `cli.cjs.${name}.cache`);
}

module.exports = { loadBundle, loadCli, cliCacheFor, setOptimizing };
