import type { Criteria } from '../criteria/model.js';
import { compileScheme, selectsApplicable, type CompiledScheme } from '../criteria/scheme/compile.js';
import { describeSelection } from '../criteria/scheme/selectors.js';
import { NO_ISSUES, type Issue } from '../shared/diagnostics.js';
import type { Evidence } from './model.js';

/**
 * The share or score selections (by their number in the compiled scheme) over which no share
 * can be taken in this evidence (SPEC §7: "an empty set is an input error"), each as its issue:
 * every criterion it selects is not-applicable, or it selects none. `firstAt` pairs each criterion
 * with its first finding (-1: none); `whose` names the condition's place when it is not a rule's.
 */
function emptyShares(criteria: Criteria, evidence: Evidence, firstAt: readonly number[], selections: readonly number[], whose = ''): readonly Issue[] {
  if (selections.length === 0) return NO_ISSUES;
  const compiled = compileScheme(criteria);
  const marks = evidence.critical;
  const marked = marks !== undefined && marks.length > 0 ? new Set(marks.map((m) => m.criterion)) : undefined;
  const critical = (at: number) => marked?.has(criteria.criteria[at]?.id ?? '') === true;
  const applicable = (at: number) => {
    const index = firstAt[at] ?? -1;
    return index < 0 || evidence.findings[index]?.status !== 'not-applicable';
  };
  let issues: Issue[] | undefined;
  for (const at of selections) {
    const selection = compiled.selections[at];
    if (!selection || selectsApplicable(selection, applicable, critical)) continue;
    const any = selection.always.some((inIt, i) => inIt || (selection.ifCritical[i] === true && critical(i)));
    const what = describeSelection(selection.selectors, criteria.scheme, 'criterion');
    (issues ??= []).push({ code: 'no-share', severity: 'error', path: ['findings'], message: any
      ? `every ${what} is not-applicable, so no share can be taken${whose}`
      : `the evidence has no ${what}, so no share can be taken${whose}` });
  }
  return issues ?? NO_ISSUES;
}

/**
 * Every share or score condition of the rules and limiters needs an applicable criterion to take
 * its share of, counting those the evidence's critical marks bring into its selection.
 */
export function checkShares(criteria: Criteria, evidence: Evidence, firstAt: readonly number[]): readonly Issue[] {
  return emptyShares(criteria, evidence, firstAt, compileScheme(criteria).shared);
}

/**
 * Per rule whose advisory takes a share or score over a selection with no applicable criterion
 * in this evidence, that input error; undefined when there is none (most evidence). An advisory's
 * share is taken only when its rule decides the grade, so the caller reports the deciding rule's
 * alone: then an empty share is an input error, as a rule's is at any time. (hmic-2007's
 * borderline-poor never meets one: its rule needs an applicable significant criterion unmet.)
 */
export function advisoryShareGaps(criteria: Criteria, evidence: Evidence, firstAt: readonly number[]): ReadonlyMap<string, readonly Issue[]> | undefined {
  let gaps: Map<string, readonly Issue[]> | undefined;
  for (const { rule, code, selections } of advisorySharesOf(compileScheme(criteria))) {
    const issues = emptyShares(criteria, evidence, firstAt, selections, ` (for the advisory ${code} of rule ${rule}, which decided the grade)`);
    if (issues.length > 0) (gaps ??= new Map()).set(rule, issues);
  }
  return gaps;
}

/** Per compiled scheme, the rules whose advisories take shares the rules' own checks do not (found once, not per file). */
const advisoryShares = new WeakMap<CompiledScheme, Array<{ rule: string; code: string; selections: number[] }>>();

function advisorySharesOf(compiled: CompiledScheme): Array<{ rule: string; code: string; selections: number[] }> {
  let found = advisoryShares.get(compiled);
  if (!found) {
    found = compiled.rules.flatMap((rule) => {
      const advisory = rule.advisory;
      if (!advisory) return [];
      const selections = [...new Set(advisory.when.filter((c) => c.kind === 'share' || c.kind === 'score').map((c) => c.selection))]
        .filter((at) => !compiled.shared.includes(at));
      return selections.length > 0 ? [{ rule: rule.id, code: advisory.code, selections }] : [];
    });
    advisoryShares.set(compiled, found);
  }
  return found;
}
