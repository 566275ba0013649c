import type { Status } from '../shared/grades.js';
import type { Finding } from './model.js';

/**
 * The status a finding gives: its own, or in a scored scheme `met` for a score of at least
 * `metAt` and `not-met` below (`partly-met` is not a score's). Undefined: no finding yet.
 */
export function statusOf(finding: Finding | undefined, metAt: number | undefined): Status | undefined {
  if (finding === undefined) return undefined;
  if (finding.status) return finding.status;
  if (metAt !== undefined && typeof finding.score === 'number') return finding.score >= metAt ? 'met' : 'not-met';
  return undefined;
}
