import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/grade.js', import.meta.url));

export interface CliRun { status: number; stdout: string; stderr: string }

/**
 * Fails at once, saying what to do, when there is no build: for the tests in test/dist/, the
 * only ones that run the built binary (`npm test` builds first).
 */
export function assertBuilt(): void {
  for (const file of ['dist/cli.cjs', 'dist/batch-worker.cjs', 'dist/index.js', 'dist/parsed']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: test/dist/ tests the build; run \`npm run build\` first (npm test does)`);
  }
}

/** Runs the built bin, as a user would, with colour forced off: for test/dist/ only. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The golden record of a run: the command line, exit code, stdout and stderr. */
export function goldenRecord(args: readonly string[], run: CliRun): string {
  return `$ grade ${args.join(' ')}\n--- exit ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}

/** A file name for a golden record, derived from its command line. */
export function goldenName(args: readonly string[]): string {
  const slug = args.join(' ').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120);
  return `grade_${slug || 'no-args'}.txt`;
}

/**
 * Runs the CLI's `run(argv, io)` from the source, in this process, with an Io that captures
 * stdout and stderr: what a golden or behaviour test should use unless it needs a real process
 * (then it belongs in test/dist/). No build-time parse is handed in and no worker thread is
 * started (a batch of any size is graded in this thread), so what runs is the sources alone.
 */
export async function runInProcess(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const { run } = await import('../../src/cli/run.js');
  let stdout = '';
  let stderr = '';
  const cwd = options.cwd ?? ROOT;
  const before = process.cwd();
  // Relative paths resolve as in a real process started there (the suite runs in forked workers).
  process.chdir(cwd);
  const status = await run(args, {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    env: { FORCE_COLOR: '0', ...options.env },
    cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  }).finally(() => process.chdir(before));
  return { status, stdout, stderr };
}
