/** Everything the CLI takes from or gives to the outside world; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width for progress output; undefined when not a terminal. */
  columns?: number;
  /** stdout's terminal width, that text output wraps to; undefined when stdout is not a terminal. */
  stdoutColumns?: number;
}
