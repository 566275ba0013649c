import fc from 'fast-check';
import { COMPARATORS, type Comparator, type Scheme, type Selector } from '../../src/criteria/scheme/model.js';
import { schemeFrom } from './schemes.js';

/** Selectors over the levels a and b, the flag `key` and the themes t1 and t2, overlapping on purpose. */
const SELECTORS: readonly Selector[] = [
  { level: 'a' }, { level: 'b' }, { flag: 'key' }, { theme: 't1' }, { critical: true },
  { level: 'a', flag: 'key' }, { level: 'b', theme: 't2' },
];

/** Share values with at most four decimals, exact and binary-inexact ones alike, as an author writes them. */
export const SHARE_VALUES = [0.25, 0.3, 0.385, 0.5, 0.6667, 0.7, 0.75, 0.8, 0.875, 1] as const;

const selectionArb = fc.oneof(
  fc.constantFrom(...SELECTORS),
  fc.uniqueArray(fc.constantFrom(...SELECTORS), { minLength: 2, maxLength: 2 }),
);
const shareValueArb = fc.oneof(fc.constantFrom(...SHARE_VALUES), fc.constantFrom('p', 'q'));

/**
 * Any comparator, but mostly one that better findings come to meet (`rising`: atLeast, moreThan;
 * else atMost, below), so that the ladder's grades can often be reached.
 */
function comparatorArb(rising: boolean): fc.Arbitrary<Comparator> {
  return fc.oneof({ weight: 2, arbitrary: fc.constantFrom<Comparator>(...(rising ? ['atLeast', 'moreThan'] as const : ['atMost', 'below'] as const)) },
    { weight: 1, arbitrary: fc.constantFrom(...COMPARATORS) });
}

type Doc = Record<string, unknown>;
type Of = 'met' | 'unmet' | { scoreAtLeast: number } | { scoreAtMost: number };

/** A comparator and its value; more than `all` (never true) is read as at least `all`. */
function compared(rising: boolean, value: fc.Arbitrary<number | string>): fc.Arbitrary<Doc> {
  return fc.tuple(comparatorArb(rising), value).map(([c, v]) => ({ [c === 'moreThan' && v === 'all' ? 'atLeast' : c]: v }));
}

/** A condition document of any kind the scheme can use; score conditions and score counts only when scored. */
function conditionArb(scores: { min: number; max: number } | undefined): fc.Arbitrary<Doc> {
  const of: fc.Arbitrary<Of> = scores
    ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom<Of>('met', 'unmet') }, fc.integer(scores).map((n) => ({ scoreAtLeast: n })), fc.integer(scores).map((n) => ({ scoreAtMost: n })))
    : fc.constantFrom<Of>('met', 'met', 'unmet');
  const rises = (o: Of) => o === 'met' || (typeof o === 'object' && 'scoreAtLeast' in o);
  const counted = (kind: 'count' | 'share', value: fc.Arbitrary<number | string>) => fc.tuple(selectionArb, of)
    .chain(([select, o]) => compared(rises(o), value).map((c) => ({ [kind]: select, of: o, ...c })));
  const kinds: Array<{ arbitrary: fc.Arbitrary<Doc>; weight: number }> = [
    { weight: 3, arbitrary: counted('count', fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant('all'))) },
    { weight: 3, arbitrary: counted('share', shareValueArb) },
    { weight: 1, arbitrary: compared(true, fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant('all'))).map((factors) => ({ factors })) },
    // Causes of concern stand in the way of a grade: mostly at most / below.
    { weight: 1, arbitrary: compared(false, fc.integer({ min: 0, max: 2 })).map((concerns) => ({ concerns })) },
  ];
  if (scores) kinds.push({ weight: 3, arbitrary: fc.tuple(selectionArb, compared(true, shareValueArb)).map(([score, c]) => ({ score, ...c })) });
  return fc.oneof(...kinds);
}

/**
 * A random small valid scheme, parsed from its text like a file: 2-4 grades g0 < g1 < ..., levels
 * a and b, flag `key` on both, thresholds p and q, optionally scores 0-2 (met at 1) or 1-3 (met
 * at 3). Its rules are a ladder, one rule of 1-2 conditions per grade from the top down (so that
 * most grades can be reached), sometimes with a rule of any grade put in anywhere, then an
 * otherwise rule, mostly of the lowest grade; and 0-2 limiters of any cap.
 */
export const randomSchemeArb: fc.Arbitrary<Scheme> = schemeArbWith(
  fc.option(fc.constantFrom({ min: 0, max: 2, metAt: 1 }, { min: 1, max: 3, metAt: 3 }), { nil: undefined, freq: 2 }));

/** Scored random schemes as `randomSchemeArb`, on a scale of 0-5 met at 3 (several count cuts in one class). */
export const wideScoredSchemeArb: fc.Arbitrary<Scheme> = schemeArbWith(fc.constant({ min: 0, max: 5, metAt: 3 }));

type Scale = { min: number; max: number; metAt: number } | undefined;

function schemeArbWith(scale: fc.Arbitrary<Scale>): fc.Arbitrary<Scheme> {
  return fc.record({ grades: fc.integer({ min: 2, max: 4 }), scores: scale }).chain(({ grades, scores }) => {
    const grade = fc.integer({ min: 0, max: grades - 1 }).map((g) => `g${g}`);
    const conditions = fc.array(conditionArb(scores), { minLength: 1, maxLength: 2 });
    return fc.record({
      ladder: fc.tuple(...Array.from({ length: grades - 1 }, () => conditions)),
      extra: fc.option(fc.record({ grade, when: conditions, at: fc.nat() }), { nil: undefined }),
      last: fc.oneof({ weight: 3, arbitrary: fc.constant('g0') }, { weight: 1, arbitrary: grade }),
      limiters: fc.array(fc.record({ cap: grade, when: conditions }), { maxLength: 2 }),
      p: fc.constantFrom(...SHARE_VALUES),
      q: fc.constantFrom(...SHARE_VALUES),
    }).map(({ ladder, extra, last, limiters, p, q }) => {
      const rules: Doc[] = ladder.map((when, i) => ({ grade: `g${grades - 1 - i}`, when }));
      if (extra) rules.splice(extra.at % (rules.length + 1), 0, { grade: extra.grade, when: extra.when });
      return schemeFrom(JSON.stringify({
        scheme: 'test-scheme', title: 'Random', version: '1',
        grades: Array.from({ length: grades }, (_, g) => ({ id: `g${g}`, title: `G${g}` })),
        levels: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }],
        flags: { key: { levels: ['a', 'b'] } },
        thresholds: { p, q },
        ...(scores ? { scores } : {}),
        rules: [...rules.map((r, i) => ({ id: `r${i + 1}`, ...r })), { id: 'last', grade: last, otherwise: true }],
        limiters: limiters.map((l, i) => ({ id: `l${i + 1}`, ...l })),
      }));
    });
  });
}
