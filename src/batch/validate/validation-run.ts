import type { CriteriaProvenance } from '../../criteria/provenance.js';
import type { Diagnostic } from '../../shared/diagnostics.js';
import { compareDiagnostics } from '../../shared/diagnostics.js';
import { byCodeUnit } from '../../shared/order.js';
import { isNarrativeName } from '../../evidence/narrative/model.js';

export type { CriteriaProvenance };

/** What a file given to `validate` is taken to be, from its name. */
export type FileKind = 'scheme' | 'criteria' | 'evidence' | 'criteria-test' | 'narrative';

/** One validated file and its problems. */
export interface FileCheck {
  file: string;
  kind: FileKind;
  diagnostics: Diagnostic[];
  /** A valid criteria file itself, or the criteria an evidence or test file was checked against. */
  criteria: CriteriaProvenance | null;
}

export interface ValidationSummary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  /** --max-warnings, or null when warnings never fail the run. */
  maxWarnings: number | null;
  warningsExceeded: boolean;
  /** No errors and warnings within --max-warnings: exit 0. */
  valid: boolean;
}

/** Everything `grade validate` found, files sorted by name and diagnostics by position. */
export interface ValidationRun {
  files: FileCheck[];
  summary: ValidationSummary;
}


/** Sorts the files and their diagnostics and counts them up. */
export function summariseValidation(files: readonly FileCheck[], maxWarnings: number | null): ValidationRun {
  const sorted = [...files]
    .sort((a, b) => byCodeUnit(a.file, b.file))
    .map((file) => ({ ...file, diagnostics: [...file.diagnostics].sort(compareDiagnostics) }));
  const all = sorted.flatMap((file) => file.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  const warningsExceeded = maxWarnings !== null && warnings > maxWarnings;
  // A file only reported as not checked (a .yml file) is not counted among those checked.
  const checked = sorted.filter((file) => !(file.diagnostics.length > 0 && file.diagnostics.every((d) => d.code === 'not-checked')));
  return {
    files: sorted,
    summary: {
      files: checked.length,
      filesWithProblems: checked.filter((file) => file.diagnostics.length > 0).length,
      errors, warnings, maxWarnings, warningsExceeded,
      valid: errors === 0 && !warningsExceeded,
    },
  };
}

/**
 * What a file is taken to be from its name: `*.test.yaml` a criteria test, `*.yaml` criteria,
 * `*.narrative.json` a force narrative, `*.json` evidence.
 */
export function fileKindOf(file: string): FileKind | undefined {
  // One rule for every command: extensions in any letter case.
  const name = file.toLowerCase();
  if (name.endsWith('.test.yaml')) return 'criteria-test';
  // A grading scheme lives in a schemes/ folder (criteria/schemes, or one inside --criteria).
  if (name.endsWith('.yaml') && /(^|[\\/])schemes[\\/][^\\/]+$/.test(name)) return 'scheme';
  if (name.endsWith('.yaml')) return 'criteria';
  if (isNarrativeName(name)) return 'narrative';
  if (name.endsWith('.json')) return 'evidence';
  return undefined;
}

/** The distinct criteria that the run's files are or were checked against, by framework then file. */
export function criteriaUsed(report: ValidationRun): CriteriaProvenance[] {
  const byFile = new Map<string, CriteriaProvenance>();
  for (const file of report.files) if (file.criteria && !byFile.has(file.criteria.file)) byFile.set(file.criteria.file, file.criteria);
  return [...byFile.values()].sort((a, b) => byCodeUnit(a.framework, b.framework) || byCodeUnit(a.file, b.file));
}
