import type { Criteria } from '../criteria/model.js';
import type { Evidence } from '../evidence/model.js';
import type { CriterionResult, StatusCounts } from './result.js';

/** The sets of SPEC §1, built once from criteria and evidence. */
export interface Classified {
  all: CriterionResult[];
  /** F: applicable Fair criteria. */
  fair: CriterionResult[];
  /** S: applicable significant Fair criteria. */
  significant: CriterionResult[];
  /** D: applicable dominant criteria plus those the evidence marks critical. */
  dominant: CriterionResult[];
  /** G: applicable Good criteria. */
  good: CriterionResult[];
  missing: string[];
}

/**
 * Pairs every criterion with its finding (the first, if the evidence repeats one). A finding not
 * assessed yet (a draft's blank status) is no finding: the criterion is missing, but keeps the
 * evidence written so far.
 */
export function classify(criteria: Criteria, evidence: Evidence): Classified {
  const findings = new Map<string, Evidence['findings'][number]>();
  for (const finding of evidence.findings) if (!findings.has(finding.criterion)) findings.set(finding.criterion, finding);
  const critical = new Set((evidence.critical ?? []).map((mark) => mark.criterion));
  const missing: string[] = [];
  const all = criteria.criteria.map((criterion): CriterionResult => {
    const finding = findings.get(criterion.id);
    const status = finding?.status || undefined;
    if (!status) missing.push(criterion.id);
    return {
      id: criterion.id,
      level: criterion.level,
      theme: criterion.theme,
      significant: criterion.significant,
      dominant: criterion.dominant,
      critical: critical.has(criterion.id),
      status: status ?? 'not-met',
      missing: !status,
      text: criterion.text,
      evidence: finding?.evidence ?? [],
      sources: finding?.sources ?? [],
    };
  });
  const applicable = all.filter((c) => c.status !== 'not-applicable');
  return {
    all,
    fair: applicable.filter((c) => c.level === 'fair'),
    significant: applicable.filter((c) => c.level === 'fair' && c.significant),
    dominant: applicable.filter((c) => c.dominant || c.critical),
    good: applicable.filter((c) => c.level === 'good'),
    missing,
  };
}

/** True when a criterion is met in full: the only status that counts. */
export function isMet(criterion: Pick<CriterionResult, 'status'>): boolean {
  return criterion.status === 'met';
}

/** Tallies statuses over a set of criteria, including the not-applicable ones given. */
export function countStatuses(criteria: readonly CriterionResult[]): StatusCounts {
  const counts: StatusCounts = { total: criteria.length, met: 0, partlyMet: 0, notMet: 0, notApplicable: 0, missing: 0 };
  for (const c of criteria) {
    if (c.status === 'met') counts.met++;
    else if (c.status === 'partly-met') counts.partlyMet++;
    else if (c.status === 'not-met') counts.notMet++;
    else counts.notApplicable++;
    if (c.missing) counts.missing++;
  }
  return counts;
}
