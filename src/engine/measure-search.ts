import type { CompiledScheme } from '../criteria/scheme/compile.js';
import { rankWhere } from './decide.js';
import { goalScenarios, type Literal } from './scenarios.js';
import { measureSpace, type MeasureSpace } from './measures.js';
import type { GradingState } from './state.js';
import { withinBudget, type Reached } from './budget-search.js';
import { NO_WAY, reaches, type Advance, type BucketSummary } from './search-shared.js';

/**
 * The fewest steps (a criterion met, one score point, one factor) that reach a goal, exact, by
 * measures: a class at a time, every outcome of its tails at the cuts the conditions count and of
 * the steps its scores add, keeping for each capped measure value only the cheapest way there;
 * only ways within a budget of steps, raised until some way reaches the goal; each way to the
 * goal (`goalScenarios`) alone, with only its own conditions' measures. Then the way back
 * marks the outcomes of each class that some cheapest way uses, and from those which buckets
 * change. Undefined when the work would pass `limit` (a caller then gives up).
 */
export function searchByMeasures(compiled: CompiledScheme, state: GradingState, goalRank: number, up: boolean, limit: number): BucketSummary | undefined {
  const work = { done: 0, limit };
  const whole = measureSpace(compiled, state, up);
  const scenarios = goalScenarios(compiled, goalRank, up, MAX_SCENARIOS, whole.settled);
  const spaces: Prepared[] = [];
  if (!scenarios) {
    const space = whole;
    spaces.push(prepared(state, space, (rises, f) => reaches(rankWhere(compiled, (when) => space.allOf(when, rises, f)), goalRank, up)));
  } else {
    // Each way to the goal alone, with only its own conditions: far fewer measures than all rules have.
    const far = up ? state.factorsTotal : 0;
    for (const literals of scenarios) {
      const space = measureSpace(compiled, state, up, literals.map((l) => l.condition));
      // A condition turns at most once as its measure (or the factors) rises: one wrong at both ends is never right.
      if (literals.some((l) => space.holds(l.condition, space.caps.map(() => 0), state.factorsMet) !== l.holds
        && space.holds(l.condition, space.caps, far) !== l.holds)) continue;
      spaces.push({ ...prepared(state, space, (rises, f) => literals.every((l) => space.holds(l.condition, rises, f) === l.holds)),
        least: leastSteps(space, literals, state, up) });
    }
  }
  let open = spaces.filter((p) => p.size <= Number.MAX_SAFE_INTEGER).sort((a, b) => a.size - b.size);
  if (open.length < spaces.length) return undefined;
  // Every way at the same budget, raised by a quarter, each from the least it could take: the
  // first budget at which some way reaches the goal holds every cheapest one. Within a budget, a
  // way found caps the budget of the larger spaces after it.
  for (let budget = Math.max(2, Math.min(...open.map((p) => p.least))); open.length > 0; budget = Math.max(budget + 1, Math.ceil(budget * 1.25))) {
    const found: BucketSummary[] = [];
    let cheapest = budget;
    for (const p of open) {
      if (p.least > cheapest) continue;
      const here = Math.min(cheapest, p.most);
      const summary = withinBudget(state, p.space, p.mult, p.advance, p.reached, up, here, work, Math.max(p.least, p.tried + 1));
      p.tried = here;
      if (summary === undefined) return undefined;
      if (summary) { found.push(summary); cheapest = Math.min(cheapest, summary.changesNeeded as number); }
    }
    if (found.length > 0) {
      const best = Math.min(...found.map((f) => f.changesNeeded as number));
      return merged(found.filter((f) => f.changesNeeded === best));
    }
    open = open.filter((p) => p.most > budget);
  }
  return NO_WAY;
}

/** More ways than this to a goal (rules with many conditions before it): the whole rule sequence is asked instead. */
const MAX_SCENARIOS = 256;

/** The summaries of the cheapest ways to the goal together: a bucket moves in some, must move in all. */
function merged(summaries: readonly BucketSummary[]): BucketSummary {
  const [first] = summaries as [BucketSummary];
  const moved = new Set(summaries.flatMap((s) => [...s.moved]));
  const always = new Set([...first.always].filter((at) => summaries.every((s) => s.always.has(at))));
  const fromOne = summaries.every((s) => s.fromOne === true);
  return { changesNeeded: first.changesNeeded, moved, always, factors: summaries.some((s) => s.factors),
    factorsRequired: summaries.every((s) => s.factorsRequired), ...(fromOne ? { fromOne } : {}) };
}


/**
 * The fewest steps a way to the goal could take: each condition that must turn needs its measure
 * to rise to its turning point (a unit of rise is a step at least), and the factors that must turn
 * as many factor changes.
 */
function leastSteps(space: MeasureSpace, literals: readonly Literal[], state: GradingState, up: boolean): number {
  const top = Math.max(0, ...space.caps);
  let rises = 0;
  let factors = 0;
  for (const l of literals) {
    const answer = (r: number, f: number) => space.holds(l.condition, space.caps.map((c) => Math.min(c, r)), f) === l.holds;
    if (answer(0, state.factorsMet)) continue;
    if (l.condition.kind === 'factors') {
      let n = 1;
      for (let f = state.factorsMet + (up ? 1 : -1); f >= 0 && f <= state.factorsTotal && !answer(0, f); f += up ? 1 : -1) n++;
      factors = Math.max(factors, n);
      continue;
    }
    let r = 1;
    while (r < top && !answer(r, state.factorsMet)) r++;
    rises = Math.max(rises, r);
  }
  return rises + factors;
}

/** One space of measures ready to search: its key layout, and the most steps any change in it could take. */
interface Prepared {
  space: MeasureSpace; mult: number[]; size: number; advance: Advance; reached: Reached; most: number;
  /** The fewest steps a way could take, and the largest budget tried without reaching the goal (-1 before the first). */
  least: number; tried: number;
}

function prepared(state: GradingState, space: MeasureSpace, reached: Reached): Prepared {
  const mult: number[] = [];
  let size = 1;
  for (const c of space.caps) {
    mult.push(size);
    size *= c + 1;
  }
  const advance = (key: number, adds: ReadonlyArray<readonly [number, number]>): number => {
    let next = key;
    for (const [d, add] of adds) {
      const c = space.caps[d] as number;
      const v = Math.floor(next / (mult[d] as number)) % (c + 1);
      next += (Math.min(c, v + add) - v) * (mult[d] as number);
    }
    return next;
  };
  const most = space.classes.reduce((a, m) => a + m.tails.n * (state.width - 1) - m.tails.startSum, 0) + state.factorsTotal;
  return { space, mult, size, advance, reached, most, least: 0, tried: -1 };
}
