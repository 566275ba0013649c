import { validateEvidenceDocument } from '../generated/evidence-validator.js';
import type { Criteria } from '../criteria/model.js';
import { onlyUnknownKeys, type Diagnostic, type Issue, type Loaded } from '../shared/diagnostics.js';
import { readTextFile } from '../io/read-text.js';
import { schemaErrorsToIssues, type SchemaError } from '../shared/schema-issues.js';
import { checkEvidence, type EvidenceCheckOptions } from './check.js';
import { parseJsonSource, type JsonSource } from './json-source.js';
import type { Evidence } from './model.js';
import { appendAll } from '../shared/append.js';

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

/** The problem of a parsed JSON value that is not an object, or undefined. */
function notAnObject(source: JsonSource, file: string): Diagnostic | undefined {
  const data = source.data;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return undefined;
  const what = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
  return { code: 'invalid-type', severity: 'error', file, ...source.locate([]), message: `an evidence file must be a JSON object, not ${what}` };
}

/**
 * Parses evidence text (SPEC §3 shape): JSON syntax, duplicate keys, then the JSON Schema
 * (unknown keys, types, statuses). Checks that need the criteria come after, in `checkEvidenceFile`.
 */
export function parseEvidence(text: string, file: string): Loaded<LoadedEvidence> {
  const parsed = parseJsonSource(text, file);
  // Duplicate keys fail the parse but leave a value (partial) whose other problems are reported too.
  const source = parsed.ok ? parsed.value : parsed.partial;
  if (!source) return { ok: false, diagnostics: parsed.diagnostics };
  const duplicates = parsed.ok ? [] : parsed.diagnostics;
  const wrongType = notAnObject(source, file);
  if (wrongType) return { ok: false, diagnostics: [...duplicates, wrongType] };
  const data = source.data;
  if (!validateEvidenceDocument(data)) {
    const issues = schemaErrorsToIssues((validateEvidenceDocument.errors ?? []) as SchemaError[], data);
    const diagnostics = [...duplicates, ...positionIssues({ file, source }, issues)];
    return onlyUnknownKeys(issues) && duplicates.length === 0
      ? { ok: false, diagnostics, partial: { file, evidence: data as Evidence, source } } : { ok: false, diagnostics };
  }
  if (duplicates.length > 0) return { ok: false, diagnostics: duplicates };
  return { ok: true, value: { file, evidence: data as Evidence, source }, diagnostics: [] };
}

/**
 * What can be known of an evidence text without its criteria: every problem of syntax and shape
 * (JSON syntax, duplicate keys, the JSON Schema: unknown keys, types, statuses), and the parsed
 * source whenever the text is a JSON object at all, even a misshapen one, so that the checks
 * against the criteria can still run on what is readable (see `salvageEvidence`). Used by
 * `validate`, which reports everything it can find.
 */
export interface ExaminedEvidence {
  source?: JsonSource;
  diagnostics: Diagnostic[];
}

/** Examines evidence text (SPEC §3 shape); see `ExaminedEvidence`. */
export function examineEvidence(text: string, file: string): ExaminedEvidence {
  const parsed = parseJsonSource(text, file);
  const source = parsed.ok ? parsed.value : parsed.partial;
  if (!source) return { diagnostics: parsed.diagnostics };
  const diagnostics = [...parsed.diagnostics];
  const wrongType = notAnObject(source, file);
  if (wrongType) return { diagnostics: [...diagnostics, wrongType] };
  if (!validateEvidenceDocument(source.data)) {
    const issues = schemaErrorsToIssues((validateEvidenceDocument.errors ?? []) as SchemaError[], source.data);
    appendAll(diagnostics, positionIssues({ file, source }, issues));
  }
  return { source, diagnostics };
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
