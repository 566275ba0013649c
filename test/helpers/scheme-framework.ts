import type { Criteria, Criterion } from '../../src/criteria/model.js';
import type { Scheme } from '../../src/criteria/scheme/model.js';
import type { Evidence, FactorStatus } from '../../src/evidence/model.js';
import type { Status } from '../../src/shared/grades.js';

/** A criterion of a test framework: its level, and optionally its flags (implied ones included) and theme. */
export interface CriterionSpec {
  level: string;
  flags?: string[];
  theme?: string;
}

/**
 * A synthetic framework of any scheme: criteria C1..Cn in the order given, the scheme's
 * thresholds under `thresholds`, and excellence factors `factors` (default: the scheme's).
 */
export function frameworkFor(scheme: Scheme, specs: readonly CriterionSpec[],
  options: { thresholds?: Record<string, number>; factors?: readonly string[] } = {}): Criteria {
  const criteria: Criterion[] = specs.map((spec, i) => ({
    id: `C${i + 1}`, level: spec.level, theme: spec.theme ?? '', flags: spec.flags ?? [], text: `Statement ${i + 1}`,
  }));
  const themes = [...new Set(criteria.map((c) => c.theme).filter((t) => t !== ''))].map((id) => ({ id, title: id }));
  return {
    framework: 'synthetic', title: 'Synthetic', group: 'Synthetic', version: '1', sha256: '0'.repeat(64), file: 'synthetic.yaml',
    scheme, thresholds: { ...scheme.thresholds, ...options.thresholds },
    excellence: (options.factors ?? scheme.factors).map((id) => ({ id, text: `Factor ${id}` })),
    themes, criteria,
  };
}

/** `count` criteria at one level, with no flags or theme. */
export function plainCriteria(level: string, count: number): CriterionSpec[] {
  return Array.from({ length: count }, () => ({ level }));
}

/** A finding's value: a status, or in a scored scheme a score (or `not-applicable`). */
export type FindingValue = Status | number;

/** What the evidence of a test says, by position in the criteria. */
export interface FindingsSpec {
  /** One per criterion, criteria order. */
  values: readonly FindingValue[];
  /** Positions of the criteria the evidence marks critical. */
  critical?: readonly number[];
  /** Factor statuses by id; a factor not given has no entry. */
  factors?: Readonly<Record<string, FactorStatus>>;
  /** How many causes of concern the evidence records. */
  concerns?: number;
  /** Positions of the criteria with no finding at all (as under --allow-incomplete). */
  missing?: readonly number[];
}

/** Clean evidence for a framework (every finding cites something), as `FindingsSpec` says. */
export function evidenceFor(criteria: Criteria, spec: FindingsSpec): Evidence {
  const critical = spec.critical ?? [];
  return {
    framework: criteria.framework,
    criteriaVersion: criteria.version,
    force: { id: 'synthetic-force-01', name: 'Synthetic Force 01' },
    findings: criteria.criteria.flatMap((c, i) => {
      if (spec.missing?.includes(i) === true) return [];
      const value = spec.values[i] ?? 'not-met';
      return [{ criterion: c.id, ...(typeof value === 'number' ? { score: value } : { status: value }), evidence: ['Seen on the visit.'] }];
    }),
    excellence: Object.entries(spec.factors ?? {}).map(([factor, status]) => ({ factor, status, evidence: ['Evaluated.'] })),
    ...(critical.length > 0 ? { critical: critical.map((at) => ({ criterion: `C${at + 1}`, rationale: 'risk to the public' })) } : {}),
    ...(spec.concerns ? { concerns: Array.from({ length: spec.concerns }, (_, i) => ({ text: `Concern ${i + 1}` })) } : {}),
  };
}

/** `met` for the first `met` positions of `total`, `unmet` for the rest. */
export function firstMet(total: number, met: number, unmet: Status = 'not-met'): Status[] {
  return Array.from({ length: total }, (_, i) => (i < met ? 'met' : unmet));
}
