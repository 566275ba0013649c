import { GRADES, RULES, type Grade, type Rule } from '../shared/grades.js';
import type { FileOutcome } from './grade-file.js';

/**
 * A graded file as a worker sends it to the main thread when there is nothing unusual about it
 * (no warning, advisory or missing finding): force id and name, then indexes into the batch's
 * framework ids, GRADES and RULES, then judged (0/1) and the Good share. The main thread knows
 * the file's path already. Thousands of these cross between threads in a batch; as plain objects
 * each cost a dozen allocations to copy and as many again to share out (src/batch/compact.ts).
 */
export type PackedResult = [forceId: string, forceName: string, framework: number, grade: number, computedGrade: number, rule: number, judged: 0 | 1, goodShare: number];

/** An outcome as it travels: packed when it can be, as it is otherwise. */
export type WireOutcome = PackedResult | FileOutcome;

/** Packs and unpacks the outcomes of one batch (whose frameworks are the criteria's, in order). */
export function createWire(frameworks: readonly string[]): {
  pack: (outcome: FileOutcome) => WireOutcome;
  unpack: (wire: WireOutcome, file: string) => FileOutcome;
} {
  const frameworkIndex = new Map(frameworks.map((id, i) => [id, i]));
  const grades = new Map<string, number>(GRADES.map((g, i) => [g, i]));
  const rules = new Map<string, number>(RULES.map((r, i) => [r, i]));
  return {
    pack(outcome) {
      if (!outcome.ok || outcome.warnings.length > 0) return outcome;
      const r = outcome.result;
      const framework = frameworkIndex.get(r.framework);
      if (framework === undefined || r.incomplete || r.missing.length > 0 || r.advisories.length > 0) return outcome;
      return [r.force.id, r.force.name, framework, grades.get(r.grade) as number, grades.get(r.computedGrade) as number,
        rules.get(r.rule) as number, r.judged ? 1 : 0, r.goodShare];
    },
    unpack(wire, file) {
      if (!Array.isArray(wire)) return wire;
      const [id, name, framework, grade, computedGrade, rule, judged, goodShare] = wire;
      return {
        ok: true,
        warnings: [],
        result: {
          file, force: { id, name }, framework: frameworks[framework] as string,
          grade: GRADES[grade] as Grade, computedGrade: GRADES[computedGrade] as Grade, judged: judged === 1,
          goodShare, rule: RULES[rule] as Rule, incomplete: false, missing: [], advisories: [],
        },
      };
    },
  };
}
