import type { Criteria, Criterion } from '../../src/criteria/model.js';
import { HMIC_2007, HMIC_FACTORS } from './schemes.js';
import type { Evidence, FactorFinding } from '../../src/evidence/model.js';
import type { Status } from '../../src/shared/grades.js';

/** Shorthand for a framework: how many Fair (of which significant, of which dominant) and Good criteria. */
export interface CriteriaSpec {
  fair?: number;
  significant?: number;
  dominant?: number;
  good?: number;
  thresholds?: Partial<Criteria['thresholds']>;
}

/**
 * A small synthetic framework. Fair criteria are F1..Fn; the first `significant` are significant
 * and the first `dominant` of those dominant. Good criteria are G1..Gn.
 */
export function makeCriteria(spec: CriteriaSpec = {}): Criteria {
  const { fair = 4, significant = 2, dominant = 1, good = 10 } = spec;
  const criteria: Criterion[] = [];
  for (let i = 1; i <= fair; i++) {
    criteria.push({ id: `F${i}`, level: 'fair', theme: 'general', flags: [...(i <= significant || i <= dominant ? ['significant'] : []), ...(i <= dominant ? ['dominant'] : [])], text: `Fair statement ${i}` });
  }
  for (let i = 1; i <= good; i++) {
    criteria.push({ id: `G${i}`, level: 'good', theme: 'general', flags: [], text: `Good statement ${i}` });
  }
  return {
    framework: 'synthetic', title: 'Synthetic', group: 'Synthetic', version: '1', sha256: '0'.repeat(64), file: 'synthetic.yaml',
    scheme: HMIC_2007, thresholds: { ...HMIC_2007.thresholds, ...spec.thresholds } as Criteria['thresholds'], excellence: HMIC_FACTORS,
    themes: [{ id: 'general', title: 'General' }], criteria,
  };
}

/** Evidence for a framework: every criterion met unless `statuses` says otherwise; ids absent from the map with `omit` get no finding. */
export function makeEvidence(criteria: Criteria, overrides: {
  statuses?: Record<string, Status>;
  omit?: string[];
  factors?: Record<string, FactorFinding['status']>;
  critical?: string[];
  judgement?: Evidence['judgement'];
} = {}): Evidence {
  return {
    framework: criteria.framework,
    criteriaVersion: criteria.version,
    force: { id: 'synthetic-force-01', name: 'Synthetic Force 01' },
    findings: criteria.criteria
      .filter((c) => !(overrides.omit ?? []).includes(c.id))
      .map((c) => ({ criterion: c.id, status: overrides.statuses?.[c.id] ?? 'met', evidence: ['test'] })),
    excellence: Object.entries(overrides.factors ?? {}).map(([factor, status]) => ({ factor, status })),
    ...(overrides.critical ? { critical: overrides.critical.map((criterion) => ({ criterion, rationale: 'test' })) } : {}),
    ...(overrides.judgement ? { judgement: overrides.judgement } : {}),
  };
}

/** A status map giving `status` to the first `count` Good criteria G1..G`count`. */
export function goods(count: number, status: Status, from = 1): Record<string, Status> {
  const out: Record<string, Status> = {};
  for (let i = from; i < from + count; i++) out[`G${i}`] = status;
  return out;
}
