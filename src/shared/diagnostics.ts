import { byCodeUnit } from './order.js';

/**
 * Errors are data: every problem the tool finds in its input is a Diagnostic with a code
 * from one string-literal union, a message, and a 1-based position in the file.
 */

/** Every diagnostic code the tool can emit. The code doubles as the rule name in `validate`. */
export type DiagnosticCode =
  // reading files
  | 'file-unreadable'
  | 'internal-error'
  | 'file-too-large'
  | 'invalid-encoding'
  | 'syntax-error'
  | 'duplicate-key'
  | 'nesting-too-deep'
  | 'alias-limit'
  | 'unknown-tag'
  | 'complex-key'
  // report: a force's evidence files together, and the national summary
  | 'mixed-forces'
  | 'unknown-framework'
  | 'national-mismatch'
  // shape (JSON Schema)
  | 'unknown-key'
  | 'missing-key'
  | 'invalid-type'
  | 'invalid-value'
  // criteria semantics
  | 'framework-id-mismatch'
  | 'framework-id-reserved'
  | 'duplicate-id'
  | 'flag-level'
  | 'missing-implied-flag'
  | 'require-unmatched'
  | 'threshold-range'
  | 'threshold-order'
  | 'unknown-threshold'
  | 'unknown-theme'
  | 'unknown-level'
  | 'missing-guidance'
  | 'unused-flag'
  | 'rule-never-holds'
  | 'placeholder-force'
  | 'unknown-scheme'
  | 'scheme-invalid'
  // scheme semantics (SPEC §7)
  | 'scheme-id-mismatch'
  | 'unknown-grade'
  | 'unknown-rule'
  | 'not-checked'
  | 'duplicate-name'
  | 'unknown-flag'
  | 'implies-cycle'
  | 'unreachable-rule'
  | 'otherwise-rule'
  | 'condition-kind'
  | 'comparator'
  | 'condition-unusable'
  // evidence semantics
  | 'framework-mismatch'
  | 'criteria-version-mismatch'
  | 'unknown-criterion'
  | 'duplicate-finding'
  | 'missing-finding'
  | 'not-assessed'
  | 'date-outside-period'
  | 'unknown-factor'
  | 'duplicate-factor'
  | 'duplicate-critical'
  | 'always-applicable'
  | 'invalid-score'
  | 'not-applicable-critical'
  | 'empty-rationale'
  | 'no-share'
  | 'judgement-shift'
  | 'uncited-finding'
  | 'unknown-force'
  | 'force-name-mismatch'
  | 'duplicate-evidence'
  | 'duplicate-result'
  // force narratives (`*.narrative.json`)
  | 'duplicate-group'
  | 'unknown-group'
  | 'duplicate-narrative'
  | 'block-kind'
  | 'table-width'
  // validate: evidence checked against the criteria of the framework it names
  | 'criteria-invalid'
  // criteria test cases (`grade test`)
  | 'duplicate-case'
  | 'case-source';

export type Severity = 'error' | 'warning';

/** A problem found in an input file, positioned 1-based (line and column). */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
}

/**
 * A problem found by a check that sees the parsed model but not the source text: it names the
 * place by its path in the document, and the loader turns the path into a line and column.
 */
export interface Issue {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  path: readonly (string | number)[];
  /** Point at the key of the last path segment rather than its value (e.g. unknown keys). */
  atKey?: boolean;
}

/** Orders diagnostics by file, line, column, then code, so every output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return byCodeUnit(a.file, b.file);
  return a.line - b.line || a.column - b.column || byCodeUnit(a.code, b.code)
    || byCodeUnit(a.message, b.message);
}

/** True when any diagnostic is an error (warnings alone never fail a load). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** The first error, in position order, or undefined. */
export function firstError(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return [...diagnostics].sort(compareDiagnostics).find((d) => d.severity === 'error');
}

/**
 * Result of a loader: a model, or the diagnostics that stopped it (plus warnings either way).
 * A failed load may still carry a `partial` model when its only faults are unknown keys, so that
 * later checks can report every other problem in the same run.
 */
export type Loaded<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; partial?: T };

/** True when every schema issue is an unknown key: the rest of the document has the right shape. */
export function onlyUnknownKeys(issues: readonly Issue[]): boolean {
  return issues.every((issue) => issue.code === 'unknown-key');
}

/** No issue: one shared empty list, never written to (most checks of most files find nothing). */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);
