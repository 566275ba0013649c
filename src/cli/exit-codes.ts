/** How a command ended, in SPEC §4's terms. */
export type Outcome = 'ok' | 'input-error' | 'usage-error';

/** The process exit code for an outcome: 0 done, 1 an input problem, 2 a usage problem. */
export function exitCode(outcome: Outcome): number {
  switch (outcome) {
    case 'ok': return 0;
    case 'input-error': return 1;
    case 'usage-error': return 2;
  }
}

/** The worse of two outcomes (usage beats input beats ok). */
export function worst(a: Outcome, b: Outcome): Outcome {
  return exitCode(a) >= exitCode(b) ? a : b;
}
