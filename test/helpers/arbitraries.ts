import fc from 'fast-check';
import type { Criteria, Criterion } from '../../src/criteria/model.js';
import { HMIC_2007, HMIC_FACTORS } from './schemes.js';
import type { Evidence } from '../../src/evidence/model.js';
import type { Status } from '../../src/shared/grades.js';

// Weighted towards `met`, so that the higher rules (which need every Fair criterion met) are reached often.
export const STATUS = fc.oneof(
  { arbitrary: fc.constant<Status>('met'), weight: 8 },
  { arbitrary: fc.constantFrom<Status>('partly-met', 'not-met', 'not-applicable'), weight: 2 },
);
const FAILABLE_STATUS = fc.oneof(
  { arbitrary: fc.constant<Status>('met'), weight: 8 },
  { arbitrary: fc.constantFrom<Status>('partly-met', 'not-met'), weight: 1 },
);
export const FACTOR_STATUS = fc.oneof(
  { arbitrary: fc.constant<'met'>('met'), weight: 3 },
  { arbitrary: fc.constantFrom<'partly-met' | 'not-met'>('partly-met', 'not-met'), weight: 1 },
);

/** Thresholds as an author would write them: two-decimal values with most < vastMajority, often round ones. */
const PERCENT = (min: number, max: number) => fc.oneof(fc.constantFrom(20, 25, 40, 50, 60, 75, 80).filter((v) => v >= min && v <= max), fc.integer({ min, max }));
const THRESHOLDS = fc
  .tuple(PERCENT(1, 98), PERCENT(1, 99), PERCENT(1, 100))
  .filter(([most, vast]) => most < vast)
  .map(([most, vast, well]) => ({ most: most / 100, vastMajority: vast / 100, wellShort: well / 100, maxJudgementShift: 1 }));

/** A random valid framework: 1-8 Fair (at least one significant), 1-10 Good. */
export const criteriaArb: fc.Arbitrary<Criteria> = fc
  .record({
    fair: fc.array(fc.constantFrom('plain', 'significant', 'dominant'), { minLength: 1, maxLength: 8 }),
    good: fc.integer({ min: 1, max: 10 }),
    thresholds: THRESHOLDS,
  })
  .map(({ fair, good, thresholds }) => {
    const kinds = fair.includes('plain') && !fair.some((k) => k !== 'plain') ? ['significant', ...fair.slice(1)] : fair;
    const criteria: Criterion[] = kinds.map((kind, i) => ({
      id: `F${i + 1}`, level: 'fair', theme: '', flags: kind === 'plain' ? [] : kind === 'dominant' ? ['significant', 'dominant'] : ['significant'], text: `Fair ${i + 1}`,
    }));
    for (let i = 1; i <= good; i++) criteria.push({ id: `G${i}`, level: 'good', theme: '', flags: [], text: `Good ${i}` });
    return { framework: 'prop', title: 'Prop', group: 'Prop', version: '1', sha256: '0'.repeat(64), file: 'prop.yaml',
      scheme: HMIC_2007, thresholds: { ...HMIC_2007.thresholds, ...thresholds }, excellence: HMIC_FACTORS, themes: [], criteria };
  });

/** What a finding cites, in turn: evidence, sources, or both (clean evidence always cites something). */
const CITATIONS: ReadonlyArray<{ evidence?: string[]; sources?: string[] }> = [
  { evidence: ['Seen on the inspection visit.'] },
  { sources: ['Force document'] },
  { evidence: ['Staff interviews confirmed it.'], sources: ['Interview notes'] },
];

/** Valid evidence for a framework: a status per criterion (never N/A where SPEC refuses it) citing evidence or sources, factors and critical marks. */
export function evidenceArb(criteria: Criteria): fc.Arbitrary<Evidence> {
  const ids = criteria.criteria.map((c) => c.id);
  return fc
    .record({
      statuses: fc.tuple(...criteria.criteria.map((c) => (c.flags.includes('dominant') ? FAILABLE_STATUS : STATUS))),
      beacon: fc.option(FACTOR_STATUS, { nil: undefined }),
      innovation: fc.option(FACTOR_STATUS, { nil: undefined }),
      critical: fc.subarray(ids, { maxLength: 2 }),
    })
    .map(({ statuses, beacon, innovation, critical }) => {
      const findings = criteria.criteria.map((c, i) => ({ criterion: c.id, status: statuses[i] as Status, ...structuredClone(CITATIONS[i % CITATIONS.length]) }));
      // SPEC: a critical criterion is never not-applicable, and some Good criterion must apply.
      const criticalApplicable = critical.filter((id) => findings.find((f) => f.criterion === id)?.status !== 'not-applicable');
      const good = findings.filter((f) => f.criterion.startsWith('G'));
      if (good.every((f) => f.status === 'not-applicable')) good[0]!.status = 'not-met';
      return {
        framework: criteria.framework, criteriaVersion: criteria.version, force: { id: 'synthetic-force-01', name: 'Synthetic Force 01' },
        findings,
        excellence: [
          ...(beacon ? [{ factor: 'beacon', status: beacon, ...structuredClone(CITATIONS[0]) }] : []),
          ...(innovation ? [{ factor: 'innovation', status: innovation, ...structuredClone(CITATIONS[1]) }] : []),
        ],
        ...(criticalApplicable.length > 0 ? { critical: criticalApplicable.map((criterion) => ({ criterion, rationale: 'risk' })) } : {}),
      };
    });
}

/** A framework with evidence for it. */
export const gradedArb = criteriaArb.chain((criteria) => evidenceArb(criteria).map((evidence) => ({ criteria, evidence })));
