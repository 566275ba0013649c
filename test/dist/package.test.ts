import { spawn as spawnChild, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_WORKERS } from '../../src/batch/schedule.js';
import { assertBuilt, ROOT } from '../helpers/cli.js';
import { writeForceCopies, writeWorkerCounter, type ForceCopy } from '../helpers/worker-batch.js';

/**
 * The package as a user gets it: `npm pack`, the tarball installed with `--omit=dev` into an
 * empty folder, every command run from another folder, the library imported; `npx -p <tarball>`;
 * and action.yml's steps run against the same tarball. Offline where npm's cache allows
 * (`--prefer-offline`): the only package fetched is yaml, which `npm ci` has already cached.
 */
assertBuilt();

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>;
};

/**
 * What the tarball holds, build output with hashed names folded into one pattern each. A file
 * added to a shipped folder (a criteria file, a schema, a doc) is added here too, on purpose.
 */
const EXPECTED_FILES = [
  'LICENSE',
  'README.md',
  'SECURITY.md',
  'bin/batch-worker.js',
  'bin/grade.js',
  'bin/load-cli.js',
  'bin/package.json',
  'criteria/README.md',
  'criteria/child-abuse.yaml',
  'criteria/domestic-violence.yaml',
  'criteria/missing-persons.yaml',
  'criteria/neighbourhood-policing.yaml',
  'criteria/performance-management.yaml',
  'criteria/public-protection.yaml',
  'criteria/tests/child-abuse.test.yaml',
  'criteria/tests/domestic-violence.test.yaml',
  'criteria/tests/missing-persons.test.yaml',
  'criteria/tests/neighbourhood-policing.test.yaml',
  'criteria/tests/performance-management.test.yaml',
  'criteria/tests/public-protection.test.yaml',
  'data/forces/england-wales.yaml',
  'data/glossary.json',
  'dist/batch-worker.cjs',
  'dist/batch-worker.cjs.cache',
  'dist/chunks/*.js',
  'dist/cli.cjs',
  'dist/cli.cjs.cache',
  'dist/cli.cjs.busy.cache',
  'dist/cli.cjs.list.cache',
  'dist/cli.cjs.show.cache',
  'dist/cli.cjs.template.cache',
  'dist/index.js',
  'dist/yaml.cjs',
  'dist/yaml.cjs.cache',
  'dist/parsed/criteria-child-abuse.parse',
  'dist/parsed/criteria-domestic-violence.parse',
  'dist/parsed/criteria-missing-persons.parse',
  'dist/parsed/criteria-neighbourhood-policing.parse',
  'dist/parsed/criteria-performance-management.parse',
  'dist/parsed/criteria-public-protection.parse',
  'dist/parsed/forces-england-wales.parse',
  'dist/parsed/criteria-test-child-abuse.test.parse',
  'dist/parsed/criteria-test-cqc-saf-example.test.parse',
  'dist/parsed/criteria-test-domestic-violence.test.parse',
  'dist/parsed/criteria-test-missing-persons.test.parse',
  'dist/parsed/criteria-test-neighbourhood-policing.test.parse',
  'dist/parsed/criteria-test-peel-2021-example.test.parse',
  'dist/parsed/criteria-test-performance-management.test.parse',
  'dist/parsed/criteria-test-public-protection.test.parse',
  'dist/types/**/*.d.ts',
  'docs/api.md',
  'docs/architecture.md',
  'docs/batch.md',
  'docs/decisions.md',
  'docs/performance.md',
  'docs/report.md',
  'docs/validate.md',
  'evidence/hertfordshire-2007/child-abuse.json',
  'evidence/hertfordshire-2007/domestic-violence.json',
  'evidence/hertfordshire-2007/force.narrative.json',
  'evidence/hertfordshire-2007/missing-persons.json',
  'evidence/hertfordshire-2007/neighbourhood-policing.json',
  'evidence/hertfordshire-2007/performance-management.json',
  'evidence/hertfordshire-2007/public-protection.json',
  'criteria/cqc-saf-example.yaml',
  'criteria/peel-2021-example.yaml',
  'criteria/schemes/cqc-saf.yaml',
  'criteria/schemes/hmic-2007.yaml',
  'criteria/schemes/peel-2021.yaml',
  'criteria/tests/cqc-saf-example.test.yaml',
  'criteria/tests/peel-2021-example.test.yaml',
  'dist/parsed/criteria-cqc-saf-example.parse',
  'dist/parsed/criteria-peel-2021-example.parse',
  'dist/parsed/scheme-cqc-saf.parse',
  'dist/parsed/scheme-hmic-2007.parse',
  'dist/parsed/scheme-peel-2021.parse',
  'docs/schemes.md',
  'schemas/scheme.schema.json',
  'evidence/examples/README.md',
  'evidence/examples/cqc-saf-example/example-service-good.json',
  'evidence/examples/cqc-saf-example/example-service-inadequate.json',
  'evidence/examples/cqc-saf-example/example-service-limited.json',
  'evidence/examples/cqc-saf-example/example-service-outstanding.json',
  'evidence/examples/cqc-saf-example/example-service-requires-improvement.json',
  'evidence/examples/peel-2021-example/example-force-adequate.json',
  'evidence/examples/peel-2021-example/example-force-good.json',
  'evidence/examples/peel-2021-example/example-force-inadequate.json',
  'evidence/examples/peel-2021-example/example-force-outstanding.json',
  'evidence/examples/peel-2021-example/example-force-requires-improvement.json',
  'package.json',
  'schemas/batch.schema.json',
  'schemas/criteria-test.schema.json',
  'schemas/criteria.schema.json',
  'schemas/evidence.schema.json',
  'schemas/forces.schema.json',
  'schemas/narrative.schema.json',
  'schemas/result.schema.json',
  'schemas/validate-result.schema.json',
];

/** npm's settings that say where and how to fetch; every other npm_* variable (set when the suite runs under `npm test`) is dropped. */
const NPM_KEEP = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_cafile', 'npm_config_proxy', 'npm_config_https_proxy', 'npm_config_noproxy', 'npm_config_strict_ssl']);
const ENV: Record<string, string> = {
  ...Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && (!/^npm_/i.test(e[0]) || NPM_KEEP.has(e[0].toLowerCase())))),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_prefer_offline: 'true',
  FORCE_COLOR: '0',
  NO_COLOR: '',
};

interface Run { status: number; stdout: string; stderr: string }
function spawn(command: string, args: readonly string[], cwd: string, env: Record<string, string> = ENV): Run {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1e9 });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
/** The same, without blocking: the slow npm runs (installs, npx, the action) overlap. */
function spawnAsync(command: string, args: readonly string[], cwd: string, env: Record<string, string> = ENV): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(command, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}
/** A run started now and awaited by a test later: a failure is that test's, not an unhandled rejection. */
function early<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
function ok(run: Run, what: string): Run {
  if (run.status !== 0) throw new Error(`${what} exited ${run.status}:\n${run.stderr}${run.stdout}`);
  return run;
}

const work = mkdtempSync(join(tmpdir(), 'grade-package-'));
const install = join(work, 'install');
const elsewhere = join(work, 'elsewhere');
const pkg = join(install, 'node_modules', manifest.name);
const grade = join(install, 'node_modules', '.bin', 'grade');
const hertfordshire = join(pkg, 'evidence', 'hertfordshire-2007');
mkdirSync(elsewhere);
let tarball = '';
let packed: string[] = [];

/** The slow runs, started together once the tarball exists; each test awaits its own. */
const started: {
  ls?: Promise<Run>;
  workers?: Promise<{ run: Run; files: number }>;
  npx?: Promise<Run>;
  actionPasses?: Promise<Record<string, Run>>;
  actionFails?: Promise<Record<string, Run>>;
} = {};

beforeAll(async () => {
  // Packs the build under test (npm test builds first) without running prepare: rebuilding dist
  // here would pull it from under the other test/dist/ files.
  const pack = ok(spawn('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT), 'npm pack');
  const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, info.filename);
  packed = info.files.map((f) => f.path);
  started.npx = early(npx());
  started.actionPasses = early(runAction(elsewhere, { package: tarball }));
  mkdirSync(install);
  writeFileSync(join(install, 'package.json'), '{ "name": "grade-install-test", "private": true }\n');
  ok(await spawnAsync('npm', ['install', '--prefix', install, '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', tarball], install), 'npm install');
  started.ls = early(spawnAsync('npm', ['ls', '--omit=dev', '--all', '--json'], install));
  started.workers = early(workerBatch());
  // Its install step is the one above (the passing run tests the action's own).
  started.actionFails = early(runAction(failingWorkspace(), { paths: 'criteria', criteria: 'criteria', 'max-warnings': '0' }, { install: { grade } }));
}, 120_000);
afterAll(async () => {
  // Every run started is awaited before its folder goes.
  await Promise.allSettled(Object.values(started));
  rmSync(work, { recursive: true, force: true });
});

/** The installed `grade`, run from a folder that is neither the repository nor the install. */
const run = (args: readonly string[], cwd = elsewhere) => spawn(grade, args, cwd);

describe('the tarball', () => {
  it('holds only what a user needs', () => {
    const folded = packed.map((p) => p.replace(/^dist\/chunks\/[^/]+\.js$/, 'dist/chunks/*.js').replace(/^dist\/types\/.+\.d\.ts$/, 'dist/types/**/*.d.ts'));
    expect([...new Set(folded)].sort()).toEqual([...EXPECTED_FILES].sort());
  });

  it('is sgc-grade, whose command is grade', () => {
    expect(manifest.name).toBe('sgc-grade');
    expect(Object.keys(manifest.bin)).toEqual(['grade']);
  });

  it('depends on exactly the packages the bundles load at run time', () => {
    // Package names the built files load: require("x"), import("x"), import … from "x";, and
    // createRequire(…)("x"), how the sources load yaml lazily. Quoted code is not a load (ajv's
    // generated validators carry 'require("ajv/dist/runtime/ucs2length")' as a string).
    const name = '[@a-z0-9][a-z0-9@._/-]*';
    const load = new RegExp(`(?:(?<![\\w$.'"])require\\(|\\bimport\\(|createRequire\\)?\\([^()]*\\)\\()\\s*(["'])(${name})\\1\\s*\\)|\\bfrom\\s*(["'])(${name})\\3\\s*;`, 'g');
    const files = ['dist/cli.cjs', 'dist/batch-worker.cjs', 'dist/index.js', ...readdirSync(join(ROOT, 'dist/chunks')).map((n) => `dist/chunks/${n}`)];
    const loaded = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(load)) {
        const specifier = m[2] ?? m[4] ?? '';
        if (builtinModules.includes(specifier)) continue;
        const parts = specifier.split('/');
        loaded.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] ?? specifier);
      }
    }
    expect([...loaded].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });
});

describe('installed with --omit=dev into an empty folder', () => {
  it('brings only what runs: npm ls --omit=dev', async () => {
    const ls = ok(await (started.ls ?? Promise.reject(new Error('not started'))), 'npm ls');
    type Tree = { dependencies?: Record<string, Tree> };
    const names = (tree: Tree): string[] => Object.entries(tree.dependencies ?? {}).flatMap(([name, sub]) => [name, ...names(sub)]);
    expect(names(JSON.parse(ls.stdout) as Tree).sort()).toEqual([manifest.name, ...Object.keys(manifest.dependencies)].sort());
  });

  it('grade --version', () => {
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('grade list', () => {
    const list = run(['list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('neighbourhood-policing');
  });

  it('grade validate, with no argument: the shipped criteria and their tests', () => {
    const validate = run(['validate']);
    expect(validate.stderr).toBe('');
    // Hertfordshire's CA-G2 and PP-G4 are dated after the period (criteria/README.md): two warnings.
    expect(validate.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 19 files valid (2 warnings)');
    expect(validate.status).toBe(0);
  });

  it('grade test, with no argument: the shipped criteria tests, the Hertfordshire evidence included', () => {
    const test = run(['test']);
    expect(test.stderr).toBe('');
    expect(test.stdout).toContain('Hertfordshire');
    expect(test.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✔ \d+ cases passed in 8 files$/);
    expect(test.status).toBe(0);
  });

  it('grade template neighbourhood-policing', () => {
    const template = run(['template', 'neighbourhood-policing']);
    expect(template.status).toBe(0);
    expect((JSON.parse(template.stdout) as { framework: string }).framework).toBe('neighbourhood-policing');
  });

  it('grades the bundled example', () => {
    const graded = run(['neighbourhood-policing', join(hertfordshire, 'neighbourhood-policing.json')]);
    expect(graded.stderr).toBe('');
    expect(graded.stdout).toContain('GOOD');
    expect(graded.status).toBe(0);
  });

  it('grade batch', () => {
    const batch = run(['batch', join(pkg, 'evidence'), '--format', 'json']);
    expect(batch.status).toBe(0);
    const out = JSON.parse(batch.stdout) as { results: unknown[]; errors: unknown[] };
    // Hertfordshire's six, and the PEEL and CQC worked examples.
    expect([out.results.length, out.errors.length]).toEqual([16, 0]);
  });

  it('grade batch on worker threads (the packaged worker)', async () => {
    const { run: batch, files } = await (started.workers ?? Promise.reject(new Error('not started')));
    expect(batch.stderr).toBe('workers started: 2\n');
    expect(batch.status).toBe(0);
    const out = JSON.parse(batch.stdout) as { results: unknown[]; errors: unknown[] };
    expect([out.results.length, out.errors.length]).toEqual([files, 0]);
  });

  it('grade report', () => {
    const report = run(['report', hertfordshire, '--output', 'hertfordshire.html']);
    expect({ ...report, stderr: report.stderr.replace(/^.*\[date-outside-period\]\n/gm, '') }).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(report.stderr.match(/\[date-outside-period\]/g)).toHaveLength(2);
    expect(readFileSync(join(elsewhere, 'hertfordshire.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('exits 1 for an input problem and 2 for a usage problem', () => {
    writeFileSync(join(elsewhere, 'broken.json'), '{"framework": "neighbourhood-policing", "findings": [}');
    expect(run(['neighbourhood-policing', 'broken.json']).status).toBe(1);
    expect(run(['validate', 'broken.json']).status).toBe(1);
    expect(run(['neighbourhood-policing', 'no-such-file.json']).status).toBe(2);
    expect(run(['batch', 'no-such-folder']).status).toBe(2);
  });

  it('imports as a library, yaml and all', () => {
    const script = `import { join } from 'node:path';
import { defaultCriteriaDir, gradeFile, loadCriteriaFile } from '${manifest.name}';
const criteria = await loadCriteriaFile(join(defaultCriteriaDir(), 'child-abuse.yaml'));
if (!criteria.ok) throw new Error('criteria');
const graded = await gradeFile(criteria.value, join(defaultCriteriaDir(), '..', 'evidence/hertfordshire-2007/child-abuse.json'));
console.log(graded.ok ? graded.result.grade : 'not graded');`;
    expect(spawn(process.execPath, ['--input-type=module', '-e', script], install)).toEqual({ status: 0, stdout: 'good\n', stderr: '' });
  });
});

/** The six Hertfordshire files under enough force ids for a batch to start workers, graded with two. */
function workerBatch(): Promise<{ run: Run; files: number }> {
  const folder = join(work, 'big');
  const source = join(ROOT, 'evidence', 'hertfordshire-2007'); // the repository's: a test input here
  // Its evidence files only: the force narrative beside them is not graded.
  const files = readdirSync(source).filter((name) => !name.endsWith('.narrative.json')).sort().map((name) => join(source, name));
  const forces: ForceCopy[] = [];
  for (let i = 0; forces.length * files.length < MIN_FILES_FOR_WORKERS; i++) forces.push({ id: `synthetic-force-${i}`, name: `Synthetic force ${i}`, files });
  const count = writeForceCopies(folder, join(work, 'forces.yaml'), 'Synthetic', forces);
  const counter = writeWorkerCounter(work);
  const args = ['-r', counter, grade, 'batch', folder, '--forces', join(work, 'forces.yaml'), '--jobs', '2', '--format', 'json'];
  return spawnAsync(process.execPath, args, elsewhere).then((r) => ({ run: r, files: count }));
}

/** `npx -p <tarball> grade --version`; what npx keeps in npm's cache (_npx/<hash>) for it is removed again. */
async function npx(): Promise<Run> {
  const result = await spawnAsync('npx', ['--yes', '--prefer-offline', '-p', tarball, 'grade', '--version'], elsewhere);
  const cache = (await spawnAsync('npm', ['config', 'get', 'cache'], elsewhere)).stdout.trim() || join(homedir(), '.npm');
  const kept = join(cache, '_npx');
  for (const dir of existsSync(kept) ? readdirSync(kept) : []) {
    try {
      const own = JSON.parse(readFileSync(join(kept, dir, 'package.json'), 'utf8')) as { _npx?: { packages?: string[] } };
      if (own._npx?.packages?.includes(tarball)) rmSync(join(kept, dir), { recursive: true, force: true });
    } catch { /* not one of npx's folders */ }
  }
  return result;
}

describe('npx -p <tarball> grade', () => {
  it('runs without an install', async () => {
    const result = await (started.npx ?? Promise.reject(new Error('not started')));
    expect(result.stdout).toBe(`${manifest.version}\n`);
    expect(result.status).toBe(0);
  });
});

/**
 * action.yml's steps run as a runner would: each `run` by bash in the workspace, with its `env`
 * (the only place expressions are used, and only these kinds), GITHUB_OUTPUT between steps.
 * Every step runs (their `if`s are not evaluated), except those whose outputs are given.
 */
async function runAction(workspace: string, inputs: Record<string, string>, given: Record<string, Record<string, string>> = {}): Promise<Record<string, Run>> {
  type Step = { id?: string; name: string; env?: Record<string, string>; run: string };
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] };
  };
  if (action.runs.using !== 'composite') throw new Error('action.yml: not a composite action');
  const unknown = Object.keys(inputs).filter((name) => !(name in action.inputs));
  if (unknown.length > 0) throw new Error(`action.yml has no input ${unknown.join(', ')}`);
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...inputs };
  const outputs: Record<string, Record<string, string>> = { ...given };
  const runnerTemp = mkdtempSync(join(work, 'runner-'));
  const runs: Record<string, Run> = {};
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.id !== undefined && step.id in given) continue;
    const outputFile = join(runnerTemp, `output-${index}`);
    writeFileSync(outputFile, '');
    const env: Record<string, string> = { ...ENV, GITHUB_ACTION_PATH: ROOT, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: outputFile };
    for (const [key, value] of Object.entries(step.env ?? {})) {
      env[key] = value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
        const input = /^inputs\.([\w-]+)$/.exec(expression);
        if (input) return values[input[1] ?? ''] ?? '';
        const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
        if (output) return outputs[output[1] ?? '']?.[output[2] ?? ''] ?? '';
        throw new Error(`action.yml: expression not simulated here: ${expression}`);
      });
    }
    const script = join(runnerTemp, `step-${index}.sh`);
    writeFileSync(script, step.run);
    runs[step.name] = await spawnAsync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], workspace, env);
    if (step.id) {
      outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at), line.slice(at + 1)];
      }));
    }
  }
  return runs;
}

/** A repository whose criteria test file has an unknown criterion and a case expecting the wrong grade. */
function failingWorkspace(): string {
  const workspace = join(work, 'workspace');
  mkdirSync(join(workspace, 'criteria', 'tests'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/validate/criteria/synthetic.yaml'), join(workspace, 'criteria', 'synthetic.yaml'));
  copyFileSync(join(ROOT, 'fixtures/criteria-tests/failing.test.yaml'), join(workspace, 'criteria', 'tests', 'failing.test.yaml'));
  return workspace;
}

describe('action.yml', () => {
  /** The workflow commands that GitHub turns into annotations. */
  const annotations = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::error ') || line.startsWith('::warning '));

  it('is documented in the README: every input, and a workflow using this repository', () => {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }> };
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([\w-]+)` \|.*\|.*\|$/gm)].map((m) => m[1]);
    for (const name of Object.keys(action.inputs)) expect(documented, `README: input ${name}`).toContain(name);
    const repository = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url;
    const slug = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(repository)?.[1];
    expect(readme).toContain(`uses: ${slug}@v${manifest.version}`);
  });

  it('installs the package and passes on the shipped criteria', async () => {
    const runs = await (started.actionPasses ?? Promise.reject(new Error('not started')));
    expect(Object.keys(runs)).toEqual(['Install sgc-grade', 'Validate criteria and evidence', 'Test the criteria']);
    for (const r of Object.values(runs)) expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(runs['Install sgc-grade']?.stdout).toContain(`sgc-grade ${manifest.version} from ${tarball}`);
    expect(runs['Validate criteria and evidence']?.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 19 files valid (2 warnings)');
    expect(runs['Test the criteria']?.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 140 cases passed in 8 files');
    expect(annotations(runs['Test the criteria']?.stdout ?? '')).toEqual([]);
  });

  it('annotates invalid criteria tests and failing cases, and fails', async () => {
    const runs = await (started.actionFails ?? Promise.reject(new Error('not started')));
    const validate = runs['Validate criteria and evidence'];
    expect(validate?.status).toBe(1);
    expect(validate?.stdout).toContain('::error file=criteria/tests/failing.test.yaml,line=14,col=17,title=grade unknown-criterion::');
    const test = runs['Test the criteria'];
    expect(test?.status).toBe(1);
    expect(annotations(test?.stdout ?? '')).toEqual([
      '::error file=criteria/tests/failing.test.yaml,line=8,col=5,title=grade case-failed::case "expects the wrong grade" failed: grade: expected fair, got poor [case-failed]',
      '::error file=criteria/tests/failing.test.yaml,line=14,col=17,title=grade unknown-criterion::case "cannot be graded" could not be graded: finding for unknown criterion "G9"; did you mean "G1"? [unknown-criterion]',
    ]);
  });
});
