/** Entry of the bundled CLI (dist/cli.js): `bin/grade.js` calls `main`. */
import { run } from './run.js';
import type { Io } from './io.js';

/** The real process's streams and environment as an Io. */
export function nodeIo(): Io {
  // A reader that stops early (`grade batch … | head`) closes the pipe: that is not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => { if (error.code !== 'EPIPE') throw error; });
  }
  return {
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  };
}

/** Runs the CLI on the process's arguments and returns the exit code. */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return run(argv, nodeIo());
}

export { run };
