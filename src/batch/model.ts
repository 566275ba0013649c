import type { GradeDecision } from '../engine/grade.js';
import type { Advisory } from '../engine/result.js';
import type { Evidence } from '../evidence/model.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import type { MovementWord } from '../shared/movement.js';
import type { Titled } from '../criteria/scheme/model.js';
import type { Direction } from '../engine/result.js';
import type { Force } from './forces.js';

/** Version of the batch JSON shape; bumped only when a fixed name changes meaning. */
export const BATCH_SCHEMA_VERSION = 1;

/**
 * What a batch keeps of one graded file: a short form of the GradeResult (SPEC §5 allows it), so
 * that memory grows by a few hundred bytes per file however large the evidence was.
 */
export interface BatchResult {
  file: string;
  force: { id: string; name: string };
  /** Framework id; renderers look its title and version up in the batch's frameworks. */
  framework: string;
  grade: string;
  computedGrade: string;
  /** True when a professional judgement set the final grade. */
  judged: boolean;
  goodShare: number;
  /** The scheme's rule that decided the computed grade. */
  rule: string;
  /** The limiters that capped the grade (SPEC §7), in order. */
  limiters: string[];
  /** The fewest findings whose worsening would drop the computed grade (SPEC §5 `margin`); null at the lowest grade. */
  margin: BatchMargin | null;
  /** The direction of travel from the evidence's `previous` grade (SPEC §3), or null without one. */
  direction: Direction['movement'] | null;
  incomplete: boolean;
  /** Criteria with no finding (only with allowIncomplete). */
  missing: string[];
  advisories: Advisory[];
}

/**
 * `margin` in a batch (SPEC §5, short form): the grade it would fall to and how many findings
 * would have to get worse; which ones, `grade <framework> <file>` says (a batch keeps no list per file).
 */
export interface BatchMargin {
  grade: string;
  /** Null when no worsening of findings lowers the grade. */
  changesNeeded: number | null;
}

/** Why a grade is listed for moderation. */
export interface ModerationReason {
  /** An advisory's code (`borderline-poor`), or `narrow-margin`, `judgement`, `incomplete`, `date-outside-period`. */
  code: string;
  message: string;
}

/** A graded file whose grade national moderation should read (issue #16: "For moderation"). */
export interface ModerationItem {
  file: string;
  force: { id: string; name: string };
  framework: string;
  grade: string;
  reasons: ModerationReason[];
}

/** A file that could not be graded: its first error, and what was known of it. */
export interface BatchError {
  file: string;
  /** The first error in position order. */
  diagnostic: Diagnostic;
  /** How many errors the file had in all. */
  errorCount: number;
  /** Known when the file parsed far enough to name them. */
  force?: { id: string; name: string };
  framework?: string;
}

/** A framework as a batch reports it (from its criteria file). */
export interface BatchFramework {
  id: string;
  title: string;
  group: string;
  version: string;
  /** The grading scheme's id, and its grades lowest first. */
  scheme: string;
  grades: Titled[];
  /** The scheme grades by score (SPEC §7 `scores`): a change is one score point, not one finding. */
  scored?: boolean;
}

/** Counts of final grades by grade id, best first (the order of the source report's columns). */
export type GradeCounts = Record<string, number>;

/** How one force's grade on one framework moved since the previous batch. */
export interface Move {
  force: { id: string; name: string };
  framework: string;
  previous: string;
  current: string;
  /** In the words of a result's `direction.movement` (src/shared/movement.ts). */
  direction: MovementWord;
}

/** Per framework: how many grades moved each way, and how many are new (no previous grade). */
export type MovementCounts = Record<MovementWord | 'new', number>;

/** Every count at 0, keyed in the order the outputs show them. */
export function emptyMovementCounts(): MovementCounts {
  return { improved: 0, stable: 0, deteriorated: 0, 'not-comparable': 0, new: 0 };
}

/** Direction of travel since a previous batch (`--compare`). */
export interface Movement {
  /** The previous batch's file, as given. */
  previous: string;
  /** Per framework id: how many grades improved, stayed stable, deteriorated or could not be compared, and how many had no previous grade. */
  frameworks: Record<string, MovementCounts>;
  /** Every force and framework graded in both batches, sorted by force id then framework order. */
  moves: Move[];
  /** Forces graded in the previous batch, in a framework graded now, with no result now (framework order, then force id). */
  absent: Array<{ force: { id: string; name: string }; framework: string; previous: string }>;
}

/** Everything a batch found, sorted for output: what every renderer draws from. */
export interface BatchRun {
  schemaVersion: number;
  /** Every framework of the criteria used, in report order (compareFrameworks). */
  frameworks: BatchFramework[];
  /** Per framework id (in report order): counts of final grades. */
  summary: Record<string, GradeCounts>;
  /** Sorted by force id, framework order, then file. */
  results: BatchResult[];
  /** Files that could not be graded (and invalid criteria files), sorted by file. */
  errors: BatchError[];
  /** Problems that did not stop grading (forces not in the registry), sorted by file. */
  warnings: Diagnostic[];
  /** JSON files found in folders that are plainly not evidence (a package.json), in path order: neither graded nor errors. */
  skipped: Array<{ file: string; reason: string }>;
  /** How many files and folders `--exclude` left out. */
  excluded: number;
  /** The registry used, or null when none was. */
  registry: { title: string; file: string; forces: number } | null;
  /** Per framework id: registered forces with no evidence file naming them. */
  missing: Record<string, Force[]>;
  /** Set when a previous batch was given to compare with. */
  movement: Movement | null;
  /** The grades national moderation should read, in the results' order (src/batch/moderation.ts). */
  moderation: ModerationItem[];
}

/** The short form of a graded file, from its grade decision. */
export function toBatchResult(decision: GradeDecision, evidence: Pick<Evidence, 'force' | 'framework'>, file: string): BatchResult {
  return {
    file,
    force: { id: evidence.force.id, name: evidence.force.name },
    framework: evidence.framework,
    grade: decision.grade,
    computedGrade: decision.computedGrade,
    judged: decision.judgement !== null,
    goodShare: decision.goodShare,
    rule: decision.rule,
    limiters: decision.limiters,
    direction: decision.direction?.movement ?? null,
    margin: decision.margin,
    incomplete: decision.incomplete,
    missing: decision.missing,
    advisories: decision.advisories,
  };
}
