import type { CompiledCondition, CompiledScheme } from '../criteria/scheme/compile.js';
import { appendAll } from '../shared/append.js';
import { reaches } from './search-shared.js';

/** A condition and the answer a way to the goal needs of it. */
export interface Literal { condition: CompiledCondition; holds: boolean }

/**
 * The ways the rules and limiters can give a grade at least `goalRank` (`up`) or below it, each a
 * list of condition answers that together make it so: a rule of the wanted side holds, and every
 * earlier rule of the other side fails (one of its conditions is false), and, going up, every
 * limiter capping below the goal fails; going down, a limiter capping below the goal holding is a
 * way too. A search can then try each way with only its own conditions. Undefined past `limit`
 * ways (the caller asks the whole rule sequence instead). With `settled` (a condition's answer
 * when no change the search can make turns it), a rule that must fail and has a condition that
 * stays false asks nothing, a rule with a condition that stays false is no way, and answers that
 * stay as wanted are left out: the ways are fewer, and each has fewer conditions.
 */
export function goalScenarios(compiled: CompiledScheme, goalRank: number, up: boolean, limit: number,
  settled: (condition: CompiledCondition) => boolean | undefined = () => undefined): Literal[][] | undefined {
  const wanted = (rank: number) => reaches(rank, goalRank, up);
  const out: Literal[][] = [];
  const lowLimiters = compiled.limiters.filter((l) => l.rank < goalRank);
  for (let r = 0; r < compiled.rules.length; r++) {
    const rule = compiled.rules[r];
    if (!rule || !wanted(rule.rank)) continue;
    const mustFail = compiled.rules.slice(0, r).filter((e) => !wanted(e.rank)).map((e) => (e.otherwise ? [] : e.when));
    if (up) appendAll(mustFail, lowLimiters.map((l) => l.when));
    const when = rule.otherwise ? [] : rule.when;
    if (!expandSettled(when, mustFail, out, limit, settled)) return undefined;
  }
  if (!up) for (const l of lowLimiters) if (!expandSettled(l.when, [], out, limit, settled)) return undefined;
  return out;
}

/** `expand` for a way whose conditions `when` must hold, with the settled answers taken out first. */
function expandSettled(when: readonly CompiledCondition[], mustFail: ReadonlyArray<readonly CompiledCondition[]>, out: Literal[][], limit: number,
  settled: (condition: CompiledCondition) => boolean | undefined): boolean {
  if (when.some((c) => settled(c) === false)) return true;
  const base = when.filter((c) => settled(c) !== true).map((condition) => ({ condition, holds: true }));
  const failing: CompiledCondition[][] = [];
  for (const list of mustFail) {
    if (list.some((c) => settled(c) === false)) continue;
    const open = list.filter((c) => settled(c) === undefined);
    // Every condition of a rule that must fail stays true: this way is none.
    if (open.length === 0) return true;
    failing.push(open);
  }
  return expand(base, failing, out, limit);
}

/** Adds to `out` the base with one condition of each list false, dropping contradictions; false past `limit`. */
function expand(base: Literal[], mustFail: ReadonlyArray<readonly CompiledCondition[]>, out: Literal[][], limit: number): boolean {
  const step = (at: number, chosen: Literal[]): boolean => {
    if (at === mustFail.length) {
      if (out.length >= limit) return false;
      out.push(chosen);
      return true;
    }
    for (const condition of mustFail[at] as CompiledCondition[]) {
      const same = chosen.find((l) => l.condition === condition);
      if (same?.holds === true) continue;
      if (!step(at + 1, same ? chosen : [...chosen, { condition, holds: false }])) return false;
    }
    return true;
  };
  const unique: Literal[] = [];
  for (const l of base) if (!unique.some((u) => u.condition === l.condition)) unique.push(l);
  return step(0, unique);
}
