// `npm run bench`: grade's speed as ratios against floors measured side by side, in alternating
// runs after a warm-up, with medians (issue #17). A benchmark, not a test: it asserts nothing,
// prints one table (measure, floor, grade, ratio, target, ✓/✗) and writes .bench/results.json.
//
// Sections: cold start of every command vs `node -e 0`; the shape matrix (corpus.mjs's SHAPES,
// each in text, csv and json) at 10,000 and 50,000 files vs the one-thread read-and-parse floor,
// with the growth of the time per file between them; batch sizes 1,000 and 100,000 (no target);
// peak RSS at 20,000 vs 2,000 files in each format; this engine vs json-rules-engine.
//
// BENCH_QUICK=1: a subset for under two minutes (fewer runs; the matrix at 10,000 files only,
// every format for `base` and csv for three other shapes; no 100,000). For development (sizes are
// file counts; any below 1,000 is one folder):
//   BENCH_SIZES=200[,400]     the matrix's sizes (the second gives growth rows)
//   BENCH_RSS_SIZES=100,200   the memory rows' sizes
//   BENCH_SHAPES=base,cqc-saf the shapes (every format each)
//   BENCH_ONLY=cold,matrix,sizes,memory,engine   the sections
//   BENCH_RUNS=2              runs per row (after one warm-up round)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, SHAPES, ensureShape, removeStale, shapeById } from './corpus.mjs';
import { rulesEngineFor } from './rules-engine.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, '.bench');
const node = process.execPath;
const bin = join(root, 'bin', 'grade.js');
const floorScript = join(root, 'test', 'bench', 'floor.mjs');
const env = process.env;
const quick = env.BENCH_QUICK === '1';
const list = (text) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : null);
const numbers = (text) => list(text)?.map(Number);
const only = new Set(list(env.BENCH_ONLY) ?? ['cold', 'matrix', 'sizes', 'memory', 'engine']);
const runsOverride = env.BENCH_RUNS ? Number(env.BENCH_RUNS) : null;
const matrixSizes = numbers(env.BENCH_SIZES) ?? (quick ? [10000] : [10000, 50000]);
const rssSizes = numbers(env.BENCH_RSS_SIZES) ?? [2000, 20000];
const FORMATS = ['text', 'csv', 'json'];
// The quick run's matrix: every format for base, csv for the shapes most unlike it.
const QUICK_MATRIX = [['base', FORMATS], ['findings-80', ['csv']], ['peel-2021', ['csv']], ['cqc-saf', ['csv']]];
const matrix = list(env.BENCH_SHAPES)?.map((id) => [shapeById(id).id, FORMATS])
  ?? (quick ? QUICK_MATRIX : SHAPES.map((s) => [s.id, FORMATS]));
// Targets of issue #17.
const TARGET = { coldFast: 1.2, coldSlow: 1.4, batch10k: 1.5, batch50k: 1.2, growth: 1.05, memory: 1.3 };

if (!existsSync(join(root, 'dist', 'cli.cjs'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(benchDir, { recursive: true });
removeStale(benchDir);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (ns) => Number(ns) / 1e6;
const log = (text) => process.stderr.write(`${text}\n`);
const rows = [];
const row = (r) => { rows.push(r); log(`  ${r.measure}: ${r.ratio.toFixed(2)}x`); };

/** Runs node with `args` (output discarded); the wall time in ms. Exit codes other than 0 stop the bench. */
function timeRun(args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
  const elapsed = ms(process.hrtime.bigint() - start);
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 2000)}`);
  return elapsed;
}

/**
 * Side by side: each round runs the floor, then each tool (in an order that rotates between
 * rounds, so no tool always follows the floor); `warmup` rounds first are not counted. Returns
 * the floor's median and each tool's, in ms.
 */
function compareMany(floorArgs, tools, runs, warmup = 1) {
  const names = Object.keys(tools);
  const times = { floor: [], ...Object.fromEntries(names.map((n) => [n, []])) };
  for (let round = 0; round < warmup + runs; round++) {
    const order = names.map((_, k) => names[(k + round) % names.length]);
    const floor = timeRun(floorArgs);
    const tool = order.map((n) => [n, timeRun(tools[n])]);
    if (round < warmup) continue;
    times.floor.push(floor);
    for (const [n, t] of tool) times[n].push(t);
  }
  return Object.fromEntries(Object.entries(times).map(([n, t]) => [n, median(t)]));
}

// ---------------------------------------------------------------------------------- cold start
if (only.has('cold')) {
  const NP = 'evidence/hertfordshire-2007/neighbourhood-policing.json';
  const fast = [
    ['grade list', ['list']],
    ['grade template neighbourhood-policing (json)', ['template', 'neighbourhood-policing']],
    ['grade template neighbourhood-policing --format csv', ['template', 'neighbourhood-policing', '--format', 'csv']],
    ['grade show neighbourhood-policing (text)', ['show', 'neighbourhood-policing']],
    ['grade show neighbourhood-policing --format markdown', ['show', 'neighbourhood-policing', '--format', 'markdown']],
    ['grade show neighbourhood-policing --format json', ['show', 'neighbourhood-policing', '--format', 'json']],
    ...['text', 'json', 'markdown', 'html'].map((f) => [`grade neighbourhood-policing <evidence> --format ${f}`, ['neighbourhood-policing', NP, '--format', f]]),
    ['grade peel-2021-example <evidence> (text)', ['peel-2021-example', 'evidence/examples/peel-2021-example/example-force-good.json']],
    ['grade cqc-saf-example <evidence> (text)', ['cqc-saf-example', 'evidence/examples/cqc-saf-example/example-service-good.json']],
  ];
  const slow = [
    ['grade validate', ['validate']],
    ['grade test', ['test']],
    ['grade report evidence/hertfordshire-2007', ['report', 'evidence/hertfordshire-2007']],
    ['grade batch fixtures/national-2007 --forces … (national batch)', ['batch', 'fixtures/national-2007', '--forces', 'fixtures/national-2007/forces.yaml']],
  ];
  const commands = [...fast.map((c) => [...c, TARGET.coldFast]), ...slow.map((c) => [...c, TARGET.coldSlow])];
  const runs = runsOverride ?? (quick ? 5 : 15);
  log(`cold start: ${commands.length} commands vs node -e 0, ${runs} alternating runs each …`);
  // Each command is run right after its own `node -e 0`, round after round.
  const floor = Object.fromEntries(commands.map(([name]) => [name, []]));
  const tool = Object.fromEntries(commands.map(([name]) => [name, []]));
  for (let round = 0; round < runs + (quick ? 1 : 2); round++) {
    for (const [name, args] of commands) {
      const f = timeRun(['-e', '0']);
      const t = timeRun([bin, ...args]);
      if (round >= (quick ? 1 : 2)) { floor[name].push(f); tool[name].push(t); }
    }
  }
  for (const [name, , target] of commands) {
    const [f, t] = [median(floor[name]), median(tool[name])];
    row({ section: 'cold', measure: `cold start: ${name} vs node -e 0`, floor: f, tool: t, ratio: t / f, target, unit: 'ms', runs });
  }
}

// ---------------------------------------------------------------------------------- shape matrix
const countLabel = (n) => n.toLocaleString('en-GB');
if (only.has('matrix')) {
  const perFile = {};
  for (const size of matrixSizes) {
    const runs = runsOverride ?? (size >= 50000 ? 3 : quick ? 5 : 7);
    for (const [id, formats] of matrix) {
      const shape = shapeById(id);
      log(`matrix ${id}, ${countLabel(size)} files: preparing corpus …`);
      const { parts, batchArgs } = ensureShape(root, benchDir, shape, size);
      log(`matrix ${id}, ${countLabel(size)} files: grade batch --format ${formats.join('|')} vs read+JSON.parse, ${runs} runs …`);
      const tools = Object.fromEntries(formats.map((f) => [f, [bin, ...batchArgs, '--format', f]]));
      const result = compareMany([floorScript, ...parts], tools, runs);
      for (const format of formats) {
        perFile[`${id}/${format}/${size}`] = result[format] / size;
        const target = size === 10000 ? TARGET.batch10k : size === 50000 ? TARGET.batch50k : null;
        row({ section: 'matrix', shape: id, format, size, measure: `batch ${id}, ${countLabel(size)} files, ${format} vs read+parse floor`, floor: result.floor, tool: result[format], ratio: result[format] / result.floor, target, unit: 'ms', runs });
      }
    }
  }
  // Linear: the time per file at the largest size against the smallest, per shape and format.
  if (matrixSizes.length > 1) {
    const [small, large] = [Math.min(...matrixSizes), Math.max(...matrixSizes)];
    for (const [id, formats] of matrix) {
      for (const format of formats) {
        const [a, b] = [perFile[`${id}/${format}/${small}`], perFile[`${id}/${format}/${large}`]];
        rows.push({ section: 'growth', shape: id, format, measure: `growth ${id} ${format}: time per file, ${countLabel(small)} → ${countLabel(large)} files`, floor: a, tool: b, ratio: b / a, target: TARGET.growth, unit: 'ms/file' });
      }
    }
  }
}

// ---------------------------------------------------------------------------------- batch sizes
// The base shape in csv at 1,000 files (the main thread grades alone) and 100,000 (full run
// only): no target, they show how the time grows either side of the matrix's sizes.
if (only.has('sizes') && !env.BENCH_SIZES) {
  const base = shapeById('base');
  for (const size of quick ? [1000] : [1000, 100000]) {
    log(`batch base ${countLabel(size)} files (csv): preparing corpus …`);
    const { parts, batchArgs } = ensureShape(root, benchDir, base, size);
    const runs = runsOverride ?? (size >= 100000 ? 3 : quick ? 7 : 15);
    const result = compareMany([floorScript, ...parts], { csv: [bin, ...batchArgs, '--format', 'csv'] }, runs);
    row({ section: 'sizes', shape: 'base', format: 'csv', size, measure: `batch base, ${countLabel(size)} files, csv vs read+parse floor`, floor: result.floor, tool: result.csv, ratio: result.csv / result.floor, target: null, unit: 'ms', runs });
  }
}

// ---------------------------------------------------------------------------------- memory
if (only.has('memory')) {
  const [small, large] = rssSizes;
  const runs = runsOverride ?? (quick ? 1 : 3);
  log(`peak memory: grade batch at ${countLabel(small)} and ${countLabel(large)} files, ${FORMATS.join('|')}, ${runs} runs …`);
  const rssFile = join(benchDir, 'rss.txt');
  const base = shapeById('base');
  const peak = (size, format) => {
    const { batchArgs } = ensureShape(root, benchDir, base, size);
    const values = [];
    for (let i = 0; i < runs; i++) {
      timeRun([join(root, 'test', 'bench', 'rss.mjs'), ...batchArgs, '--format', format], { BENCH_RSS_FILE: rssFile });
      values.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
    }
    return median(values);
  };
  for (const format of FORMATS) {
    const [a, b] = [peak(small, format), peak(large, format)];
    row({ section: 'memory', shape: 'base', format, measure: `peak RSS, batch ${format}: ${countLabel(large)} vs ${countLabel(small)} files`, floor: a, tool: b, ratio: b / a, target: TARGET.memory, unit: 'MiB', runs });
  }
  rmSync(rssFile, { force: true });
}

// ---------------------------------------------------------------------------------- engines
if (only.has('engine')) {
  log('grading in one process: this engine vs json-rules-engine …');
  const lib = await import(join(root, 'dist', 'index.js'));
  const criteria = await lib.loadCriteriaFile(join(root, 'criteria', 'neighbourhood-policing.yaml'));
  // Every neighbourhood-policing file of the base corpus (about 1,700 at 10,000 files), each parsed once.
  const size = env.BENCH_SIZES ? matrixSizes[0] : 10000;
  const evidence = ensureShape(root, benchDir, shapeById('base'), size).parts.flatMap((dir) => readdirSync(dir)
    .filter((name) => name.endsWith('-neighbourhood-policing.json')).sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8'))));
  const decide = rulesEngineFor(criteria.value);
  const contenders = {
    ours: (e) => lib.gradeEvidence(criteria.value, e),
    theirs: (e) => decide(e),
    lean: (e) => lib.decideGrade(criteria.value, e),
  };
  // Rounds alternate between the three, so drift and garbage collection fall on all of them alike.
  const engineTimes = { ours: [], theirs: [], lean: [] };
  const rounds = quick ? 15 : 25;
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = process.hrtime.bigint();
      for (const e of evidence) await fn(e);
      if (round >= 5) engineTimes[name].push(ms(process.hrtime.bigint() - start) * 1000 / evidence.length); // the first rounds warm the compiler
    }
  }
  const [ours, theirs, lean] = [median(engineTimes.ours), median(engineTimes.theirs), median(engineTimes.lean)];
  const agree = (await Promise.all(evidence.map(async (e) => (await decide(e)) === lib.gradeEvidence(criteria.value, e).computedGrade))).every(Boolean);
  row({ section: 'engine', measure: `full grade + justification vs json-rules-engine (grade only), per file, ${evidence.length} files${agree ? '' : ' (DISAGREE!)'}`, floor: theirs, tool: ours, ratio: ours / theirs, target: null, unit: 'µs' });
  row({ section: 'engine', measure: 'lean grade (batch path) vs json-rules-engine, per file', floor: theirs, tool: lean, ratio: lean / theirs, target: null, unit: 'µs' });
}

// ---------------------------------------------------------------------------------- the table
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : n >= 0.1 ? 2 : 4));
for (const r of rows) r.met = r.target === null ? null : r.ratio <= r.target;
const lines = [
  '| measure | floor | grade | ratio | target | |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.measure} | ${fmt(r.floor)} ${r.unit} | ${fmt(r.tool)} ${r.unit} | ${r.ratio.toFixed(2)}x | ${r.target === null ? '—' : `≤ ${r.target}x`} | ${r.met === null ? '' : r.met ? '✓' : '✗'} |`),
];
const targeted = rows.filter((r) => r.met !== null);
process.stdout.write(`${lines.join('\n')}\n\n${targeted.filter((r) => r.met).length} of ${targeted.length} targets met${quick ? ' (BENCH_QUICK=1)' : ''}\n`);
const results = {
  date: new Date().toISOString(), node: process.version, cpus: cpus().length, quick, generatorVersion: GENERATOR_VERSION,
  matrixSizes, rssSizes, shapes: Object.fromEntries(SHAPES.map((s) => [s.id, s.about])), targets: TARGET, rows,
};
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('results written to .bench/results.json');
