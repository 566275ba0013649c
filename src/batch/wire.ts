import type { Criteria } from '../criteria/model.js';
import type { FileOutcome } from './grade-file.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import type { BatchResult } from './model.js';

/**
 * A graded file as a worker sends it to the main thread when there is nothing unusual about it
 * (no missing finding): force id and name, then indexes into the batch's framework ids and that
 * framework's grades and rules, then judged (0/1), the Good share, the margin (grade index or
 * -1, changes or -1), the direction of travel (its word, or null), the number of limiters and
 * of advisories, each limiter's index in its scheme, each advisory's code and message, then each
 * warning about the file itself as code, severity, message, line and column. The main thread
 * knows the file's path already. Thousands of these cross between threads in a batch (a warning
 * for each, when a round's forces are not registered; a limiter for many, in a scored scheme);
 * as plain objects each costs a dozen allocations to copy and as many again to keep
 * (src/batch/result-store.ts).
 */
export type PackedResult = [forceId: string, forceName: string, framework: number, grade: number, computedGrade: number, rule: number,
  judged: 0 | 1, goodShare: number, marginGrade: number, marginChanges: number, direction: BatchResult['direction'],
  limiterCount: number, advisoryCount: number, ...rest: Array<string | number>];

const LIMITERS_AT = 13;
const WARNING_FIELDS = 5;

/** A warning that packs: about the file itself, with no field beyond a diagnostic's own. */
function packable(warning: Diagnostic, file: string): boolean {
  return warning.file === file && warning.severity === 'warning' && Object.keys(warning).length === 6;
}

/** An outcome as it travels: packed when it can be, as it is otherwise. */
export type WireOutcome = PackedResult | FileOutcome;

/** Packs and unpacks the outcomes of one batch (whose frameworks are the criteria's, in order). */
export function createWire(criteria: ReadonlyArray<Pick<Criteria, 'framework' | 'scheme'>>): {
  pack: (outcome: FileOutcome, file: string) => WireOutcome;
  unpack: (wire: WireOutcome, file: string) => FileOutcome;
} {
  const frameworkIndex = new Map(criteria.map((c, i) => [c.framework, i]));
  const grades = criteria.map((c) => c.scheme.grades.map((g) => g.id));
  const rules = criteria.map((c) => c.scheme.rules.map((r) => r.id));
  const limiters = criteria.map((c) => c.scheme.limiters.map((l) => l.id));
  return {
    pack(outcome, file) {
      if (!outcome.ok || !outcome.warnings.every((w) => packable(w, file))) return outcome;
      const r = outcome.result;
      const framework = frameworkIndex.get(r.framework);
      if (framework === undefined || r.incomplete || r.missing.length > 0) return outcome;
      const known = limiters[framework] as string[];
      if (!r.limiters.every((id) => known.includes(id))) return outcome;
      const g = grades[framework] as string[];
      const margin = r.margin;
      const packed: PackedResult = [r.force.id, r.force.name, framework, g.indexOf(r.grade), g.indexOf(r.computedGrade),
        (rules[framework] as string[]).indexOf(r.rule), r.judged ? 1 : 0, r.goodShare,
        margin ? g.indexOf(margin.grade) : -1, margin?.changesNeeded ?? -1, r.direction, r.limiters.length, r.advisories.length];
      for (const id of r.limiters) packed.push(known.indexOf(id));
      for (const advisory of r.advisories) packed.push(advisory.code, advisory.message);
      for (const w of outcome.warnings) packed.push(w.code, w.severity, w.message, w.line, w.column);
      return packed;
    },
    unpack(wire, file) {
      if (!Array.isArray(wire)) return wire;
      const [id, name, framework, grade, computedGrade, rule, judged, goodShare, marginGrade, marginChanges, direction, limiterCount, advisoryCount] = wire;
      const g = grades[framework] as string[];
      const known = limiters[framework] as string[];
      const advisoriesAt = LIMITERS_AT + limiterCount;
      const limited: string[] = [];
      for (let at = LIMITERS_AT; at < advisoriesAt; at++) limited.push(known[wire[at] as number] as string);
      const advisories = [];
      const warningsAt = advisoriesAt + 2 * advisoryCount;
      for (let at = advisoriesAt; at < warningsAt; at += 2) advisories.push({ code: wire[at] as string, message: wire[at + 1] as string });
      const warnings: Diagnostic[] = [];
      for (let at = warningsAt; at < wire.length; at += WARNING_FIELDS) {
        warnings.push({ code: wire[at] as Diagnostic['code'], severity: wire[at + 1] as Diagnostic['severity'], message: wire[at + 2] as string,
          file, line: wire[at + 3] as number, column: wire[at + 4] as number });
      }
      return {
        ok: true,
        warnings,
        result: {
          file, force: { id, name }, framework: (criteria[framework] as Pick<Criteria, 'framework'>).framework,
          grade: g[grade] as string, computedGrade: g[computedGrade] as string, judged: judged === 1,
          goodShare, rule: (rules[framework] as string[])[rule] as string, limiters: limited, direction,
          margin: marginGrade < 0 ? null : { grade: g[marginGrade] as string, changesNeeded: marginChanges < 0 ? null : marginChanges },
          incomplete: false, missing: [], advisories,
        },
      };
    },
  };
}
