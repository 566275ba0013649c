import type { Issue } from '../shared/diagnostics.js';
import { NOT_ASSESSED, type Evidence } from './model.js';

/**
 * A draft's findings and factors whose status is still blank (`""`, as `grade template` writes
 * them): the criterion ids and factor ids, in file order, and where the first blank is.
 */
export function notAssessed(evidence: Evidence): { criteria: string[]; factors: string[]; first?: Issue['path'] } {
  const criteria: string[] = [];
  const factors: string[] = [];
  let first: Issue['path'] | undefined;
  // forEach: a salvaged document's arrays may have holes (src/shared/salvage.ts).
  evidence.findings.forEach((finding, index) => {
    if (finding.status !== NOT_ASSESSED || finding.score !== undefined) return;
    criteria.push(finding.criterion);
    first ??= ['findings', index, 'status'];
  });
  (evidence.excellence ?? []).forEach((entry, index) => {
    if (entry.status !== NOT_ASSESSED) return;
    factors.push(entry.factor);
    first ??= ['excellence', index, 'status'];
  });
  return { criteria, factors, ...(first ? { first } : {}) };
}

const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A draft is refused in one message that lists what is still to assess, at the first blank
 * status: `12 criteria are not assessed yet (blank status): NP-F1, …; fill them in, or grade the
 * draft with --allow-incomplete`. With --allow-incomplete nothing is said here: a blank
 * criterion counts as no finding (missing, not met, the result incomplete), a blank factor as
 * not evidenced.
 */
export function checkNotAssessed(evidence: Evidence, allowIncomplete: boolean): Issue[] {
  if (allowIncomplete) return [];
  const { criteria, factors, first } = notAssessed(evidence);
  if (!first) return [];
  const parts = [
    ...(criteria.length > 0 ? [counted(criteria.length, 'criterion', 'criteria')] : []),
    ...(factors.length > 0 ? [counted(factors.length, 'excellence factor', 'excellence factors')] : []),
  ];
  const one = criteria.length + factors.length === 1;
  const ids = [...criteria, ...factors].join(', ');
  return [{ code: 'not-assessed', severity: 'error', path: first,
    message: `${parts.join(' and ')} ${one ? 'is' : 'are'} not assessed yet (blank status): ${ids}; fill ${one ? 'it' : 'them'} in, or grade the draft with --allow-incomplete` }];
}
