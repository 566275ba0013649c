/**
 * A grading scheme (SPEC §7) as loaded and checked: a grade scale and the ordered rules that turn
 * findings into a grade. The engine knows no grade, level, flag or rule by name; all of them are
 * here, as data.
 */

/** Criteria with every field given; `critical`: marked critical by the evidence. */
export interface Selector {
  level?: string;
  flag?: string;
  theme?: string;
  critical?: true;
}

export const COMPARATORS = ['atLeast', 'moreThan', 'atMost', 'below'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** A comparator's value: a number, a threshold's name, or `all` (the size of the set). */
export type ConditionValue = number | string;

/** What a count or share counts. */
export type Counted = 'met' | 'unmet' | { scoreAtLeast: number } | { scoreAtMost: number };

export type Condition =
  | { kind: 'count'; select: Selector[]; of: Counted; comparator: Comparator; value: ConditionValue }
  | { kind: 'share'; select: Selector[]; of: Counted; comparator: Comparator; value: ConditionValue }
  | { kind: 'score'; select: Selector[]; comparator: Comparator; value: ConditionValue }
  | { kind: 'factors'; comparator: Comparator; value: ConditionValue }
  | { kind: 'concerns'; comparator: Comparator; value: ConditionValue };

export type ConditionKind = Condition['kind'];

export interface SchemeRule {
  id: string;
  grade: string;
  /** Empty for the `otherwise` rule. */
  when: Condition[];
  otherwise: boolean;
  advisory?: { code: string; when: Condition[] };
}

export interface Limiter {
  id: string;
  cap: string;
  when: Condition[];
}

export interface Titled { id: string; title: string }

/** A criterion level: its title, and optionally how its criteria are named in sentences. */
export interface Level extends Titled { one?: string; many?: string }

export interface Flag {
  id: string;
  title: string;
  levels: string[];
  implies?: string;
  alwaysApplicable: boolean;
}

export interface Scores { min: number; max: number; metAt: number }

/** The threshold of how many grades a professional judgement may move (SPEC §1). */
export const JUDGEMENT_SHIFT = 'maxJudgementShift';

export interface Scheme {
  id: string;
  title: string;
  version: string;
  /** Lowest first. */
  grades: Titled[];
  levels: Level[];
  flags: Flag[];
  factors: string[];
  thresholds: Record<string, number>;
  increasing: string[];
  require: Selector[];
  scores?: Scores;
  rules: SchemeRule[];
  limiters: Limiter[];
  /** The file it was loaded from ('' when built in code). */
  file: string;
}

/** The grade ids of a scheme, lowest first. */
export function gradeIds(scheme: Pick<Scheme, 'grades'>): string[] {
  return scheme.grades.map((g) => g.id);
}

/** A grade's position on its scheme's scale (lowest 0), or -1 when it is not one of its grades. */
export function rankOf(scheme: Pick<Scheme, 'grades'>, grade: string): number {
  return scheme.grades.findIndex((g) => g.id === grade);
}

/** The title of a grade, level or flag id (the id itself when unknown). */
export function titleOf(items: readonly Titled[], id: string): string {
  return items.find((item) => item.id === id)?.title ?? id;
}

/**
 * Where a fall of a grade lands, in words, given the grade one below it (a margin's grade):
 * "Fair or lower", since a worse finding may skip a grade (hmic-2007: Good to Poor when a
 * significant Fair criterion fails); the title alone at the bottom of the scale.
 */
export function fallWords(grades: readonly Titled[], oneBelow: string): string {
  const title = titleOf(grades, oneBelow);
  return grades.findIndex((g) => g.id === oneBelow) > 0 ? `${title} or lower` : title;
}
