import { byCodeUnit } from '../shared/order.js';

/** The level of a criterion: the Fair or the Good standard. */
export type { Level } from '../shared/grades.js';
import type { Level } from '../shared/grades.js';

/** One statement of a framework's specific grading criteria. */
export interface Criterion {
  id: string;
  level: Level;
  /** Theme id; empty when the criterion has none. */
  theme: string;
  significant: boolean;
  dominant: boolean;
  text: string;
  guidance?: string;
}

export interface Thresholds {
  /** Good needs a share of Good criteria met strictly greater than this. */
  most: number;
  /** Excellent needs a share of Good criteria met at least this. */
  vastMajority: number;
  /** Below this share of significant criteria unmet, a Poor from rule 2 alone is borderline. */
  wellShort: number;
  /** Steps a professional judgement may move the grade from the computed one. */
  maxJudgementShift: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { most: 0.5, vastMajority: 0.8, wellShort: 0.25, maxJudgementShift: 1 };

/** Excellence factors used when a criteria file names none (the two the source report describes). */
export const DEFAULT_EXCELLENCE: ExcellenceFactor[] = [
  { id: 'beacon', text: 'The force is recognised, or able to act, as a beacon to others: a source of leading-edge practice that other forces have imported.' },
  { id: 'innovation', text: 'The force has introduced and evaluated new ways of delivering or improving performance.' },
];

export interface ExcellenceFactor { id: string; text: string }
export interface Theme { id: string; title: string }

/** A framework's criteria as loaded and validated from `criteria/<framework>.yaml`. */
export interface Criteria {
  framework: string;
  title: string;
  group: string;
  /** Position in reports; frameworks without one sort after those with one. */
  order?: number;
  version: string;
  period?: { from: string; to: string };
  thresholds: Thresholds;
  excellence: ExcellenceFactor[];
  themes: Theme[];
  criteria: Criterion[];
  /** sha256 of the file's bytes: ties every result to the exact criteria that produced it. */
  sha256: string;
  /** The file it was loaded from, as given. */
  file: string;
}

/** The raw shape of a criteria file after schema validation (before defaults). */
export interface CriteriaDocument {
  framework: string;
  title: string;
  group: string;
  order?: number;
  version: string;
  period?: { from: string; to: string };
  thresholds?: Partial<Thresholds>;
  excellence?: ExcellenceFactor[];
  themes?: Theme[];
  criteria: Array<Omit<Criterion, 'theme' | 'significant' | 'dominant'> & { theme?: string; significant?: boolean; dominant?: boolean }>;
}

/** Sorts frameworks for reports: by `order`, then group, then title, then id. */
export function compareFrameworks(a: Pick<Criteria, 'order' | 'group' | 'title' | 'framework'>, b: typeof a): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  return byCodeUnit(a.group, b.group) || byCodeUnit(a.title, b.title) || byCodeUnit(a.framework, b.framework);
}
