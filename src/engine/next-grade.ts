import type { CompiledScheme } from '../criteria/scheme/compile.js';
import { fewestChanges, type FewestChanges } from './changes.js';
import type { FactorResult, NextGrade } from './result.js';
import type { GradingState } from './state.js';

/** The excellence factors as a search sees them: each id and whether it is met (read only when a factor counts). */
export type FactorsOf = () => ReadonlyArray<Pick<FactorResult, 'factor' | 'status'>>;

function asNextGrade(grade: string, found: FewestChanges, ids: readonly string[], factors: () => string[]): NextGrade {
  const criteria = found.criteria.map((at) => ids[at] as string);
  const counted = found.factors || found.factorsRequired ? factors() : [];
  const required = [...found.requiredCriteria.map((at) => ids[at] as string), ...(found.factorsRequired ? counted : [])];
  const candidates = [...criteria, ...(found.factors ? counted : [])];
  const changesNeeded = found.changesNeeded;
  return { grade, changesNeeded, candidates, required,
    additional: changesNeeded === null ? 0 : Math.max(0, changesNeeded - required.length), ...(found.unknown ? { searchGaveUp: true as const } : {}),
    ...(found.fromOne && candidates.length > 1 ? { fromOne: true as const } : {}) };
}

/**
 * The fewest findings that would have to improve (become met; a score point in a scored scheme)
 * for the computed grade to rise one step, with the criteria and factors that could make up that
 * number. Null at the top grade.
 */
export function nextGradeUp(compiled: CompiledScheme, state: GradingState, rank: number, ids: readonly string[], factors: FactorsOf): NextGrade | null {
  const grade = compiled.scheme.grades[rank + 1];
  if (!grade) return null;
  const unmet = () => factors().filter((f) => f.status !== 'met').map((f) => f.factor);
  return asNextGrade(grade.id, fewestChanges(compiled, state, rank + 1, true), ids, unmet);
}

/**
 * `margin` (SPEC §5): the fewest findings that would have to get worse for the computed grade to
 * fall one step, with the candidates. Null at the lowest grade.
 */
export function marginDown(compiled: CompiledScheme, state: GradingState, rank: number, ids: readonly string[], factors: FactorsOf): NextGrade | null {
  const grade = compiled.scheme.grades[rank - 1];
  if (!grade) return null;
  const met = () => factors().filter((f) => f.status === 'met').map((f) => f.factor);
  return asNextGrade(grade.id, fewestChanges(compiled, state, rank, false), ids, met);
}
