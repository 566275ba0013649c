import type { Criteria } from '../criteria/model.js';
import type { Classified } from './classify.js';
import type { GradeResult } from './result.js';

/** What the rules of SPEC §1 see, with the sets already split into met and not met. */
export interface RuleInputs {
  sets: Classified;
  thresholds: Criteria['thresholds'];
  factors: GradeResult['excellence'];
  failedDominant: Classified['all'];
  failedSignificant: Classified['all'];
  failedFair: Classified['all'];
  goodMet: number;
  allFactorsMet: boolean;
}

/** What the five rules of SPEC §1 look at: how many criteria of each set are not met, and the Good share. */
export interface RuleCounts {
  failedDominant: number;
  failedSignificant: number;
  failedFair: number;
  goodMet: number;
  /** Applicable Good criteria. */
  goodTotal: number;
  allFactorsMet: boolean;
  thresholds: Criteria['thresholds'];
}
