import type { Thresholds } from '../criteria/model.js';
import type { Level } from '../shared/grades.js';
import type { FactorStatus, Judgement, ReportNarrative } from '../evidence/model.js';
import type { Grade, Rule, Status } from '../shared/grades.js';

/** Version of the JSON result shape; bumped only when a fixed name changes meaning. */
export const RESULT_SCHEMA_VERSION = 1;

/** Tallies of findings for one set of criteria (missing findings count as not met). */
export interface StatusCounts {
  total: number;
  met: number;
  partlyMet: number;
  notMet: number;
  notApplicable: number;
  /** Of `notMet`, how many had no finding at all (only with --allow-incomplete). */
  missing: number;
}

/** One criterion as graded. */
export interface CriterionResult {
  id: string;
  level: Level;
  theme: string;
  significant: boolean;
  dominant: boolean;
  /** Marked critical by the evidence (so treated as dominant for this force). */
  critical: boolean;
  status: Status;
  /** True when the evidence had no finding for it (counted as not met). */
  missing: boolean;
  text: string;
  evidence: string[];
  sources: string[];
}

/** One excellence factor as graded. */
export interface FactorResult {
  factor: string;
  status: FactorStatus;
  text: string;
  /** False when the evidence does not mention the factor (it counts as not met). */
  evidenced: boolean;
  evidence: string[];
  sources: string[];
}

/** A criterion named as deciding the grade, and why. */
export interface DecidingCriterion {
  id: string;
  text: string;
  status: Status;
  reason: 'dominant' | 'critical' | 'significant' | 'fair' | 'good';
}

export interface Decision {
  rule: Rule;
  /** One sentence: the rule and its counts. */
  summary: string;
  /** Why this grade: the summary first, then the detail. */
  reasons: string[];
  /** For each grade above the computed one, lowest first: why it was not reached. */
  notReached: Array<{ grade: Grade; reasons: string[] }>;
  deciding: DecidingCriterion[];
}

export interface NextGrade {
  grade: Grade;
  /** The fewest findings (criteria or excellence factors) that would have to become met. */
  changesNeeded: number;
  /** Every criterion or factor id whose change could count towards it. */
  candidates: string[];
  /** The ids among the candidates that must all change. */
  required: string[];
  /** How many of the other candidates (unmet Good criteria) must change besides. */
  additional: number;
}

export interface Advisory { code: 'borderline-poor'; message: string }

/** The full result of grading one evidence file against one framework. */
export interface GradeResult {
  schemaVersion: number;
  framework: { id: string; title: string; group: string; order?: number; version: string; sha256: string };
  force: { id: string; name: string };
  period: { from: string; to: string } | null;
  grade: Grade;
  computedGrade: Grade;
  judgement: Judgement | null;
  decision: Decision;
  counts: { fair: StatusCounts; significant: StatusCounts; dominant: StatusCounts; good: StatusCounts };
  goodShare: number;
  thresholds: Thresholds;
  excellence: FactorResult[];
  nextGrade: NextGrade | null;
  advisories: Advisory[];
  incomplete: boolean;
  missing: string[];
  themes: Array<{ id: string; title: string }>;
  criteria: CriterionResult[];
  report: ReportNarrative | null;
}
