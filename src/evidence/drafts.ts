import { NO_ISSUES, type Issue } from '../shared/diagnostics.js';
import { NOT_ASSESSED, type Evidence } from './model.js';

/**
 * Whether a finding is still blank: status `""` (as `grade template` writes them) with no
 * score, or in a scored scheme's template `score: null` with no status.
 */
export function isBlankFinding(finding: Evidence['findings'][number]): boolean {
  if (typeof finding.score === 'number') return false;
  return finding.status === NOT_ASSESSED || (finding.status === undefined && finding.score === null);
}

/**
 * A draft's findings and factors still blank (see `isBlankFinding`): the criterion ids and factor
 * ids, in file order, where the first blank is, and whether the blanks are scores.
 */
export function notAssessed(evidence: Evidence): { criteria: string[]; factors: string[]; first?: Issue['path']; scores: boolean } {
  const criteria: string[] = [];
  const factors: string[] = [];
  let first: Issue['path'] | undefined;
  let scores = false;
  // forEach: a salvaged document's arrays may have holes (src/shared/salvage.ts).
  evidence.findings.forEach((finding, index) => {
    if (!isBlankFinding(finding)) return;
    criteria.push(finding.criterion);
    const key = finding.status === undefined ? 'score' : 'status';
    if (key === 'score') scores = true;
    first ??= ['findings', index, key];
  });
  (evidence.excellence ?? []).forEach((entry, index) => {
    if (entry.status !== NOT_ASSESSED) return;
    factors.push(entry.factor);
    first ??= ['excellence', index, 'status'];
  });
  return { criteria, factors, ...(first ? { first } : {}), scores };
}

/** Whether any excellence factor is still blank. */
export function anyFactorNotAssessed(evidence: Evidence): boolean {
  const excellence = evidence.excellence;
  if (excellence !== undefined) for (let i = 0; i < excellence.length; i++) if (excellence[i]?.status === NOT_ASSESSED) return true;
  return false;
}


const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A draft is refused in one message that lists what is still to assess, at the first blank
 * status: `12 criteria are not assessed yet (blank status): NP-F1, …; fill them in, or grade the
 * draft with --allow-incomplete`. With --allow-incomplete nothing is said here: a blank
 * criterion counts as no finding (missing, not met, the result incomplete), a blank factor as
 * not evidenced.
 */
export function checkNotAssessed(evidence: Evidence, allowIncomplete: boolean): readonly Issue[] {
  if (allowIncomplete) return NO_ISSUES;
  const { criteria, factors, first, scores } = notAssessed(evidence);
  if (!first) return NO_ISSUES;
  const parts = [
    ...(criteria.length > 0 ? [counted(criteria.length, 'criterion', 'criteria')] : []),
    ...(factors.length > 0 ? [counted(factors.length, 'excellence factor', 'excellence factors')] : []),
  ];
  const one = criteria.length + factors.length === 1;
  const ids = [...criteria, ...factors].join(', ');
  return [{ code: 'not-assessed', severity: 'error', path: first,
    message: `${parts.join(' and ')} ${one ? 'is' : 'are'} not assessed yet (${scores ? 'no score' : 'blank status'}): ${ids}; fill ${one ? 'it' : 'them'} in, or grade the draft with --allow-incomplete` }];
}

/**
 * The force `grade template` writes when not told which (`--force-id`, `--force-name`): a draft
 * straight from the template grades with `--allow-incomplete` (SPEC §4), under a name that says
 * what to replace, never under no force at all.
 */
export const PLACEHOLDER_FORCE: Readonly<{ id: string; name: string }> = Object.freeze({ id: 'your-force', name: 'Your force' });

/** Whether the evidence is still for the template's placeholder force. */
export function isPlaceholderForce(evidence: Pick<Evidence, 'force'>): boolean {
  return evidence.force?.id === PLACEHOLDER_FORCE.id;
}

/** A warning while the force is still the template's placeholder. */
export function checkPlaceholderForce(evidence: Evidence): readonly Issue[] {
  if (!isPlaceholderForce(evidence)) return NO_ISSUES;
  return [{ code: 'placeholder-force', severity: 'warning', path: ['force', 'id'],
    message: `the force is still the template's placeholder "${PLACEHOLDER_FORCE.id}": write the force's id and name (grade template --force-id ID --force-name NAME fills them in)` }];
}
