/** Entry of the bundled CLI (dist/cli.cjs): `bin/grade.js` calls `main`. */
import { run } from './run.js';
import type { Io } from './io.js';
import { setInterruptExit } from './interrupt.js';
import { fdWriter, isTerminal, type WriteFailures } from './terminal.js';
import { prebuiltParsesIn, usePrebuiltParses } from '../io/prebuilt.js';
import { useYamlLibrary, type YamlLibrary } from '../criteria/yaml-source.js';
import { useCompilerSwitch } from '../io/compiler.js';

/** The real process's streams and environment as an Io. */
export function nodeIo(failures: WriteFailures = { failed: undefined }): Io {
  let stdoutIsTTY: boolean | undefined;
  let stderrIsTTY: boolean | undefined;
  // Asked only when needed: whether to colour, whether to draw progress, how wide to wrap.
  return {
    stdout: fdWriter(1, failures),
    stderr: fdWriter(2, failures),
    env: process.env,
    cwd: process.cwd(),
    get stdoutIsTTY() { return (stdoutIsTTY ??= isTerminal(1)); },
    get stderrIsTTY() { return (stderrIsTTY ??= isTerminal(2)); },
    get columns() { return this.stderrIsTTY ? process.stderr.columns : undefined; },
    // Only a terminal has a width; asking a pipe's process.stdout would load the stream modules.
    get stdoutColumns() { return this.stdoutIsTTY ? process.stdout.columns : undefined; },
  };
}

/** What `bin/` hands the CLI. */
export interface MainOptions {
  /** How to end the process when a signal interrupts a run. */
  exit?: (code: number) => void;
  /**
   * The folder of the build's parses of the shipped criteria and forces registry (dist/parsed):
   * a file with exactly their text takes its parse instead of being parsed (a faster start-up).
   * Only the entry point knows where the build is; the loaders never look for it.
   */
  parsed?: string;
  /** Loads the YAML parser on first use (the build's bundle with its code cache); else `yaml` is required. */
  yaml?: () => YamlLibrary;
  /** Turns V8's optimising compiler off or on (see io/compiler.ts); the CLI never does so itself. */
  optimizing?: (on: boolean) => void;
}

/**
 * Runs the CLI on the process's arguments and returns the exit code: 2 when stdout or stderr
 * failed after the run had handed its output over (`cannot write stdout: …`).
 */
export async function main(argv: readonly string[] = process.argv.slice(2), options: MainOptions = {}): Promise<number> {
  if (options.exit) setInterruptExit(options.exit);
  if (options.parsed !== undefined) usePrebuiltParses(prebuiltParsesIn(options.parsed));
  if (options.yaml !== undefined) useYamlLibrary(options.yaml);
  if (options.optimizing !== undefined) useCompilerSwitch(options.optimizing);
  const failures: WriteFailures = { failed: undefined };
  const code = await run(argv, nodeIo(failures));
  if (failures.failed === undefined) return code;
  try { fdWriter(2)(`grade: error: ${failures.failed}\n`); } catch { /* stderr is gone too */ }
  return Math.max(code, 2);
}

export { run, prebuiltParsesIn, usePrebuiltParses, useYamlLibrary };
