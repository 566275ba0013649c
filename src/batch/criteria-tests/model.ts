import type { FactorStatus, Judgement } from '../../evidence/model.js';
import type { Advisory } from '../../engine/result.js';
import type { Status } from '../../shared/grades.js';

/** What a case expects of the result; only the keys given are compared. */
export interface Expectation {
  grade: string;
  rule: string;
  computedGrade?: string;
  /** nextGrade.changesNeeded; null for "no next grade" (or none that a change of findings reaches). */
  changesNeeded?: number | null;
  /** margin.changesNeeded; null at the lowest grade (or when no worsening lowers it). */
  margin?: number | null;
  /** The ids of the limiters that capped the grade, in any order. */
  limiters?: string[];
  advisories?: Array<Advisory['code']>;
  incomplete?: boolean;
}

/** Inline evidence, as a case file writes it. */
export interface InlineEvidence {
  /** A status, or in a scored scheme a score. */
  default?: Status | number;
  findings?: Record<string, Status | number>;
  /** Causes of concern, by their text. */
  concerns?: string[];
  excellence?: Record<string, FactorStatus>;
  critical?: Record<string, string>;
  judgement?: Judgement;
}

/** One case of a criteria test file (SPEC §4 `grade test`). */
export interface TestCase {
  name: string;
  /** Its index in the file's `cases`, for positions. */
  index: number;
  /** Where the case starts in its file (1-based). */
  line: number;
  column: number;
  description?: string;
  /** An evidence file, resolved against the case file's folder; or inline evidence. */
  source: { kind: 'file'; path: string; given: string } | ({ kind: 'inline' } & InlineEvidence);
  allowIncomplete: boolean;
  expect: Expectation;
}

/** A loaded criteria test file. */
export interface TestFile {
  file: string;
  framework: string;
  description?: string;
  cases: TestCase[];
}

/** The raw shape of a criteria test file after schema validation. */
export interface TestFileDocument {
  framework: string;
  description?: string;
  cases: Array<InlineEvidence & {
    name: string;
    description?: string;
    evidence?: string;
    allowIncomplete?: boolean;
    expect: Expectation;
  }>;
}
