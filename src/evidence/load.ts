import { validateEvidenceDocument } from '../generated/validators.js';
import type { Criteria } from '../criteria/model.js';
import { onlyUnknownKeys, type Diagnostic, type Issue, type Loaded } from '../shared/diagnostics.js';
import { readTextFile } from '../shared/read-text.js';
import { schemaErrorsToIssues, type SchemaError } from '../shared/schema-issues.js';
import { checkEvidence, type EvidenceCheckOptions } from './check.js';
import { parseJsonSource, type JsonSource } from './json-source.js';
import type { Evidence } from './model.js';

/** Evidence as loaded from a file, with the means to position issues found later. */
export interface LoadedEvidence {
  file: string;
  evidence: Evidence;
  source: JsonSource;
}

/** Turns path-based issues into positioned diagnostics for an evidence file. */
export function positionIssues(loaded: Pick<LoadedEvidence, 'file' | 'source'>, issues: readonly Issue[]): Diagnostic[] {
  return issues.map((issue) => ({
    code: issue.code, severity: issue.severity, message: issue.message, file: loaded.file,
    ...loaded.source.locate(issue.path, issue.atKey),
  }));
}

/**
 * Parses evidence text (SPEC §3 shape): JSON syntax, duplicate keys, then the JSON Schema
 * (unknown keys, types, statuses). Checks that need the criteria come after, in `checkEvidenceFile`.
 */
export function parseEvidence(text: string, file: string): Loaded<LoadedEvidence> {
  const parsed = parseJsonSource(text, file);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const source = parsed.value;
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    return { ok: false, diagnostics: [{ code: 'invalid-type', severity: 'error', file, ...source.locate([]),
      message: `an evidence file must be a JSON object, not ${what}` }] };
  }
  if (!validateEvidenceDocument(data)) {
    const issues = schemaErrorsToIssues((validateEvidenceDocument.errors ?? []) as SchemaError[], data);
    const diagnostics = positionIssues({ file, source }, issues);
    return onlyUnknownKeys(issues) ? { ok: false, diagnostics, partial: { file, evidence: data as Evidence, source } } : { ok: false, diagnostics };
  }
  return { ok: true, value: { file, evidence: data as Evidence, source }, diagnostics: [] };
}

/** Reads and parses an evidence file. */
export async function loadEvidenceFile(file: string, maxBytes?: number): Promise<Loaded<LoadedEvidence>> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  return parseEvidence(read.value, file);
}

/** The criteria-dependent checks of SPEC §3, positioned in the evidence file. */
export function checkEvidenceFile(criteria: Criteria, loaded: LoadedEvidence, options: EvidenceCheckOptions = {}): Diagnostic[] {
  return positionIssues(loaded, checkEvidence(criteria, loaded.evidence, options));
}
