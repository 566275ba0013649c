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
  inSelection: boolean[][];
  /** Per class: the positions (criteria order) of its criteria. */
  members: number[][];
  /** Per class and value: the positions of the criteria with that value. */
  valuesOf: number[][][];
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

/** Builds the state of one evidence from its criteria (criteria order), factors and concerns. */
export function buildState(compiled: CompiledScheme, inputs: readonly StateInput[], factorsMet: number, factorsTotal: number, concerns: number): GradingState {
  const { selections } = compiled;
  const { width, offset } = valueWidth(compiled);
  const classOf = new Map<string, number>();
  const inSelection: boolean[][] = [];
  const members: number[][] = [];
  const valuesOf: number[][][] = [];
  const hist: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as StateInput;
    if (!input.applicable) continue;
    let key = '';
    const bits: boolean[] = [];
    for (const selection of selections) {
      const member = (selection.always[i] ?? false) || (input.critical && (selection.ifCritical[i] ?? false));
      bits.push(member);
      key += member ? '1' : '0';
    }
    let at = classOf.get(key);
    if (at === undefined) {
      at = inSelection.length;
      classOf.set(key, at);
      inSelection.push(bits);
      members.push([]);
      valuesOf.push(Array.from({ length: width }, () => []));
      for (let v = 0; v < width; v++) hist.push(0);
    }
    (members[at] as number[]).push(i);
    ((valuesOf[at] as number[][])[input.value - offset] as number[]).push(i);
    const index = at * width + (input.value - offset);
    hist[index] = (hist[index] ?? 0) + 1;
  }
  return { inSelection, members, valuesOf, hist, width, factorsMet, factorsTotal, concerns };
}
