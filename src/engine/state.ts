import type { CompiledScheme } from '../criteria/scheme/compile.js';

/**
 * What the conditions of a scheme see of one force's evidence: the applicable criteria grouped
 * into classes of interchangeable ones (in the same selections), each with a histogram of the
 * values its criteria have: 0 unmet / 1 met, or in a scored scheme the score less the lowest.
 * The decision reads it, and the search for `nextGrade` and `margin` moves criteria between
 * values in it.
 */
export interface GradingState {
  /** Per class: the selections it is in. */
  inSelection: ReadonlyArray<readonly boolean[]>;
  /** Per criterion (criteria order): its class, or -1 when it is not applicable. */
  classOf: ArrayLike<number>;
  /** Per criterion: its value index. */
  valueOf: ArrayLike<number>;
  /** Flattened [class][value] counts. */
  hist: number[];
  /** Values per class: 2, or max - min + 1 scores. */
  width: number;
  factorsMet: number;
  factorsTotal: number;
  concerns: number;
}

/** One criterion as the state is built from it. */
export interface StateInput {
  applicable: boolean;
  critical: boolean;
  /** 0/1 (met), or the score. */
  value: number;
}

/** The value index of a criterion's value (scores start at the scheme's lowest). */
export function valueWidth(compiled: CompiledScheme): { width: number; offset: number } {
  const scores = compiled.scheme.scores;
  return scores ? { width: scores.max - scores.min + 1, offset: scores.min } : { width: 2, offset: 0 };
}

/** The classes of criteria marked critical by the evidence, where a mark changes what selects them. */
function criticalClasses(compiled: CompiledScheme, applicable: ArrayLike<boolean>, critical: ArrayLike<boolean>):
  { classOf: number[]; inSelection: boolean[][] } {
  const { selections } = compiled;
  const keys = new Map<string, number>();
  const classOf: number[] = [];
  const inSelection: boolean[][] = [];
  for (let i = 0; i < applicable.length; i++) {
    if (!applicable[i]) { classOf.push(-1); continue; }
    const bits = selections.map((s) => (s.always[i] ?? false) || (critical[i] === true && (s.ifCritical[i] ?? false)));
    const key = bits.map((b) => (b ? '1' : '0')).join('');
    let at = keys.get(key);
    if (at === undefined) {
      at = inSelection.length;
      keys.set(key, at);
      inSelection.push(bits);
    }
    classOf.push(at);
  }
  return { classOf, inSelection };
}

/**
 * Builds the state of one evidence from its criteria (criteria order: whether each applies, is
 * marked critical, and its value: 0/1 or the score), its factors and its concerns. Without a
 * critical mark that changes a selection (the common case) the classes are the criteria's own,
 * found once when the scheme was compiled: then only the histogram is counted.
 */
export function stateOf(compiled: CompiledScheme, applicable: ArrayLike<boolean>, critical: ArrayLike<boolean> | null,
  values: ArrayLike<number>, factorsMet: number, factorsTotal: number, concerns: number): GradingState {
  const { width, offset } = valueWidth(compiled);
  let marked = false;
  if (critical) for (let i = 0; i < critical.length; i++) if (critical[i] === true && compiled.criticalMatters[i] === true) marked = true;
  const classes = marked ? criticalClasses(compiled, applicable, critical as ArrayLike<boolean>) : compiled.classes;
  const hist: number[] = [];
  for (let i = classes.inSelection.length * width; i > 0; i--) hist.push(0);
  let everyApplies = true;
  for (let i = 0; i < applicable.length; i++) if (!applicable[i]) everyApplies = false;
  // The compiled classes are shared, never written: a copy only when some criterion does not apply.
  // Plain loops, not map and Array.from with a callback: V8's optimised code for those checks the
  // kind of every array it meets, and a batch meets several (docs/performance.md).
  let classOf: ArrayLike<number> = classes.classOf;
  if (!marked && !everyApplies) {
    const own: number[] = [];
    for (let i = 0; i < applicable.length; i++) own.push(applicable[i] ? classes.classOf[i] as number : -1);
    classOf = own;
  }
  let valueOf = values;
  if (offset !== 0) {
    const shifted: number[] = [];
    for (let i = 0; i < values.length; i++) shifted.push((values[i] as number) - offset);
    valueOf = shifted;
  }
  for (let i = 0; i < applicable.length; i++) {
    const k = classOf[i] as number;
    if (k >= 0) hist[k * width + (valueOf[i] as number)] = (hist[k * width + (valueOf[i] as number)] as number) + 1;
  }
  return { inSelection: classes.inSelection, classOf, valueOf, hist, width, factorsMet, factorsTotal, concerns };
}

/** `stateOf` from one object per criterion. */
export function buildState(compiled: CompiledScheme, inputs: readonly StateInput[], factorsMet: number, factorsTotal: number, concerns: number): GradingState {
  return stateOf(compiled, inputs.map((x) => x.applicable), inputs.map((x) => x.critical), inputs.map((x) => x.value), factorsMet, factorsTotal, concerns);
}

/** The criteria (positions, criteria order) of class k whose value index is v in a state. */
export function membersAt(state: GradingState, k: number, v: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < state.classOf.length; i++) if (state.classOf[i] === k && state.valueOf[i] === v) out.push(i);
  return out;
}

/**
 * A key for what the conditions see of a state (its counts, factors met and concerns), for
 * searches and decisions remembered per scheme: one character per count, joined text only when a
 * count does not fit in one. Only states of the same classes share keys.
 */
export function stateKey(state: GradingState): string {
  const { hist } = state;
  let small = state.factorsMet < 0xffff && state.factorsTotal < 0xffff && state.concerns < 0xffff;
  for (let i = 0; small && i < hist.length; i++) if ((hist[i] as number) >= 0xffff) small = false;
  if (!small) return `${hist.join(',')}|${state.factorsMet}/${state.factorsTotal}|${state.concerns}`;
  // A character at a time, not spread into one call: a scored scheme's histogram may be long.
  let key = '';
  for (let i = 0; i < hist.length; i++) key += String.fromCharCode(hist[i] as number);
  return `${key}\uffff${String.fromCharCode(state.factorsMet, state.factorsTotal, state.concerns)}`;
}
