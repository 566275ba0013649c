import type { CriteriaStore } from '../../criteria/store.js';
import { decideLoaded } from '../../engine/sequence.js';
import { checkEvidence } from '../../evidence/check.js';
import { examineEvidence, positionIssues } from '../../evidence/load.js';
import type { Evidence } from '../../evidence/model.js';
import { salvageEvidence } from '../../evidence/salvage.js';
import type { Diagnostic, Issue } from '../../shared/diagnostics.js';
import { hasErrors } from '../../shared/diagnostics.js';
import { readTextFile } from '../../io/read-text.js';
import { isRecord, withoutRepeats } from '../../shared/salvage.js';
import { unknownFrameworkMessage } from '../../shared/unknown-framework.js';
import { provenanceOf } from '../../criteria/provenance.js';
import type { FileCheck } from './validation-run.js';
import { appendAll } from '../../shared/append.js';

export interface EvidenceValidationOptions {
  /** Check every evidence file against this framework (`--framework`); else the one each names. */
  framework?: string;
  allowIncomplete?: boolean;
  maxBytes?: number;
}

/**
 * Every problem of one evidence file (SPEC §3), in one pass: syntax and duplicate keys, the
 * schema, then the checks against its framework's criteria on whatever could be read, and —
 * when nothing else is wrong, as it needs a computed grade — the judgement's step limit.
 */
export async function validateEvidenceFile(file: string, store: CriteriaStore, options: EvidenceValidationOptions = {}): Promise<FileCheck> {
  const read = await readTextFile(file, options.maxBytes);
  if (!read.ok) return { file, kind: 'evidence', diagnostics: read.diagnostics, criteria: null };
  return validateEvidenceText(read.value, file, store, options);
}

/** `validateEvidenceFile` on text already read. */
export async function validateEvidenceText(text: string, file: string, store: CriteriaStore, options: EvidenceValidationOptions = {}): Promise<FileCheck> {
  const checked = (diagnostics: Diagnostic[], criteria: FileCheck['criteria'] = null): FileCheck =>
    ({ file, kind: 'evidence', diagnostics, criteria });
  const { source, diagnostics } = examineEvidence(text, file);
  if (!source || !isRecord(source.data)) return checked(diagnostics);
  const data = source.data;
  const at = (issue: Issue): Diagnostic[] => positionIssues({ file, source }, [issue]);

  const named = typeof data.framework === 'string' ? data.framework : undefined;
  const framework = options.framework ?? named;
  if (framework === undefined) return checked(diagnostics);
  const loading = store.forFramework(framework);
  if (!loading) {
    return checked([...diagnostics, ...at({ code: 'unknown-framework', severity: 'error', path: ['framework'],
      message: unknownFrameworkMessage(framework, store.ids, store.dir) })]);
  }
  const loaded = await loading;
  if (!loaded.ok) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    return checked([...diagnostics, ...at({ code: 'criteria-invalid', severity: 'error', path: ['framework'],
      message: `cannot check against ${store.fileOf(framework)}: it has ${errors} error${errors === 1 ? '' : 's'} (see \`grade validate ${store.fileOf(framework)}\`)` })]);
  }
  const criteria = loaded.value;
  const checkOptions = { ...(options.framework ? { framework: options.framework } : {}), allowIncomplete: options.allowIncomplete === true };
  if (!hasErrors(diagnostics)) {
    // Schema-valid: the one grading sequence checks it against its criteria, decides (no
    // justification is built to be thrown away) and checks the judgement's step limit.
    const outcome = decideLoaded(criteria, { file, source, evidence: data as unknown as Evidence }, checkOptions);
    return checked([...diagnostics, ...outcome.diagnostics], provenanceOf(criteria));
  }
  // Not schema-valid: check whatever could be read, to report every problem in one run.
  const salvaged = salvageEvidence(data, criteria.version);
  if (!salvaged) return checked(diagnostics, provenanceOf(criteria));
  const issues = checkEvidence(criteria, salvaged.evidence, { ...checkOptions, allowIncomplete: checkOptions.allowIncomplete || !salvaged.findingsReadable });
  appendAll(diagnostics, withoutRepeats(diagnostics, positionIssues({ file, source }, issues)));
  return checked(diagnostics, provenanceOf(criteria));
}
