import type { Issue } from '../shared/diagnostics.js';
import { frameworkFactors, type CriteriaDocument } from './model.js';
import { flagsSet, impliedFlags } from './check.js';
import type { Comparator, Condition, Scheme, Selector } from './scheme/model.js';
import { describeSelection, selectionMatches } from './scheme/selectors.js';

/** The most a count can be and its least (0) against a bound: whether `comparator value` can hold. */
function canHold(comparator: Comparator, value: number, most: number): boolean {
  switch (comparator) {
    case 'atLeast': return most >= value;
    case 'moreThan': return most > value;
    case 'atMost': return value >= 0;
    case 'below': return value > 0;
  }
}

const COMPARATOR_WORDS: Record<Comparator, string> = { atLeast: 'at least', moreThan: 'more than', atMost: 'at most', below: 'fewer than' };

/**
 * How many of the framework's criteria a selection can take at most: those it matches by level,
 * flag (with the flags they imply) and theme. A `critical` selector is taken to match what its
 * other fields match, as evidence may mark any criterion critical: an upper bound, never less.
 */
function mostSelected(doc: CriteriaDocument, scheme: Scheme, select: readonly Selector[]): number {
  const loose = select.map(({ critical: _critical, ...rest }) => rest);
  let count = 0;
  doc.criteria.forEach((c) => {
    if (selectionMatches(loose, { level: c.level, theme: c.theme ?? '', flags: impliedFlags(flagsSet(c, scheme), scheme), critical: false })) count++;
  });
  return count;
}

/** Why a condition can never hold in this framework, in words, or undefined when it can. */
function neverHolds(condition: Condition, doc: CriteriaDocument, scheme: Scheme, thresholds: Readonly<Record<string, number>>): string | undefined {
  if (condition.kind === 'share' || condition.kind === 'score' || condition.kind === 'concerns') return undefined;
  const raw = condition.value;
  const value = typeof raw === 'number' ? raw : raw === 'all' ? undefined : thresholds[raw];
  if (value === undefined) return undefined;
  // A count of flagged criteria where no criterion has the flag is said once, as `unused-flag`.
  if (condition.kind === 'count' && condition.select.every((s) => s.flag !== undefined && !doc.criteria.some((c) => c[s.flag as string] === true))) return undefined;
  const [most, what] = condition.kind === 'count'
    ? [mostSelected(doc, scheme, condition.select), describeSelection(condition.select, scheme, 'criteria')]
    : [frameworkFactors(doc, scheme).length, 'excellence factors'];
  if (canHold(condition.comparator, value, most)) return undefined;
  const named = typeof raw === 'string' ? ` (${raw})` : '';
  return `it needs ${COMPARATOR_WORDS[condition.comparator]} ${value}${named} ${what}, and the framework has ${most}`;
}

/**
 * Rules, limiters and advisories of the scheme that can never apply to this framework: a count
 * that asks for more criteria (or excellence factors) than the framework has, or fewer than none.
 * Warnings, not errors: the file grades, but a grade or limit its scheme promises is out of reach
 * (a rule for Excellent that needs five factors of a framework with three).
 */
export function unreachableRuleIssues(doc: CriteriaDocument, scheme: Scheme): Issue[] {
  const thresholds = { ...scheme.thresholds, ...(doc.thresholds ?? {}) };
  const issues: Issue[] = [];
  const look = (conditions: readonly Condition[], what: string) => {
    for (const condition of conditions) {
      const why = neverHolds(condition, doc, scheme, thresholds);
      if (why === undefined) continue;
      issues.push({ code: 'rule-never-holds', severity: 'warning', path: ['criteria'], message: `${what} can never hold for this framework: ${why}` });
      return;
    }
  };
  for (const rule of scheme.rules) {
    if (rule.otherwise) continue;
    look(rule.when, `rule ${rule.id} (grade ${rule.grade})`);
    if (rule.advisory) look(rule.advisory.when, `the advisory of rule ${rule.id}`);
  }
  for (const limiter of scheme.limiters) look(limiter.when, `limiter ${limiter.id}`);
  return issues;
}
