import type { Criteria } from '../criteria/model.js';
import type { BatchResult } from './model.js';

const EMPTY: never[] = [];
Object.freeze(EMPTY);

/**
 * Makes results that arrive from worker threads (every string a fresh copy) share what they
 * have in common: one force object per force, the canonical framework, grade and rule strings,
 * the main thread's own copy of the file path, one empty array. A batch keeps a result per file
 * for its whole run, so this is what keeps its memory at a few hundred bytes a file.
 */
export function createCompactor(criteria: ReadonlyArray<Pick<Criteria, 'framework' | 'scheme' | 'criteria'>>): (result: BatchResult, file: string) => BatchResult {
  const forces = new Map<string, { id: string; name: string }>();
  const names = criteria.flatMap((c) => [c.framework, ...c.scheme.grades.map((g) => g.id), ...c.scheme.rules.map((r) => r.id), ...c.criteria.map((x) => x.id)]);
  const canonical = new Map<string, string>(names.map((s) => [s, s]));
  const same = <T extends string>(value: T): T => (canonical.get(value) as T | undefined) ?? value;
  // Results reach it fresh (from a worker's message or this thread's grading): it shares their
  // parts in place rather than copying each one.
  return (result, file) => {
    const key = `${result.force.id}\u0000${result.force.name}`;
    let force = forces.get(key);
    if (!force) forces.set(key, force = result.force);
    result.file = file;
    result.force = force;
    result.framework = same(result.framework);
    result.grade = same(result.grade);
    result.computedGrade = same(result.computedGrade);
    result.rule = same(result.rule);
    if (result.limiters.length === 0) result.limiters = EMPTY;
    if (result.margin && !Object.isFrozen(result.margin)) result.margin.grade = same(result.margin.grade);
    if (result.missing.length === 0) result.missing = EMPTY;
    if (result.advisories.length === 0) result.advisories = EMPTY;
    return result;
  };
}
