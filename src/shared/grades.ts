/** Grades, lowest to highest. */
export const GRADES = ['poor', 'fair', 'good', 'excellent'] as const;
export type Grade = (typeof GRADES)[number];

/** Finding statuses. Only `met` meets a criterion. */
export const STATUSES = ['met', 'partly-met', 'not-met', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];

/** The rule of SPEC §1 that decided a grade. */
export const RULES = ['dominant', 'significant', 'excellent', 'good', 'fair'] as const;
export type Rule = (typeof RULES)[number];

/** Criterion levels (SPEC §2), in report order. */
export const LEVELS = ['fair', 'good'] as const;
export type Level = (typeof LEVELS)[number];

/** The scale's names for people (SPEC §1: text output `Poor`, `Fair`, `Good`, `Excellent`). */
export const GRADE_TITLES: Readonly<Record<Grade, string>> = { poor: 'Poor', fair: 'Fair', good: 'Good', excellent: 'Excellent' };

/** A criterion level's name for people. */
export const LEVEL_TITLES: Readonly<Record<Level, string>> = { fair: 'Fair', good: 'Good' };

/** Position of a grade in the order poor < fair < good < excellent. */
export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}
