import type { Diagnostic } from '../../shared/diagnostics.js';
import type { CriteriaStore } from '../../criteria/store.js';
import { provenanceOf } from '../../criteria/provenance.js';
import { loadSchemeFile } from '../../criteria/scheme/load.js';
import { parseScheme } from '../../criteria/scheme/parse.js';
import { fileStem } from '../../criteria/stem.js';
import { loadTestFile } from '../criteria-tests/load.js';
import { runTestFile } from '../criteria-tests/run.js';
import { validateEvidenceFile, type EvidenceValidationOptions } from './evidence-file.js';
import { validateNarrativeFile } from './narrative-file.js';
import { summariseValidation, fileKindOf, type FileKind, type FileCheck, type ValidationRun } from './validation-run.js';

/** A file to validate and what it is taken to be. */
export interface ValidateTarget {
  file: string;
  kind: FileKind;
}

export interface ValidateOptions extends EvidenceValidationOptions {
  /** More warnings than this fail the run; null: warnings never do. */
  maxWarnings: number | null;
  /** Entries found beside the targets that could not be read at all (not regular files, broken links). */
  problems?: readonly Diagnostic[];
}

/** Every problem of a criteria file (SPEC §2), and its provenance when valid. */
export async function validateCriteriaFile(file: string, store: CriteriaStore): Promise<FileCheck> {
  const loaded = await store.load(file);
  return { file, kind: 'criteria', diagnostics: loaded.diagnostics, criteria: loaded.ok ? provenanceOf(loaded.value) : null };
}

/**
 * Every problem of a criteria test file: its shape, and each case's evidence checked against
 * the framework's criteria (as `grade test` would grade it). Whether the cases pass is for
 * `grade test`, not for validation.
 */
export async function validateTestFile(file: string, store: CriteriaStore, maxBytes?: number): Promise<FileCheck> {
  const loaded = await loadTestFile(file, maxBytes);
  if (!loaded.ok) return { file, kind: 'criteria-test', diagnostics: loaded.diagnostics, criteria: null };
  const run = await runTestFile(loaded.value, store, maxBytes, true);
  const diagnostics = [...loaded.diagnostics, ...run.diagnostics, ...run.cases.flatMap((c) => c.diagnostics)];
  return { file, kind: 'criteria-test', diagnostics, criteria: run.criteria };
}

/** Every problem of a grading scheme file (SPEC §7). */
export function validateSchemeFile(file: string, maxBytes?: number): FileCheck {
  const loaded = loadSchemeFile(file, fileStem(file), maxBytes, parseScheme);
  return { file, kind: 'scheme', diagnostics: loaded.diagnostics, criteria: null };
}

const ORDER: FileKind[] = ['scheme', 'criteria', 'criteria-test', 'evidence', 'narrative'];

/**
 * Validates every target. Criteria files go first, so that each is loaded once under the name
 * it was given and evidence checked against it reuses that load.
 */
export async function validateTargets(targets: readonly ValidateTarget[], store: CriteriaStore, options: ValidateOptions): Promise<ValidationRun> {
  const reports: FileCheck[] = (options.problems ?? []).map((problem) => ({ file: problem.file, kind: fileKindOf(problem.file) ?? 'evidence', diagnostics: [problem], criteria: null }));
  for (const kind of ORDER) {
    for (const target of targets.filter((t) => t.kind === kind)) {
      if (kind === 'scheme') reports.push(validateSchemeFile(target.file, options.maxBytes));
      else if (kind === 'criteria') reports.push(await validateCriteriaFile(target.file, store));
      else if (kind === 'criteria-test') reports.push(await validateTestFile(target.file, store, options.maxBytes));
      else if (kind === 'narrative') reports.push(await validateNarrativeFile(target.file, store, options.maxBytes));
      else reports.push(await validateEvidenceFile(target.file, store, options));
    }
  }
  return summariseValidation(onceEach(reports), options.maxWarnings);
}

/**
 * Each problem once: a criteria file carries its scheme's own diagnostics (positioned in the
 * scheme file) beside its `scheme-invalid`, so a scheme validated in the same run, or named by
 * several criteria files, would otherwise be listed and counted again for each.
 */
function onceEach(reports: FileCheck[]): FileCheck[] {
  const seen = new Set<string>();
  const keyOf = (d: Diagnostic) => JSON.stringify([d.file, d.line, d.column, d.code, d.severity, d.message]);
  for (const report of reports) for (const d of report.diagnostics) if (d.file === report.file) seen.add(keyOf(d));
  return reports.map((report) => {
    const diagnostics = report.diagnostics.filter((d) => {
      if (d.file === report.file) return true;
      const key = keyOf(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return diagnostics.length === report.diagnostics.length ? report : { ...report, diagnostics };
  });
}
