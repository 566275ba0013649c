// `npm run bench`: grade's speed as ratios against floors measured side by side, in alternating
// runs after a warm-up, with medians. A benchmark, not a test: it asserts nothing and prints a
// table (and .bench/results.json). BENCH_QUICK=1 skips the 100,000-file rows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, ensureRegistry } from './corpus.mjs';
import { rulesEngineFor } from './rules-engine.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin', 'grade.js');
const quick = process.env.BENCH_QUICK === '1';
if (!existsSync(join(root, 'dist', 'cli.cjs'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(join(root, '.bench'), { recursive: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (ns) => Number(ns) / 1e6;

function timeRun(args, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const elapsed = ms(process.hrtime.bigint() - start);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

/** Alternates the two commands `runs` times after `warmup` rounds; medians in ms. */
function compare(floorArgs, toolArgs, runs, warmup = 2) {
  for (let i = 0; i < warmup; i++) { timeRun(floorArgs); timeRun(toolArgs); }
  const floor = [];
  const tool = [];
  for (let i = 0; i < runs; i++) { floor.push(timeRun(floorArgs)); tool.push(timeRun(toolArgs)); }
  return { floor: median(floor), tool: median(tool), ratio: median(tool) / median(floor) };
}

const rows = [];
const log = (text) => process.stderr.write(`${text}\n`);

log('cold start: grade neighbourhood-policing (text) vs node -e 0 …');
const cold = compare(['-e', '0'], [bin, 'neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json'], 21, 3);
rows.push({ measure: 'cold start (grade NP text) vs node -e 0', floor: cold.floor, tool: cold.tool, ratio: cold.ratio, target: 1.3, unit: 'ms' });

const sizes = quick ? [1000, 10000] : [1000, 10000, 100000];
const perFile = {};
for (const size of sizes) {
  log(`batch ${size} files: preparing corpus …`);
  const parts = ensureCorpus(root, size);
  const forces = ensureRegistry(root, size);
  log(`batch ${size} files: grade batch --format csv vs read+JSON.parse …`);
  const runs = size >= 100000 ? 3 : size >= 10000 ? 9 : 15;
  const result = compare([join(root, 'test/bench/floor.mjs'), ...parts],
    [bin, 'batch', ...parts, '--forces', forces, '--format', 'csv'], runs, 1);
  perFile[size] = result.tool / size;
  // The issue's batch target is at 10,000 files; the other sizes show how the time grows.
  rows.push({ measure: `batch ${size} files vs read+parse floor`, floor: result.floor, tool: result.tool, ratio: result.ratio, target: size === 10000 ? 1.5 : null, unit: 'ms' });
}
// Linear growth: the time per file at the largest size against the next size down.
if (sizes.length > 1) {
  const [smaller, larger] = sizes.slice(-2);
  const growth = perFile[larger] / perFile[smaller];
  rows.push({ measure: `growth: time per file, ${smaller} → ${larger} files`, floor: perFile[smaller], tool: perFile[larger], ratio: growth, target: 1.5, unit: 'ms/file' });
}

log('peak memory: grade batch --format csv at 2,000 and 20,000 files …');
const rssFile = join(root, '.bench', 'rss.txt');
function peakRss(size) {
  const parts = ensureCorpus(root, size);
  const values = [];
  for (let i = 0; i < 3; i++) {
    timeRun([join(root, 'test/bench/rss.mjs'), 'batch', ...parts, '--forces', ensureRegistry(root, size), '--format', 'csv'], { BENCH_RSS_FILE: rssFile });
    values.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  return median(values);
}
const rss2k = peakRss(2000);
const rss20k = peakRss(20000);
rows.push({ measure: 'peak RSS, batch csv: 20,000 vs 2,000 files', floor: rss2k, tool: rss20k, ratio: rss20k / rss2k, target: 1.5, unit: 'MiB' });

log('grading in one process: this engine vs json-rules-engine …');
const lib = await import(join(root, 'dist', 'index.js'));
const criteria = await lib.loadCriteriaFile(join(root, 'criteria', 'neighbourhood-policing.yaml'));
// Every neighbourhood-policing file of the 10,000-file corpus (about 1,700), each parsed once.
const evidence = ensureCorpus(root, 10000).flatMap((dir) => spawnSync('ls', [dir]).stdout.toString().trim().split('\n')
  .filter((name) => name.includes('neighbourhood-policing')).flatMap((name) => {
    try { return [JSON.parse(readFileSync(join(dir, name), 'utf8'))]; } catch { return []; } // the corpus's broken files
  }));
const decide = rulesEngineFor(criteria.value);
const contenders = {
  ours: (e) => lib.gradeEvidence(criteria.value, e),
  theirs: (e) => decide(e),
  lean: (e) => lib.decideGrade(criteria.value, e),
};
// Rounds alternate between the three, so drift and garbage collection fall on all of them alike.
const engineTimes = { ours: [], theirs: [], lean: [] };
for (let round = 0; round < 25; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const start = process.hrtime.bigint();
    for (const e of evidence) await fn(e);
    if (round >= 5) engineTimes[name].push(ms(process.hrtime.bigint() - start) * 1000 / evidence.length); // the first rounds warm the compiler
  }
}
const [ours, theirs, lean] = [median(engineTimes.ours), median(engineTimes.theirs), median(engineTimes.lean)];
const agree = (await Promise.all(evidence.map(async (e) => (await decide(e)) === lib.gradeEvidence(criteria.value, e).computedGrade))).every(Boolean);
rows.push({ measure: `full grade + justification vs json-rules-engine (grade only), per file, ${evidence.length} files${agree ? '' : ' (DISAGREE!)'}`, floor: theirs, tool: ours, ratio: ours / theirs, target: null, unit: 'µs' });
rows.push({ measure: 'lean grade (batch path) vs json-rules-engine, per file', floor: theirs, tool: lean, ratio: lean / theirs, target: null, unit: 'µs' });

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : 2));
const lines = [
  '| measure | floor | grade | ratio | target | |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.measure} | ${fmt(r.floor)} ${r.unit} | ${fmt(r.tool)} ${r.unit} | ${r.ratio.toFixed(2)}x | ${r.target === null ? '—' : `≤ ${r.target}x`} | ${r.target === null ? '' : r.ratio <= r.target ? 'ok' : 'over'} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
const results = { node: process.version, cpus: (await import('node:os')).cpus().length, quick, rows };
writeFileSync(join(root, '.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`results written to .bench/results.json`);
rmSync(rssFile, { force: true });
