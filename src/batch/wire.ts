import type { Criteria } from '../criteria/model.js';
import type { FileOutcome } from './grade-file.js';

/**
 * A graded file as a worker sends it to the main thread when there is nothing unusual about it
 * (no warning, limiter, previous grade or missing finding): force id and name, then indexes into the
 * batch's framework ids and that framework's grades and rules, then judged (0/1), the Good share,
 * the margin (grade index or -1, changes or -1), and each advisory's code and message. The main thread
 * knows the file's path already. Thousands of these cross between threads in a batch; as plain
 * objects each cost a dozen allocations to copy and as many again to keep (src/batch/result-store.ts).
 */
export type PackedResult = [forceId: string, forceName: string, framework: number, grade: number, computedGrade: number, rule: number,
  judged: 0 | 1, goodShare: number, marginGrade: number, marginChanges: number, ...advisories: string[]];

const ADVISORIES_AT = 10;

/** An outcome as it travels: packed when it can be, as it is otherwise. */
export type WireOutcome = PackedResult | FileOutcome;

/** Packs and unpacks the outcomes of one batch (whose frameworks are the criteria's, in order). */
export function createWire(criteria: ReadonlyArray<Pick<Criteria, 'framework' | 'scheme'>>): {
  pack: (outcome: FileOutcome) => WireOutcome;
  unpack: (wire: WireOutcome, file: string) => FileOutcome;
} {
  const frameworkIndex = new Map(criteria.map((c, i) => [c.framework, i]));
  const grades = criteria.map((c) => c.scheme.grades.map((g) => g.id));
  const rules = criteria.map((c) => c.scheme.rules.map((r) => r.id));
  return {
    pack(outcome) {
      if (!outcome.ok || outcome.warnings.length > 0) return outcome;
      const r = outcome.result;
      const framework = frameworkIndex.get(r.framework);
      if (framework === undefined || r.incomplete || r.missing.length > 0 || r.limiters.length > 0 || r.direction !== null) return outcome;
      const g = grades[framework] as string[];
      const margin = r.margin;
      const packed: PackedResult = [r.force.id, r.force.name, framework, g.indexOf(r.grade), g.indexOf(r.computedGrade),
        (rules[framework] as string[]).indexOf(r.rule), r.judged ? 1 : 0, r.goodShare,
        margin ? g.indexOf(margin.grade) : -1, margin?.changesNeeded ?? -1];
      for (const advisory of r.advisories) packed.push(advisory.code, advisory.message);
      return packed;
    },
    unpack(wire, file) {
      if (!Array.isArray(wire)) return wire;
      const [id, name, framework, grade, computedGrade, rule, judged, goodShare, marginGrade, marginChanges] = wire;
      const g = grades[framework] as string[];
      const advisories = [];
      for (let at = ADVISORIES_AT; at < wire.length; at += 2) advisories.push({ code: wire[at] as string, message: wire[at + 1] as string });
      return {
        ok: true,
        warnings: [],
        result: {
          file, force: { id, name }, framework: (criteria[framework] as Pick<Criteria, 'framework'>).framework,
          grade: g[grade] as string, computedGrade: g[computedGrade] as string, judged: judged === 1,
          goodShare, rule: (rules[framework] as string[])[rule] as string, limiters: [], direction: null,
          margin: marginGrade < 0 ? null : { grade: g[marginGrade] as string, changesNeeded: marginChanges < 0 ? null : marginChanges },
          incomplete: false, missing: [], advisories,
        },
      };
    },
  };
}
