/** Grades, lowest to highest. */
export const GRADES = ['poor', 'fair', 'good', 'excellent'] as const;
export type Grade = (typeof GRADES)[number];

/** Finding statuses. Only `met` meets a criterion. */
export const STATUSES = ['met', 'partly-met', 'not-met', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];

/** The rule of SPEC §1 that decided a grade. */
export const RULES = ['dominant', 'significant', 'excellent', 'good', 'fair'] as const;
export type Rule = (typeof RULES)[number];

export type Colour = 'green' | 'cyan' | 'yellow' | 'red' | 'gray' | 'magenta';

/** Display metadata for each grade, shared by every renderer. */
export const GRADE_META: Record<Grade, { title: string; colour: Colour; description: string }> = {
  excellent: {
    title: 'Excellent',
    colour: 'green',
    description: 'The highest level of performance: all Fair criteria, the vast majority of Good, and the excellence factors.',
  },
  good: { title: 'Good', colour: 'cyan', description: 'Above the minimum standard: all Fair criteria and most Good criteria met.' },
  fair: { title: 'Fair', colour: 'yellow', description: 'An acceptable level of service: every significant Fair criterion met.' },
  poor: { title: 'Poor', colour: 'red', description: 'An unacceptably low level of service.' },
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

/** Position of a grade in the order poor < fair < good < excellent. */
export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}
