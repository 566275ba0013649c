import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The validators the sources import, compiled from schemas/ (no build needed); one temporary
    // folder for the run, removed at its end.
    globalSetup: ['test/setup/validators.ts', 'test/setup/temp-dir.ts'],
    // The CLI tests run in-process and change the working directory (test/helpers/cli.ts), which
    // worker threads cannot: forked workers, two for two cores. Only test/dist/ starts the binary.
    pool: 'forks',
    maxWorkers: 2,
    // One process per worker for all its files, not one per file: half the suite's time went to
    // importing the sources afresh. Tests that change process state (working directory, TZ,
    // prebuilt parses, spies) restore it.
    isolate: false,
    // A larger young generation for the workers: the tests make many short-lived objects, and
    // scavenges were a visible part of the suite's time.
    execArgv: ['--max-semi-space-size=32'],
    testTimeout: 30_000,
  },
});
