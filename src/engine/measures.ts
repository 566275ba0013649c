import type { CompiledCondition, CompiledScheme } from '../criteria/scheme/compile.js';
import { compare, counts, holds, measure } from './conditions.js';
import type { GradingState } from './state.js';
import { tailsOf, type ClassTails } from './tails.js';

/**
 * What the conditions of a scheme can see change as findings move one way: a few measures, each
 * a sum over some classes of either a tail (criteria at a step or past it: a count) or the steps
 * moved (a score), kept only up to the rise past which none of its conditions turns. Two
 * outcomes with the same capped measures and factors get the same grade.
 */
export interface MeasureSpace {
  /** Per measure: the rise past which its conditions all give their last answer. */
  caps: number[];
  /** Per measure, the rises at which one of its conditions turns, ascending. */
  turns: number[][];
  /** Per class (state order) that any measure sees: its tails, cuts and the measures they feed. */
  classes: MeasuredClass[];
  /** Whether a condition, or every condition of a list, holds at capped measure rises and a count of factors met. */
  holds: (condition: CompiledCondition, rises: ArrayLike<number>, factors: number) => boolean;
  allOf: (when: readonly CompiledCondition[], rises: ArrayLike<number>, factors: number) => boolean;
  /** A condition's answer when no change the search can make turns it, else undefined. */
  settled: (condition: CompiledCondition) => boolean | undefined;
}

export interface MeasuredClass {
  k: number;
  tails: ClassTails;
  /** The steps whose tail some measure counts, ascending, and per cut the measures it feeds. */
  cuts: number[];
  cutMeasures: number[][];
  /** Per cut, the most rise any of its measures can use. */
  cutCaps: number[];
  /** Score measures this class's steps feed, and the most steps any of them can use. */
  scoreMeasures: number[];
  scoreCap: number;
  /**
   * Per cut (and for the steps), the rises at which a condition turns when this class alone feeds
   * its measures, else undefined: then only those rises, not every one, tell outcomes apart.
   */
  cutTurns: Array<number[] | undefined>;
  scoreTurns: number[] | undefined;
}

type Answer = (rises: ArrayLike<number>, factors: number) => boolean;

interface Draft { index: number; members: boolean[]; cut: number; cap: number; turns: Set<number> }

/** The first rise in [0, most] at which `holdsAt` answers otherwise than at 0 (answers turn at most once), or 0. */
function turningRise(holdsAt: (rise: number) => boolean, most: number): number {
  const first = holdsAt(0);
  if (holdsAt(most) === first) return 0;
  let lo = 1;
  let hi = most;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (holdsAt(mid) !== first) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** The measures of a state that some conditions (by default every rule's and limiter's) see, for a search towards higher grades (`up`) or lower ones. */
export function measureSpace(compiled: CompiledScheme, state: GradingState, up: boolean,
  conditions: readonly CompiledCondition[] = [...compiled.rules.flatMap((r) => r.when), ...compiled.limiters.flatMap((l) => l.when)]): MeasureSpace {
  const { width, hist, inSelection } = state;
  const scores = compiled.scheme.scores;
  const offset = scores?.min ?? 0;
  const metIndex = scores ? scores.metAt - scores.min : 1;
  const valueAt = (p: number) => (up ? p : width - 1 - p);
  const all = inSelection.map((_, k) => tailsOf(Array.from({ length: width }, (_v, p) => hist[k * width + valueAt(p)] as number)));
  const drafts = new Map<string, Draft>();
  const answers = new Map<CompiledCondition, Answer>();
  const fixedAnswers = new Map<CompiledCondition, boolean>();
  /** A condition no change of the search turns: its answer now, whatever the measures. */
  const settle = (c: CompiledCondition, answer: boolean): void => {
    fixedAnswers.set(c, answer);
    answers.set(c, () => answer);
  };
  for (const c of conditions) {
    if (answers.has(c)) continue;
    if (c.kind === 'factors') {
      const byFactors = (f: number) => compare(c, { count: f, total: state.factorsTotal });
      const now = byFactors(state.factorsMet);
      if (byFactors(up ? state.factorsTotal : 0) === now) fixedAnswers.set(c, now);
      answers.set(c, (_r, f) => byFactors(f));
      continue;
    }
    const fixed = holds(c, compiled, state);
    if (c.kind === 'concerns') { settle(c, fixed); continue; }
    const members = inSelection.map((bits, k) => (bits[c.selection] ?? false) && (all[k] as ClassTails).n > 0);
    const { count, total } = measure(c, compiled, state);
    let cut = -1;
    let sign = 1;
    let most = 0;
    if (c.kind === 'score') {
      members.forEach((m, k) => { if (m) { const t = all[k] as ClassTails; most += t.n * (width - 1) - t.startSum; } });
      sign = up ? 1 : -1;
    } else {
      const counted = Array.from({ length: width }, (_v, p) => counts(c.counted, valueAt(p), offset, metIndex));
      const at = counted.findIndex((x, p) => p > 0 && x !== counted[p - 1]);
      if (at < 0) { settle(c, fixed); continue; }
      cut = at;
      sign = counted[at] ? 1 : -1;
      members.forEach((m, k) => { if (m) { const t = all[k] as ClassTails; most += t.n - (t.start[at] as number); } });
    }
    const holdsAt = (rise: number) => compare(c, { count: count + sign * rise, total });
    const turn = turningRise(holdsAt, most);
    if (turn === 0) { settle(c, fixed); continue; }
    const key = `${cut}|${members.map((m) => (m ? '1' : '0')).join('')}`;
    let draft = drafts.get(key);
    if (!draft) drafts.set(key, (draft = { index: drafts.size, members, cut, cap: 0, turns: new Set() }));
    draft.cap = Math.max(draft.cap, turn);
    draft.turns.add(turn);
    const { index } = draft;
    answers.set(c, (rises) => holdsAt(rises[index] as number));
  }
  const list = [...drafts.values()];
  const feeders = list.map((d) => d.members.filter(Boolean).length);
  // The turning rises of some measures when this class alone feeds every one of them.
  const soleTurns = (ms: readonly number[]): number[] | undefined => (ms.every((i) => feeders[i] === 1)
    ? [...new Set(ms.flatMap((i) => [...(list[i] as Draft).turns]))].sort((a, b) => a - b) : undefined);
  const classes: MeasuredClass[] = [];
  all.forEach((tails, k) => {
    const feeds = list.flatMap((d, i) => ((d.members[k] ?? false) ? [i] : []));
    if (feeds.length === 0) return;
    const cuts = [...new Set(feeds.map((i) => (list[i] as Draft).cut).filter((t) => t > 0))].sort((a, b) => a - b);
    const cutMeasures = cuts.map((t) => feeds.filter((i) => (list[i] as Draft).cut === t));
    const scoreMeasures = feeds.filter((i) => (list[i] as Draft).cut < 0);
    classes.push({ k, tails, cuts, cutMeasures, cutCaps: cutMeasures.map((ms) => Math.max(...ms.map((i) => (list[i] as Draft).cap))),
      scoreMeasures, scoreCap: Math.max(0, ...scoreMeasures.map((i) => (list[i] as Draft).cap)),
      cutTurns: cutMeasures.map(soleTurns), scoreTurns: scoreMeasures.length > 0 ? soleTurns(scoreMeasures) : undefined });
  });
  const holdsAt = (c: CompiledCondition, rises: ArrayLike<number>, factors: number): boolean => (answers.get(c) as Answer)(rises, factors);
  const allOf = (when: readonly CompiledCondition[], rises: ArrayLike<number>, factors: number): boolean => {
    for (const c of when) if (!holdsAt(c, rises, factors)) return false;
    return true;
  };
  return { caps: list.map((d) => d.cap), turns: list.map((d) => [...d.turns].sort((a, b) => a - b)), classes, holds: holdsAt, allOf,
    settled: (c) => fixedAnswers.get(c) };
}
