import type { Criteria } from '../criteria/model.js';
import type { Evidence, Finding } from '../evidence/model.js';
import type { Pairing } from '../evidence/check.js';
import { statusOf } from '../evidence/status.js';
import type { CriterionResult, StatusCounts } from './result.js';

/**
 * Every criterion with its finding (its first, as the checks paired them), for a justification.
 * A finding not assessed yet (a draft's blank status) is no finding: the criterion is missing
 * (not met), but keeps the evidence written so far.
 */
export function classify(criteria: Criteria, evidence: Evidence, pairing: Pairing): CriterionResult[] {
  const critical = new Set((evidence.critical ?? []).map((mark) => mark.criterion));
  const scores = criteria.scheme.scores;
  return criteria.criteria.map((criterion, i): CriterionResult => {
    const at = pairing[i] ?? -1;
    const finding: Finding | undefined = at >= 0 ? evidence.findings[at] : undefined;
    const status = statusOf(finding, scores?.metAt);
    const scored = scores !== undefined && status !== 'not-applicable';
    return {
      id: criterion.id,
      level: criterion.level,
      theme: criterion.theme,
      flags: criterion.flags,
      critical: critical.has(criterion.id),
      status: status ?? 'not-met',
      ...(scored ? { score: status && typeof finding?.score === 'number' ? finding.score : scores.min } : {}),
      missing: !status,
      text: criterion.text,
      evidence: finding?.evidence ?? [],
      sources: finding?.sources ?? [],
    };
  });
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
