import type { Grade, Status } from '../shared/grades.js';

/** The status an excellence factor can be given (a factor is never "not applicable"). */
export type FactorStatus = Exclude<Status, 'not-applicable'>;

export interface Finding {
  criterion: string;
  status: Status;
  evidence?: string[];
  sources?: string[];
}

export interface FactorFinding {
  factor: string;
  status: FactorStatus;
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
  grade: Grade;
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
  report?: ReportNarrative;
}
