import type { CompiledCondition, CompiledScheme } from '../criteria/scheme/compile.js';
import { allHold } from './conditions.js';
import { rankWhere } from './decide.js';
import { searchByMeasures } from './measure-search.js';
import { NO_WAY, reaches, withFactors, type BucketSummary } from './search-shared.js';
import { stateKey, type GradingState } from './state.js';
import { oneCriterionRises, tailsOf } from './tails.js';

/** The fewest changes to a state that reach a goal, and which criteria and factors they touch. */
export interface FewestChanges {
  /** Null when no change of findings reaches the goal (a cause of concern, say). */
  changesNeeded: number | null;
  /** Criterion positions (criteria order) and factor positions whose change could count towards it. */
  criteria: number[];
  factors: boolean;
  /** Criterion positions that change in every fewest way; whether every factor counted must change. */
  requiredCriteria: number[];
  factorsRequired: boolean;
  /** Present (true) only when the search gave up: `changesNeeded` is then null but not known to be unreachable. */
  unknown?: true;
  /** Present (true) when every fewest way puts all its steps on one criterion (several score points). */
  fromOne?: true;
}

/** How far the searches go before they give up (very many classes of criteria, each counted by several conditions). */
export interface SearchLimits {
  /** States the step-by-step search looks at. */
  states: number;
  /** Outcomes the search by measures tries, summed over the classes and the cheapest ways kept. */
  work: number;
}

export const SEARCH_LIMITS: Readonly<SearchLimits> = Object.freeze({ states: 20_000, work: 2_000_000 });

interface Node { hist: number[]; factors: number }

function keyOf(node: Node): string {
  return `${node.hist.join(',')}|${node.factors}`;
}

/** Every state one step away: one criterion one value up (or down), or one factor. */
function neighbours(node: Node, start: GradingState, up: boolean): Node[] {
  const { width } = start;
  const out: Node[] = [];
  for (let at = 0; at < node.hist.length; at++) {
    if ((node.hist[at] as number) === 0) continue;
    const v = at % width;
    if (up ? v === width - 1 : v === 0) continue;
    const hist = node.hist.slice();
    hist[at] = (hist[at] as number) - 1;
    const to = up ? at + 1 : at - 1;
    hist[to] = (hist[to] as number) + 1;
    out.push({ hist, factors: node.factors });
  }
  const factors = node.factors + (up ? 1 : -1);
  if (factors >= 0 && factors <= start.factorsTotal) out.push({ hist: node.hist, factors });
  return out;
}

/** How many of class k sit at or past value v, in the direction of travel. */
function behind(hist: readonly number[], k: number, v: number, width: number, up: boolean): number {
  let n = 0;
  if (up) for (let u = 0; u <= v; u++) n += hist[k * width + u] as number;
  else for (let u = v; u < width; u++) n += hist[k * width + u] as number;
  return n;
}

/** Neither search could finish: the fewest changes are not known (not the same as none reaching the goal). */
const UNKNOWN: BucketSummary = { ...NO_WAY, unknown: true };

function summarise(goals: readonly Node[], start: GradingState, up: boolean, cost: number): BucketSummary {
  const { width, hist } = start;
  const moved = new Set<number>();
  const always = new Set<number>();
  for (let k = 0; k < start.inSelection.length; k++) {
    for (let v = 0; v < width; v++) {
      const here = hist[k * width + v] as number;
      if (here === 0) continue;
      const at = k * width + v;
      const before = behind(hist, k, v, width, up);
      // Some criterion crossed past value v: one of those at v could be it (it goes on, the other stops at v).
      if (!goals.some((g) => behind(g.hist, k, v, width, up) < before)) continue;
      moved.add(at);
      // A goal with any criterion of the class at v can keep one of those at v, at the same cost,
      // however many crossed past it (scores 2, 3 reach 3, 4 as 4, 3: the 3 stays): then none must change.
      if (goals.every((g) => g.hist[at] === 0)) always.add(at);
    }
  }
  const fromOne = cost >= 2 && goals.every((g) => movesOneCriterion(start, g.hist, up));
  return withFactors({ changesNeeded: cost, moved, always }, goals.map((g) => g.factors), start, up, fromOne);
}

/** Whether a histogram differs from the start's by one criterion moved (in one class, on a run of steps). */
function movesOneCriterion(start: GradingState, hist: readonly number[], up: boolean): boolean {
  const { width } = start;
  let classesMoved = 0;
  let one = false;
  for (let k = 0; k < start.inSelection.length; k++) {
    const inTravel = (h: readonly number[]) => Array.from({ length: width }, (_v, p) => h[k * width + (up ? p : width - 1 - p)] as number);
    const before = tailsOf(inTravel(start.hist)).start;
    const after = tailsOf(inTravel(hist)).start;
    const rises = before.slice(0, width).map((s, t) => (t === 0 ? 0 : (after[t] as number) - s));
    if (rises.every((r) => r === 0)) continue;
    classesMoved++;
    one = oneCriterionRises(rises, before);
  }
  return classesMoved === 1 && one;
}

/** The criteria of a state in the buckets of a summary, in criteria order. */
function withPositions(summary: BucketSummary, start: GradingState): FewestChanges {
  const criteria: number[] = [];
  const requiredCriteria: number[] = [];
  if (summary.moved.size > 0) {
    for (let i = 0; i < start.classOf.length; i++) {
      const k = start.classOf[i] as number;
      if (k < 0) continue;
      const at = k * start.width + (start.valueOf[i] as number);
      if (summary.moved.has(at)) criteria.push(i);
      if (summary.always.has(at)) requiredCriteria.push(i);
    }
  }
  return { changesNeeded: summary.changesNeeded, criteria, factors: summary.factors, requiredCriteria, factorsRequired: summary.factorsRequired,
    ...(summary.unknown === true ? { unknown: true } : {}), ...(summary.fromOne === true ? { fromOne: true } : {}) };
}

/**
 * Visits each state one step from `start` (one count moved a class up or down, or one factor),
 * made in place in one scratch node and put back after; stops at the first visit that returns
 * true, and says whether one did.
 */
function someStep(start: GradingState, up: boolean, visit: (node: Node) => boolean): boolean {
  const { width } = start;
  const hist = start.hist.slice();
  const node: Node = { hist, factors: start.factorsMet };
  for (let at = 0; at < hist.length; at++) {
    const v = at % width;
    if ((hist[at] as number) === 0 || (up ? v === width - 1 : v === 0)) continue;
    const to = up ? at + 1 : at - 1;
    hist[at] = (hist[at] as number) - 1;
    hist[to] = (hist[to] as number) + 1;
    const stop = visit(node);
    hist[at] = (hist[at] as number) + 1;
    hist[to] = (hist[to]) - 1;
    if (stop) return true;
  }
  const factors = start.factorsMet + (up ? 1 : -1);
  if (factors < 0 || factors > start.factorsTotal) return false;
  node.factors = factors;
  return visit(node);
}

/** The states one step away that reach the goal. */
function oneStepGoals(start: GradingState, up: boolean, reached: (node: Node) => boolean): Node[] {
  const goals: Node[] = [];
  someStep(start, up, (node) => {
    if (reached(node)) goals.push({ hist: node.hist.slice(), factors: node.factors });
    return false;
  });
  return goals;
}

/** Searches remembered per compiled scheme: a round's files share few states (most searches are repeats). */
const remembered = new WeakMap<CompiledScheme, Map<string, BucketSummary>>();
const MAX_REMEMBERED = 20_000;

/**
 * The fewest single steps (a criterion met, or one score point, or a factor) that take the state
 * to a grade at least `goalRank` (`up`) or below `goalRank` (`!up`), exact: a breadth-first search
 * over the classes of interchangeable criteria, so each count of changes is tried once. States of
 * the compiled classes (no critical mark changing a selection) are searched once per scheme.
 */
export function fewestChanges(compiled: CompiledScheme, start: GradingState, goalRank: number, up: boolean,
  limits: Readonly<SearchLimits> = SEARCH_LIMITS): FewestChanges {
  if (limits !== SEARCH_LIMITS) return withPositions(search(compiled, start, goalRank, up, limits), start);
  return withPositions(summaryOf(compiled, start, goalRank, up), start);
}

/**
 * The fewest changes alone, without which criteria (what a batch keeps of a margin): the same
 * count as `fewestChanges`, found without collecting every way there. A state one step from its
 * goal (most are) stops at the first step that reaches it. `startRank` is the state's own rank,
 * which the caller has decided already (it is not decided again).
 */
export function fewestCount(compiled: CompiledScheme, start: GradingState, goalRank: number, up: boolean, startRank: number): number | null {
  if (up ? startRank >= goalRank : startRank < goalRank) return 0;
  const reached = reachedBy(compiled, start, goalRank, up);
  if (someStep(start, up, reached)) return 1;
  return summaryOf(compiled, start, goalRank, up).changesNeeded;
}

function summaryOf(compiled: CompiledScheme, start: GradingState, goalRank: number, up: boolean): BucketSummary {
  if (start.inSelection !== compiled.classes.inSelection) return search(compiled, start, goalRank, up, SEARCH_LIMITS);
  let memo = remembered.get(compiled);
  if (!memo) remembered.set(compiled, (memo = new Map<string, BucketSummary>()));
  const key = `${up ? 'u' : 'd'}${goalRank}|${stateKey(start)}`;
  let summary = memo.get(key);
  if (!summary) {
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    summary = search(compiled, start, goalRank, up, SEARCH_LIMITS);
    memo.set(key, summary);
  }
  return summary;
}

/** Whether a node (counts and factors met, the rest as in `start`) reaches the goal. */
function reachedBy(compiled: CompiledScheme, start: GradingState, goalRank: number, up: boolean): (node: Node) => boolean {
  // One state object, its counts swapped in per node: the search makes no copy of the rest.
  const probe: GradingState = { inSelection: start.inSelection, classOf: start.classOf, valueOf: start.valueOf, hist: start.hist,
    width: start.width, factorsMet: start.factorsMet, factorsTotal: start.factorsTotal, concerns: start.concerns };
  const allOf = (when: readonly CompiledCondition[]) => allHold(when, compiled, probe);
  return (node) => {
    probe.hist = node.hist;
    probe.factorsMet = node.factors;
    return reaches(rankWhere(compiled, allOf), goalRank, up);
  };
}

function search(compiled: CompiledScheme, start: GradingState, goalRank: number, up: boolean, limits: Readonly<SearchLimits>): BucketSummary {
  const reached = reachedBy(compiled, start, goalRank, up);
  const here: Node[] = [{ hist: start.hist, factors: start.factorsMet }];
  if (reached(here[0] as Node)) return summarise(here, start, up, 0);
  // Most grades are one change from the next: that step is tried in place, with no state copied.
  const single = oneStepGoals(start, up, reached);
  if (single.length > 0) return summarise(single, start, up, 1);
  return searchByMeasures(compiled, start, goalRank, up, limits.work) ?? stepByStep(start, up, reached, limits.states) ?? UNKNOWN;
}

/** The breadth-first search one step at a time; undefined when it meets too many states. */
function stepByStep(start: GradingState, up: boolean, reached: (node: Node) => boolean, maxStates: number): BucketSummary | undefined {
  let frontier: Node[] = [{ hist: start.hist, factors: start.factorsMet }];
  const seen = new Set<string>([keyOf(frontier[0] as Node)]);
  for (let cost = 0; frontier.length > 0; cost++) {
    const goals = frontier.filter(reached);
    if (goals.length > 0) return summarise(goals, start, up, cost);
    const next: Node[] = [];
    for (const node of frontier) {
      for (const n of neighbours(node, start, up)) {
        const k = keyOf(n);
        if (seen.has(k)) continue;
        seen.add(k);
        next.push(n);
      }
    }
    if (seen.size > maxStates) return undefined;
    frontier = next;
  }
  return NO_WAY;
}

/** `fewestChanges` by measures alone (tests compare it with the step-by-step search), or undefined when it gives up. */
export function fewestChangesByMeasures(compiled: CompiledScheme, start: GradingState, goalRank: number, up: boolean): FewestChanges | undefined {
  const summary = searchByMeasures(compiled, start, goalRank, up, SEARCH_LIMITS.work);
  return summary && withPositions(summary, start);
}

/** How far the step-by-step search goes when tests take it as the reference: further than when it is the last resort. */
const REFERENCE_STATES = 200_000;

/** `fewestChanges` one step at a time alone, or undefined when it gives up. */
export function fewestChangesStepByStep(compiled: CompiledScheme, start: GradingState, goalRank: number, up: boolean): FewestChanges | undefined {
  const summary = stepByStep(start, up, reachedBy(compiled, start, goalRank, up), REFERENCE_STATES);
  return summary && withPositions(summary, start);
}
