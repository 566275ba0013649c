import { GRADES, RULES, type Grade, type Rule } from '../shared/grades.js';
import type { BatchResult } from './model.js';

const EMPTY: never[] = [];
Object.freeze(EMPTY);

/**
 * Makes results that arrive from worker threads (every string a fresh copy) share what they
 * have in common: one force object per force, the canonical framework, grade and rule strings,
 * the main thread's own copy of the file path, one empty array. A batch keeps a result per file
 * for its whole run, so this is what keeps its memory at a few hundred bytes a file.
 */
export function createCompactor(frameworks: readonly string[]): (result: BatchResult, file: string) => BatchResult {
  const forces = new Map<string, { id: string; name: string }>();
  const canonical = new Map<string, string>([...frameworks, ...GRADES, ...RULES].map((s) => [s, s]));
  const same = <T extends string>(value: T): T => (canonical.get(value) as T | undefined) ?? value;
  return (result, file) => {
    const key = `${result.force.id}\u0000${result.force.name}`;
    let force = forces.get(key);
    if (!force) forces.set(key, force = result.force);
    return {
      file, force, framework: same(result.framework),
      grade: same<Grade>(result.grade), computedGrade: same<Grade>(result.computedGrade),
      judged: result.judged, goodShare: result.goodShare, rule: same<Rule>(result.rule), incomplete: result.incomplete,
      missing: result.missing.length === 0 ? EMPTY : result.missing,
      advisories: result.advisories.length === 0 ? EMPTY : result.advisories,
    };
  };
}
