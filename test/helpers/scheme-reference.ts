import type { Criteria } from '../../src/criteria/model.js';
import type { Comparator, Condition, Selector } from '../../src/criteria/scheme/model.js';
import type { FindingsSpec } from './scheme-framework.js';

/**
 * One evidence as a second, deliberately plain reading of SPEC §7 sees it (no engine code: the
 * scheme's rules and limiters evaluated with loops over the criteria).
 */
export interface Plain {
  /** Per criterion: null when not applicable, else 1 met / 0 unmet, or the score. */
  values: Array<number | null>;
  critical: boolean[];
  /** Per excellence factor (criteria order): evidenced as met. */
  factors: boolean[];
  concerns: number;
}

/** The reference's reading of test findings. */
export function plainOf(criteria: Criteria, findings: FindingsSpec): Plain {
  return {
    values: criteria.criteria.map((_, i) => {
      const v = findings.values[i];
      if (v === 'not-applicable') return null;
      return typeof v === 'number' ? v : v === 'met' ? 1 : 0;
    }),
    critical: criteria.criteria.map((_, i) => (findings.critical ?? []).includes(i)),
    factors: criteria.excellence.map((f) => findings.factors?.[f.id] === 'met'),
    concerns: findings.concerns ?? 0,
  };
}

function selects(selection: readonly Selector[], c: Criteria['criteria'][number], critical: boolean): boolean {
  for (const s of selection) {
    if (s.level !== undefined && s.level !== c.level) continue;
    if (s.flag !== undefined && !c.flags.includes(s.flag)) continue;
    if (s.theme !== undefined && s.theme !== c.theme) continue;
    if (s.critical === true && !critical) continue;
    return true;
  }
  return false;
}

function compare(order: number, comparator: Comparator): boolean {
  if (comparator === 'atLeast') return order >= 0;
  if (comparator === 'moreThan') return order > 0;
  if (comparator === 'atMost') return order <= 0;
  return order < 0;
}

/** Whether one condition holds. Values have at most four decimals (the tests' thresholds do), so shares compare in integers. */
export function referenceHolds(condition: Condition, criteria: Criteria, plain: Plain): boolean {
  const raw = condition.value;
  const value = typeof raw === 'string' && raw !== 'all' ? (criteria.thresholds[raw] as number) : raw;
  if (condition.kind === 'factors' || condition.kind === 'concerns') {
    const count = condition.kind === 'factors' ? plain.factors.filter(Boolean).length : plain.concerns;
    const target = value === 'all' ? plain.factors.length : value;
    return compare(count - target, condition.comparator);
  }
  const scores = criteria.scheme.scores;
  let count = 0;
  let total = 0;
  criteria.criteria.forEach((c, i) => {
    const v = plain.values[i] ?? null;
    if (v === null || !selects(condition.select, c, plain.critical[i] === true)) return;
    total += condition.kind === 'score' ? (scores?.max ?? 1) : 1;
    if (condition.kind === 'score') count += v;
    else if (condition.of === 'met') count += (scores ? v >= scores.metAt : v === 1) ? 1 : 0;
    else if (condition.of === 'unmet') count += (scores ? v < scores.metAt : v === 0) ? 1 : 0;
    else if ('scoreAtLeast' in condition.of) count += v >= condition.of.scoreAtLeast ? 1 : 0;
    else count += v <= condition.of.scoreAtMost ? 1 : 0;
  });
  if (condition.kind === 'count') return compare(count - (value === 'all' ? total : value), condition.comparator);
  if (total === 0) return false;
  return compare(count * 10_000 - Math.round((value as number) * 10_000) * total, condition.comparator);
}

/** The reference decision: the first rule that holds, then every limiter that holds caps the grade. */
export function referenceDecision(criteria: Criteria, plain: Plain): { rule: string; rank: number; limiters: string[] } {
  const { scheme } = criteria;
  const rankOf = (grade: string) => scheme.grades.findIndex((g) => g.id === grade);
  const all = (list: readonly Condition[]) => list.every((c) => referenceHolds(c, criteria, plain));
  const rule = scheme.rules.find((r) => r.otherwise || all(r.when)) as (typeof scheme.rules)[number];
  let rank = rankOf(rule.grade);
  const limiters: string[] = [];
  for (const limiter of scheme.limiters) {
    if (all(limiter.when) && rankOf(limiter.cap) < rank) {
      rank = rankOf(limiter.cap);
      limiters.push(limiter.id);
    }
  }
  return { rule: rule.id, rank, limiters };
}
