/** Entry of the bundled CLI (dist/cli.js): `bin/grade.js` calls `main`. */
import { run } from './run.js';
import type { Io } from './io.js';
import { fdWriter, isTerminal } from './terminal.js';

/** The real process's streams and environment as an Io. */
export function nodeIo(): Io {
  let stdoutIsTTY: boolean | undefined;
  let stderrIsTTY: boolean | undefined;
  // Asked only when needed: whether to colour, whether to draw progress.
  return {
    stdout: fdWriter(1),
    stderr: fdWriter(2),
    env: process.env,
    cwd: process.cwd(),
    get stdoutIsTTY() { return (stdoutIsTTY ??= isTerminal(1)); },
    get stderrIsTTY() { return (stderrIsTTY ??= isTerminal(2)); },
    get columns() { return this.stderrIsTTY ? process.stderr.columns : undefined; },
  };
}

/** Runs the CLI on the process's arguments and returns the exit code. */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return run(argv, nodeIo());
}

export { run };
