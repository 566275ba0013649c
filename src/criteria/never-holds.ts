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

/** A condition's value as a number (`all`: the most there can be), or undefined for a name that does not resolve. */
function valueOf(raw: number | string, most: number, thresholds: Readonly<Record<string, number>>): number | undefined {
  return typeof raw === 'number' ? raw : raw === 'all' ? most : thresholds[raw];
}

/** The most a count or factors condition can count in this framework, and what it counts in words. */
function boundOf(condition: Condition & { kind: 'count' | 'factors' }, doc: CriteriaDocument, scheme: Scheme): [number, string] {
  return condition.kind === 'count'
    ? [mostSelected(doc, scheme, condition.select), describeSelection(condition.select, scheme, 'criteria')]
    : [frameworkFactors(doc, scheme).length, 'excellence factors'];
}

/** Why a condition can never hold in this framework, in words, or undefined when it can. */
function neverHolds(condition: Condition, doc: CriteriaDocument, scheme: Scheme, thresholds: Readonly<Record<string, number>>): string | undefined {
  if (condition.kind === 'share' || condition.kind === 'score' || condition.kind === 'concerns' || condition.value === 'all') return undefined;
  // A count of flagged criteria where no criterion has the flag is said once, as `unused-flag`.
  if (condition.kind === 'count' && condition.select.every((s) => s.flag !== undefined && !doc.criteria.some((c) => c[s.flag as string] === true))) return undefined;
  const [most, what] = boundOf(condition, doc, scheme);
  const value = valueOf(condition.value, most, thresholds);
  if (value === undefined || canHold(condition.comparator, value, most)) return undefined;
  const named = typeof condition.value === 'string' ? ` (${condition.value})` : '';
  return `it needs ${COMPARATOR_WORDS[condition.comparator]} ${value}${named} ${what}, and the framework has ${most}`;
}

/**
 * Whether a condition holds whatever the evidence says: a count of at least none, at most (or
 * fewer than) more than there can be, a share or score of at most all.
 */
function alwaysHolds(condition: Condition, doc: CriteriaDocument, scheme: Scheme, thresholds: Readonly<Record<string, number>>): boolean {
  const { comparator } = condition;
  if (condition.kind === 'share' || condition.kind === 'score') {
    const value = valueOf(condition.value, 1, thresholds);
    return value !== undefined && ((comparator === 'atMost' && value >= 1) || (comparator === 'below' && value > 1));
  }
  const most = condition.kind === 'concerns' ? Number.POSITIVE_INFINITY : boundOf(condition, doc, scheme)[0];
  const value = valueOf(condition.value, most, thresholds);
  if (value === undefined) return false;
  return (comparator === 'atLeast' && value <= 0) || (comparator === 'atMost' && value >= most) || (comparator === 'below' && value > most);
}

/**
 * Rules, limiters and advisories of the scheme that can never apply to this framework: a count
 * that asks for more criteria (or excellence factors) than the framework has, or fewer than none;
 * and rules after one that always holds, and limiters that always hold.
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
  // A rule whose every condition always holds decides every file: the rules after it never do.
  const always = (conditions: readonly Condition[]) => conditions.every((c) => alwaysHolds(c, doc, scheme, thresholds));
  const first = scheme.rules.findIndex((rule) => !rule.otherwise && always(rule.when));
  const after = first < 0 ? [] : scheme.rules.slice(first + 1).map((rule) => rule.id);
  if (after.length > 0) {
    issues.push({ code: 'rule-never-holds', severity: 'warning', path: ['criteria'],
      message: `rule ${scheme.rules[first]?.id} (grade ${scheme.rules[first]?.grade}) always holds for this framework, so ${after.length === 1 ? 'rule' : 'rules'} ${after.join(', ')} can never decide a grade` });
  }
  for (const limiter of scheme.limiters) {
    if (limiter.when.length > 0 && always(limiter.when)) {
      issues.push({ code: 'rule-never-holds', severity: 'warning', path: ['criteria'],
        message: `limiter ${limiter.id} always holds for this framework: no grade above ${limiter.cap} can be given` });
    }
  }
  return issues;
}
