import type { Criteria } from '../model.js';
import type { Comparator, Condition, Counted, Scheme, Selector } from './model.js';
import { selectionMatches, type SelectableCriterion } from './selectors.js';

/**
 * A condition compiled against one framework: thresholds resolved to numbers and its selection
 * resolved to the positions of the criteria it can select, once per criteria (not per file).
 */
export interface CompiledCondition {
  source: Condition;
  kind: Condition['kind'];
  comparator: Comparator;
  /** The value compared with; `all` stays `all` (the size of the set, known per evidence). */
  value: number | 'all';
  /** The threshold's name when the value is one (for the words), else undefined. */
  threshold: string | undefined;
  /** Index into `CompiledScheme.selections`; -1 for factors and concerns. */
  selection: number;
  counted: Counted;
}

/** A selection: which criteria it takes without evidence, and which it takes when marked critical. */
export interface CompiledSelection {
  selectors: Selector[];
  /** Per criterion: selected whatever the evidence says. */
  always: boolean[];
  /** Per criterion: selected when the evidence marks it critical. */
  ifCritical: boolean[];
}

export interface CompiledRule {
  id: string;
  grade: string;
  rank: number;
  when: CompiledCondition[];
  otherwise: boolean;
  advisory: { code: string; when: CompiledCondition[] } | undefined;
}

export interface CompiledLimiter {
  id: string;
  cap: string;
  rank: number;
  when: CompiledCondition[];
}

/** A framework's scheme ready to evaluate: what every grading of its evidence shares. */
export interface CompiledScheme {
  scheme: Scheme;
  criteria: Criteria;
  /** The criterion ids, in criteria order. */
  ids: string[];
  selections: CompiledSelection[];
  rules: CompiledRule[];
  limiters: CompiledLimiter[];
  /** The flags of the scheme that refuse not-applicable. */
  alwaysApplicable: string[];
  /** For the counts of SPEC §5: per level and flag id, the selection that counts it. */
  countSelections: Array<{ key: string; selection: number }>;
  /**
   * The selections of the rules' and limiters' share and score conditions, once each: every one
   * needs an applicable criterion in the evidence (`selectsApplicable`). An advisory's share of an
   * empty set just does not hold.
   */
  shared: number[];
  /** The first share or score condition: the share a result reports (`goodShare`). */
  shareCondition: CompiledCondition | undefined;
  /**
   * The criteria's classes when no critical mark changes a selection: per criterion its class
   * (criteria in one class are in the same selections), and per class its selections.
   */
  classes: { classOf: number[]; inSelection: boolean[][] };
  /** Per criterion: a critical mark on it changes a selection it is in. */
  criticalMatters: boolean[];
}

const compiled = new WeakMap<Criteria, CompiledScheme>();

/** The scheme of a framework, compiled once per loaded criteria. */
export function compileScheme(criteria: Criteria): CompiledScheme {
  let done = compiled.get(criteria);
  if (!done) compiled.set(criteria, (done = compile(criteria)));
  return done;
}

function compile(criteria: Criteria): CompiledScheme {
  const { scheme } = criteria;
  const selections: CompiledSelection[] = [];
  const byKey = new Map<string, number>();
  // What the selectors look at, per criterion, unmarked and marked critical (made once, not per selection).
  const unmarked = criteria.criteria.map((c): SelectableCriterion => ({ level: c.level, theme: c.theme, flags: c.flags, critical: false }));
  const marked = unmarked.map((c): SelectableCriterion => ({ ...c, critical: true }));
  const selectionOf = (selectors: Selector[]): number => {
    const key = JSON.stringify(selectors);
    let at = byKey.get(key);
    if (at === undefined) {
      at = selections.length;
      byKey.set(key, at);
      selections.push({
        selectors,
        always: unmarked.map((c) => selectionMatches(selectors, c)),
        ifCritical: marked.map((c) => selectionMatches(selectors, c)),
      });
    }
    return at;
  };
  const rankOf = (grade: string) => scheme.grades.findIndex((g) => g.id === grade);
  const conditionOf = (condition: Condition): CompiledCondition => {
    const raw = condition.value;
    const threshold = typeof raw === 'string' && raw !== 'all' ? raw : undefined;
    const value = threshold !== undefined ? (criteria.thresholds[threshold] ?? Number.NaN) : raw as number | 'all';
    const hasSelection = condition.kind === 'count' || condition.kind === 'share' || condition.kind === 'score';
    return {
      source: condition, kind: condition.kind, comparator: condition.comparator, value,
      // Every condition has every field, so that the engine's hot loops see one shape.
      threshold,
      selection: hasSelection ? selectionOf(condition.select) : -1,
      counted: condition.kind === 'count' || condition.kind === 'share' ? condition.of : 'met',
    };
  };
  const rules = scheme.rules.map((rule): CompiledRule => ({
    id: rule.id, grade: rule.grade, rank: rankOf(rule.grade), when: rule.when.map(conditionOf), otherwise: rule.otherwise,
    advisory: rule.advisory ? { code: rule.advisory.code, when: rule.advisory.when.map(conditionOf) } : undefined,
  }));
  const limiters = scheme.limiters.map((l): CompiledLimiter => ({ id: l.id, cap: l.cap, rank: rankOf(l.cap), when: l.when.map(conditionOf) }));
  // The share a result reports: the first that measures what is achieved (criteria met, scores at
  // least, a score) rather than what falls short, so that more is better; else the first of any.
  const shares = [...rules.flatMap((r) => r.when), ...limiters.flatMap((l) => l.when)].filter((c) => c.kind === 'share' || c.kind === 'score');
  const achieved = (c: CompiledCondition): boolean => c.kind === 'score' || c.counted === 'met' || (typeof c.counted === 'object' && 'scoreAtLeast' in c.counted);
  const firstShare = shares.find(achieved) ?? shares[0];
  // A flag that the rules pair with `critical: true` counts the criteria marked critical too (hmic-2007's D).
  const criticalFlags = new Set(selections.filter((s) => s.selectors.some((x) => x.critical === true))
    .flatMap((s) => s.selectors.map((x) => x.flag).filter((f): f is string => f !== undefined)));
  // Each level, then the flags first allowed on it (hmic-2007: fair, significant, dominant, good).
  const countSelections = scheme.levels.flatMap((level) => [
    { key: level.id, selection: selectionOf([{ level: level.id }]) },
    ...scheme.flags.filter((flag) => flag.levels[0] === level.id).map((flag) => ({ key: flag.id,
      selection: selectionOf(criticalFlags.has(flag.id) ? [{ flag: flag.id }, { critical: true }] : [{ flag: flag.id }]) })),
  ]);
  return {
    scheme, criteria, ids: criteria.criteria.map((c) => c.id), selections, rules, limiters,
    alwaysApplicable: scheme.flags.filter((f) => f.alwaysApplicable).map((f) => f.id),
    countSelections,
    shared: [...new Set(shares.map((c) => c.selection))],
    shareCondition: firstShare,
    classes: staticClasses(selections, criteria.criteria.length),
    criticalMatters: criteria.criteria.map((_, i) => selections.some((s) => s.always[i] !== s.ifCritical[i])),
  };
}

/**
 * Whether a selection takes some applicable criterion of this evidence: one it selects whatever
 * the marks, or one it selects because the evidence marks it critical. SPEC §7: a share of an
 * empty set cannot be taken.
 */
export function selectsApplicable(selection: CompiledSelection, applicable: (at: number) => boolean, critical: (at: number) => boolean): boolean {
  for (let i = 0; i < selection.always.length; i++) {
    if ((selection.always[i] === true || (selection.ifCritical[i] === true && critical(i))) && applicable(i)) return true;
  }
  return false;
}

/** Criteria grouped by the selections they are in, without critical marks. */
function staticClasses(selections: readonly CompiledSelection[], count: number): { classOf: number[]; inSelection: boolean[][] } {
  const keys = new Map<string, number>();
  const classOf: number[] = [];
  const inSelection: boolean[][] = [];
  for (let i = 0; i < count; i++) {
    const bits = selections.map((s) => s.always[i] ?? false);
    const key = bits.map((b) => (b ? '1' : '0')).join('');
    let at = keys.get(key);
    if (at === undefined) {
      at = inSelection.length;
      keys.set(key, at);
      inSelection.push(bits);
    }
    classOf.push(at);
  }
  return { classOf, inSelection };
}
