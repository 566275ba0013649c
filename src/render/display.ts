import type { Titled } from '../criteria/scheme/model.js';
import type { Status } from '../shared/grades.js';
import { titleFromId } from '../shared/title.js';

/**
 * The display tables: how grades, statuses and rules look in every renderer (titles, colours,
 * symbols). One table per kind; the engine never reads them. Grades come from the result's
 * scheme: their colours follow their place on its scale.
 */

export type Colour = 'green' | 'cyan' | 'yellow' | 'red' | 'gray' | 'magenta';

/** A grade as every renderer shows it: its id, its title, its colour. */
export interface GradeBadge { id: string; title: string; colour: Colour }

/** A scale of grades, lowest first (a scheme, or a result's summary of one). */
export interface Scale { grades: readonly Titled[] }

/**
 * A grade's colour by its place on the scale: the top green, the next cyan, the lowest red, and
 * those between yellow (hmic-2007: Excellent green, Good cyan, Fair yellow, Poor red).
 */
function colourAt(rank: number, size: number): Colour {
  if (rank === size - 1) return 'green';
  if (rank === 0) return 'red';
  if (rank === size - 2) return 'cyan';
  return 'yellow';
}

/** How a grade of a scale is shown (an id not on the scale is shown as itself, grey). */
export function gradeBadge(scale: Scale, grade: string): GradeBadge {
  const rank = scale.grades.findIndex((g) => g.id === grade);
  if (rank < 0) return { id: grade, title: grade, colour: 'gray' };
  return { id: grade, title: (scale.grades[rank] as Titled).title, colour: colourAt(rank, scale.grades.length) };
}

/** A grade's title on its scale. */
export function gradeTitleOn(scale: Scale, grade: string): string {
  return gradeBadge(scale, grade).title;
}

/** The grades of a scale best first, as summaries and reports list them. */
export function gradesBestFirst(scale: Scale): GradeBadge[] {
  return [...scale.grades].reverse().map((g) => gradeBadge(scale, g.id));
}

/** Display metadata for each finding status. */
export const STATUS_META: Record<Status, { title: string; symbol: string; colour: Colour }> = {
  met: { title: 'Met', symbol: '✔', colour: 'green' },
  'partly-met': { title: 'Partly met', symbol: '◐', colour: 'yellow' },
  'not-met': { title: 'Not met', symbol: '✘', colour: 'red' },
  'not-applicable': { title: 'Not applicable', symbol: '–', colour: 'gray' },
};

/**
 * A finding's status in words, with its score in a scored scheme: `Met`, `Not met, scored 2`,
 * `Not met (no score yet)` for a criterion with no finding; a status scheme's findings, factors
 * and not-applicable findings show the status alone.
 */
export function statusTitle(finding: { status: Status; score?: number | undefined; missing?: boolean }): string {
  const title = STATUS_META[finding.status].title;
  if (finding.score === undefined || finding.status === 'not-applicable') return title;
  return finding.missing === true ? `${title} (no score yet)` : `${title}, scored ${finding.score}`;
}

/**
 * An advisory's title, shown beside the grade (the message says what it asks): its code in words,
 * a word that is a grade of the scale by the grade's title ("borderline-poor" → "Borderline Poor").
 */
export function advisoryTitle(code: string, scale: Scale): string {
  return titleFromId(code).split(' ').map((word) => scale.grades.find((g) => g.id === word.toLowerCase())?.title ?? word).join(' ');
}
