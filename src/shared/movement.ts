/**
 * The words for a grade's direction of travel (SPEC §5: `direction.movement`), in one place for
 * every output that shows one: a result's `direction` (the evidence's `previous` grade) and
 * `batch --compare` (a previous batch's grade) compare the same way and say it in the same words.
 */
export const MOVEMENTS = ['improved', 'stable', 'deteriorated', 'not-comparable'] as const;

/** One direction of travel: `improved`, `stable`, `deteriorated` or `not-comparable`. */
export type MovementWord = (typeof MOVEMENTS)[number];

/** Each movement as text and Markdown show it. */
export const MOVEMENT_TITLES: Readonly<Record<MovementWord, string>> = {
  improved: 'Improved',
  stable: 'Stable',
  deteriorated: 'Deteriorated',
  'not-comparable': 'Not comparable',
};

/**
 * The movement from an earlier grade to the grade now, given as their places on one scale
 * (lowest first, as a scheme lists its grades): `not-comparable` when either is not on the
 * scale (a place below 0).
 */
export function movementBetween(before: number, now: number): MovementWord {
  if (before < 0 || now < 0) return 'not-comparable';
  return now > before ? 'improved' : now < before ? 'deteriorated' : 'stable';
}
