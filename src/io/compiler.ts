/**
 * Whether V8's optimising compiler runs, as the entry point controls it (bin/load-cli.js
 * `setOptimizing`): off for a command that does a lot of work for a short time, on again when a
 * run turns out long. Nothing by default (the tests, the library). Figures: docs/performance.md.
 */
let compilerSwitch: ((optimizing: boolean) => void) | undefined;
let long = false;

/** Hands in the entry point's switch; undefined takes it away again. Only an entry point does this. */
export function useCompilerSwitch(set: ((optimizing: boolean) => void) | undefined): void {
  compilerSwitch = set;
  long = false;
}

/**
 * Says that this command does much work in little time (`validate`, `test`, `report`, a batch):
 * the CPU the optimising compiler would spend in its background thread on code hot for a few
 * milliseconds is not repaid, so it is turned off (unless the run was already said to be long).
 */
export function shortRun(): void {
  if (!long) compilerSwitch?.(false);
}

/**
 * Says that this run is long (a batch of many files, or one that starts worker threads), before
 * that work starts: the optimising compiler is turned on again. Worker threads need it too: V8
 * takes their bundle's code cache only under the flags it was made with.
 */
export function longRun(): void {
  long = true;
  compilerSwitch?.(true);
}
