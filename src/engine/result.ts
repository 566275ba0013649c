import type { Thresholds } from '../criteria/model.js';
import type { Titled } from '../criteria/scheme/model.js';
import type { Concern, FactorStatus, Judgement, ReportNarrative } from '../evidence/model.js';
import type { Status } from '../shared/grades.js';
import type { MovementWord } from '../shared/movement.js';

/** A grade id of the result's scheme. */
export type Grade = string;

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
  /** A level of the scheme. */
  level: string;
  theme: string;
  /** The scheme's flags it carries (implied ones included). */
  flags: string[];
  /** Marked critical by the evidence (so selected by the scheme's `critical: true` selectors). */
  critical: boolean;
  status: Status;
  /** In a scored scheme, the score (the lowest when there is no finding). */
  score?: number;
  /** True when the evidence had no finding for it (counted as not met). */
  missing: boolean;
  text: string;
  evidence: string[];
  sources: string[];
}

/** One excellence factor as graded. */
export interface FactorResult {
  factor: string;
  /** How it is named: its criteria file's title, else its id in words ("beacon" → "Beacon"). */
  title: string;
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
  /** What it is, in the scheme's words: its most particular flag, `critical` (marked so by the evidence), or its level. */
  reason: string;
}

export interface Decision {
  /** The id of the scheme's rule that held. */
  rule: string;
  /** The rule in words, with its grade: "Good: every Fair criterion met, and more than 50% of Good criteria met". */
  title: string;
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
  /**
   * The fewest findings (criteria or excellence factors; score points in a scored scheme) that
   * would have to change; null when no change of findings reaches it (a cause of concern).
   */
  changesNeeded: number | null;
  /** Every criterion or factor id whose change could count towards it. */
  candidates: string[];
  /** The ids among the candidates that must all change. */
  required: string[];
  /** How many of the other candidates must change besides. */
  additional: number;
  /**
   * Present (true) only when the exact search stopped at its limit before it found the fewest
   * changes: `changesNeeded` is then null without meaning that no change reaches the grade.
   */
  searchGaveUp?: true;
  /**
   * Present (true) only when every fewest way puts all of `changesNeeded` on one criterion (a
   * score moved several points), among several candidates: "all on one of …", not "any of".
   */
  fromOne?: true;
}

/** `margin` (SPEC §5): the fewest findings that would have to get worse to fall one grade. */
export type Margin = NextGrade;

/** A scheme rule's advisory that held (hmic-2007: `borderline-poor`). */
export interface Advisory { code: string; message: string }

/** A limiter that capped the grade. */
export interface LimiterResult { id: string; cap: Grade; reasons: string[] }

/** The direction of travel from an earlier round's grade. */
export interface Direction {
  previous: Grade;
  round: string;
  movement: MovementWord;
  /** Why the grades cannot be compared, for `not-comparable`. */
  note?: string;
}

/** The scheme a result was graded by, with the titles renderers show. */
export interface SchemeSummary {
  id: string;
  title: string;
  version: string;
  /** Lowest first. */
  grades: Titled[];
  levels: Titled[];
  flags: Titled[];
  /** Its rules in order, each with its grade and its words (as `Decision.title`). */
  rules: Array<{ id: string; grade: string; title: string }>;
}

/** The full result of grading one evidence file against one framework. */
export interface GradeResult {
  schemaVersion: number;
  framework: { id: string; title: string; group: string; order?: number; version: string; sha256: string };
  scheme: SchemeSummary;
  force: { id: string; name: string };
  period: { from: string; to: string } | null;
  grade: Grade;
  computedGrade: Grade;
  judgement: Judgement | null;
  decision: Decision;
  /** Per level and flag id of the scheme (hmic-2007: fair, significant, dominant, good). */
  counts: Record<string, StatusCounts>;
  /** The share of the scheme's first share or score condition (hmic-2007: Good criteria met). */
  goodShare: number;
  thresholds: Thresholds;
  excellence: FactorResult[];
  nextGrade: NextGrade | null;
  margin: Margin | null;
  limiters: LimiterResult[];
  direction: Direction | null;
  advisories: Advisory[];
  incomplete: boolean;
  missing: string[];
  themes: Array<{ id: string; title: string }>;
  criteria: CriterionResult[];
  concerns: Concern[];
  /** The framework's national contextual factors (from its criteria file). */
  nationalContext: string[];
  report: ReportNarrative | null;
}
