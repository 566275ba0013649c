import type { Advisory } from '../engine/result.js';
import { GRADES, GRADE_TITLES, type Grade, type Rule, type Status } from '../shared/grades.js';

/**
 * The display tables: how grades, statuses and rules look in every renderer (titles, colours,
 * symbols, descriptions). One table per kind; the engine never reads them.
 */

export type Colour = 'green' | 'cyan' | 'yellow' | 'red' | 'gray' | 'magenta';

/** Display metadata for each grade, shared by every renderer. */
export const GRADE_META: Record<Grade, { title: string; colour: Colour; description: string }> = {
  excellent: {
    title: GRADE_TITLES.excellent,
    colour: 'green',
    description: 'The highest level of performance: all Fair criteria, the vast majority of Good, and the excellence factors.',
  },
  good: { title: GRADE_TITLES.good, colour: 'cyan', description: 'Above the minimum standard: all Fair criteria and most Good criteria met.' },
  fair: { title: GRADE_TITLES.fair, colour: 'yellow', description: 'An acceptable level of service: every significant Fair criterion met.' },
  poor: { title: GRADE_TITLES.poor, colour: 'red', description: 'An unacceptably low level of service.' },
};

/** Display metadata for each finding status. */
export const STATUS_META: Record<Status, { title: string; symbol: string; colour: Colour }> = {
  met: { title: 'Met', symbol: '✔', colour: 'green' },
  'partly-met': { title: 'Partly met', symbol: '◐', colour: 'yellow' },
  'not-met': { title: 'Not met', symbol: '✘', colour: 'red' },
  'not-applicable': { title: 'Not applicable', symbol: '–', colour: 'gray' },
};

/** Display titles for each deciding rule. */
export const RULE_META: Record<Rule, { title: string }> = {
  dominant: { title: 'Poor: a dominant (critical) criterion is not met' },
  significant: { title: 'Poor: a significant Fair criterion is not met' },
  excellent: { title: 'Excellent: all Fair, the vast majority of Good, and every excellence factor met' },
  good: { title: 'Good: all Fair and most Good criteria met' },
  fair: { title: 'Fair: every significant Fair criterion met' },
};

/** Display titles for each advisory, shown beside the grade (the message says what it asks). */
export const ADVISORY_META: Record<Advisory['code'], { title: string }> = {
  'borderline-poor': { title: 'Borderline Poor' },
};

/**
 * An excellence factor's title, from its id ("beacon" → "Beacon", "best-practice" → "Best
 * practice"): criteria files give a factor an id and a text, and the id names what the text is
 * about (the source report's "beacon" and "innovation").
 */
export function factorTitle(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words === '' ? id : words.charAt(0).toUpperCase() + words.slice(1);
}

/** Grades best first, as summaries and reports list them. */
export const GRADES_BEST_FIRST: readonly Grade[] = [...GRADES].reverse();
