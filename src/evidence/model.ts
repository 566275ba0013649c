import type { Status } from '../shared/grades.js';

/** The status an excellence factor can be given (a factor is never "not applicable"). */
export type FactorStatus = Exclude<Status, 'not-applicable'>;

/**
 * The status of a finding or factor not assessed yet: a draft's blank (`""`, as `grade template`
 * writes it). It counts as no finding: refused in one message unless `--allow-incomplete`, then
 * not met and listed as missing (src/evidence/drafts.ts).
 */
export const NOT_ASSESSED = '';
export type NotAssessed = typeof NOT_ASSESSED;

export interface Finding {
  criterion: string;
  /** Absent in a scored scheme's finding, which gives `score` instead (or `not-applicable`). */
  status?: Status | NotAssessed;
  /** In a scored scheme: an integer in the scheme's `scores` range; null while not assessed yet (a draft, like status `""`). */
  score?: number | null;
  evidence?: string[];
  sources?: string[];
  /** When what it reports was seen (YYYY-MM-DD); outside the criteria's period is a warning. */
  date?: string;
}

export interface FactorFinding {
  factor: string;
  status: FactorStatus | NotAssessed;
  evidence?: string[];
  sources?: string[];
}

/** A criterion the inspectors mark as critical for this force: failing it alone gives Poor. */
export interface CriticalMark {
  criterion: string;
  rationale: string;
}

/** Professional judgement: the final grade, with the reason and who made it. */
export interface Judgement {
  /** A grade of the criteria's scheme. */
  grade: string;
  rationale: string;
  by: string;
}

export interface DevelopingPractice {
  title: string;
  problem?: string;
  solution?: string;
  outcomes?: string[];
  contact?: string;
}

/** The narrative of the inspection report for this framework. */
export interface ReportNarrative {
  contextualFactors?: string[];
  strengths?: string[];
  workInProgress?: string[];
  areasForImprovement?: string[];
  recommendations?: string[];
  developingPractice?: DevelopingPractice[];
}

/** A cause of concern (SPEC §3; the peel-2021 scheme's `concerns` condition counts them). */
export interface Concern {
  text: string;
  recommendation?: string;
}

/** The grade this force had in an earlier round (SPEC §3), for the direction of travel. */
export interface PreviousGrade {
  round: string;
  grade: string;
  framework?: string;
}

/** Inspection evidence for one force on one framework (SPEC §3), as validated. */
export interface Evidence {
  $schema?: string;
  framework: string;
  criteriaVersion: string;
  force: { id: string; name: string };
  findings: Finding[];
  excellence?: FactorFinding[];
  critical?: CriticalMark[];
  judgement?: Judgement;
  concerns?: Concern[];
  previous?: PreviousGrade;
  report?: ReportNarrative;
}
