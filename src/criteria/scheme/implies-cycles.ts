import type { Issue } from '../../shared/diagnostics.js';

/** A cycle of `implies` as its message names it: whole when short, else its first steps and its length. */
function cycleText(cycle: readonly string[], from: number): string {
  const k = cycle.length;
  const at = (i: number) => cycle[(from + i) % k] as string;
  if (k <= 10) return `through ${[...Array.from({ length: k }, (_v, i) => at(i)), at(0)].join(' -> ')}`;
  return `through a cycle of ${k} flags: ${Array.from({ length: 8 }, (_v, i) => at(i)).join(' -> ')} -> … -> ${at(0)}`;
}

/**
 * Every flag on a cycle of `implies`, each with the cycle: in time linear in the flags (each flag
 * implies one other at most, so each is walked once).
 */
export function impliesCycles(flags: Readonly<Record<string, { implies?: string }>>): Issue[] {
  const issues: Issue[] = [];
  const state = new Map<string, 'walking' | 'done'>();
  const cycleOf = new Map<string, { cycle: string[]; at: number }>();
  for (const start of Object.keys(flags)) {
    const path: string[] = [];
    let next: string | undefined = start;
    while (next !== undefined && Object.hasOwn(flags, next) && !state.has(next)) {
      state.set(next, 'walking');
      path.push(next);
      next = flags[next]?.implies;
    }
    if (next !== undefined && state.get(next) === 'walking') {
      const cycle = path.slice(path.indexOf(next));
      cycle.forEach((id, at) => cycleOf.set(id, { cycle, at }));
    }
    for (const id of path) state.set(id, 'done');
  }
  // In the order the flags are written, as before.
  for (const id of Object.keys(flags)) {
    const found = cycleOf.get(id);
    if (found) issues.push({ code: 'implies-cycle', severity: 'error', path: ['flags', id, 'implies'],
      message: `flag ${id} implies itself ${cycleText(found.cycle, found.at)}` });
  }
  return issues;
}
