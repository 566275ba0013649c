import fc from 'fast-check';
import type { Criteria } from '../../src/criteria/model.js';
import { JUDGEMENT_SHIFT, type Scheme, type Selector } from '../../src/criteria/scheme/model.js';
import type { FactorStatus } from '../../src/evidence/model.js';
import type { Status } from '../../src/shared/grades.js';
import { SHARE_VALUES } from './scheme-arbitraries.js';
import { frameworkFor, type CriterionSpec, type FindingsSpec, type FindingValue } from './scheme-framework.js';

/** A flag with every flag it implies, in the scheme's order. */
function withImplied(scheme: Scheme, flags: readonly string[]): string[] {
  const all = new Set<string>();
  const add = (id: string | undefined): void => {
    if (id === undefined || all.has(id)) return;
    all.add(id);
    add(scheme.flags.find((f) => f.id === id)?.implies);
  };
  flags.forEach(add);
  return scheme.flags.map((f) => f.id).filter((id) => all.has(id));
}

/** A criterion that a `require` selector selects. */
function requiredBy(scheme: Scheme, selector: Selector): CriterionSpec {
  const level = selector.level ?? scheme.flags.find((f) => f.id === selector.flag)?.levels[0] ?? scheme.levels[0]?.id ?? '';
  return { level, flags: withImplied(scheme, selector.flag === undefined ? [] : [selector.flag]), theme: selector.theme ?? '' };
}

const matches = (s: Selector, c: CriterionSpec) => (s.level === undefined || s.level === c.level)
  && (s.flag === undefined || (c.flags ?? []).includes(s.flag)) && (s.theme === undefined || s.theme === c.theme);

/** Threshold values for a framework: the scheme's, or others that keep its `increasing` order. */
function thresholdsArb(scheme: Scheme): fc.Arbitrary<Record<string, number>> {
  const free = Object.keys(scheme.thresholds).filter((t) => t !== JUDGEMENT_SHIFT && !scheme.increasing.includes(t));
  const own = fc.record({
    ordered: fc.uniqueArray(fc.constantFrom(...SHARE_VALUES), { minLength: scheme.increasing.length, maxLength: scheme.increasing.length }),
    others: fc.tuple(...free.map(() => fc.constantFrom(...SHARE_VALUES))),
  }).map(({ ordered, others }) => {
    const sorted = [...ordered].sort((x, y) => x - y);
    return Object.fromEntries([...scheme.increasing.map((t, i) => [t, sorted[i] as number]), ...free.map((t, i) => [t, others[i] as number])]);
  });
  return fc.oneof(fc.constant({}), own);
}

/**
 * A small framework of a scheme: at most `maxCriteria` criteria of random levels, flags (allowed
 * on the level, implied ones added) and themes '' / t1 / t2, one for each `require` selector that
 * none selects, at most two excellence factors (the scheme's, or x1 and x2), and thresholds.
 */
export function frameworkArb(scheme: Scheme, maxCriteria: number): fc.Arbitrary<Criteria> {
  const spec: fc.Arbitrary<CriterionSpec> = fc.record({
    level: fc.constantFrom(...scheme.levels.map((l) => l.id)),
    flags: fc.subarray(scheme.flags.map((f) => f.id)),
    theme: fc.constantFrom('', 't1', 't2'),
  }).map(({ level, flags, theme }) => ({ level, theme,
    flags: withImplied(scheme, flags.filter((f) => scheme.flags.find((x) => x.id === f)?.levels.includes(level) === true)) }));
  const pool = scheme.factors.length > 0 ? scheme.factors.slice(0, 2) : ['x1', 'x2'];
  return fc.record({
    specs: fc.array(spec, { minLength: scheme.require.length > 0 ? 0 : 1, maxLength: maxCriteria - scheme.require.length }),
    factors: fc.subarray(pool),
    thresholds: thresholdsArb(scheme),
  }).map(({ specs, factors, thresholds }) => {
    const all = [...specs];
    for (const selector of scheme.require) if (!all.some((c) => matches(selector, c))) all.push(requiredBy(scheme, selector));
    return frameworkFor(scheme, all, { thresholds, factors });
  });
}

const STATUS = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Status>('met') },
  { weight: 3, arbitrary: fc.constantFrom<Status>('partly-met', 'not-met') },
);
const FACTOR = fc.option(fc.oneof({ weight: 3, arbitrary: fc.constant<FactorStatus>('met') }, { weight: 2, arbitrary: fc.constantFrom<FactorStatus>('partly-met', 'not-met') }), { nil: undefined });

/**
 * Findings SPEC §3 accepts for a framework: a status (or a score) for every criterion,
 * sometimes not-applicable but never where refused and never on the first criterion of a level
 * (so that every share has a whole), up to two critical marks on applicable criteria, factor
 * statuses, and now and then causes of concern.
 */
export function findingsArb(criteria: Criteria): fc.Arbitrary<FindingsSpec> {
  const { scheme } = criteria;
  const refused = scheme.flags.filter((f) => f.alwaysApplicable).map((f) => f.id);
  const value = (i: number): fc.Arbitrary<FindingValue> => {
    const c = criteria.criteria[i] as Criteria['criteria'][number];
    const base = scheme.scores ? fc.integer({ min: scheme.scores.min, max: scheme.scores.max }) : STATUS;
    const first = criteria.criteria.findIndex((x) => x.level === c.level) === i;
    if (first || c.flags.some((f) => refused.includes(f))) return base;
    return fc.oneof({ weight: 7, arbitrary: base }, { weight: 1, arbitrary: fc.constant<FindingValue>('not-applicable') });
  };
  return fc.record({
    values: fc.tuple(...criteria.criteria.map((_, i) => value(i))),
    critical: fc.subarray(criteria.criteria.map((_, i) => i), { maxLength: Math.min(2, criteria.criteria.length) }),
    factors: fc.tuple(...criteria.excellence.map(() => FACTOR)),
    concerns: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }),
  }).map(({ values, critical, factors, concerns }) => ({
    values,
    critical: critical.filter((i) => values[i] !== 'not-applicable'),
    factors: Object.fromEntries(criteria.excellence.flatMap((f, i) => (factors[i] ? [[f.id, factors[i]]] : []))),
    concerns,
  }));
}

/** A framework of a scheme with findings for it. */
export function gradedArb(scheme: fc.Arbitrary<Scheme>, maxCriteria: (scheme: Scheme) => number): fc.Arbitrary<{ criteria: Criteria; findings: FindingsSpec }> {
  return scheme.chain((s) => frameworkArb(s, maxCriteria(s))).chain((criteria) => findingsArb(criteria).map((findings) => ({ criteria, findings })));
}
