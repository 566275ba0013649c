import { fileStem } from './stem.js';
import { sha256Hex } from '../shared/hash.js';
import { parseDocument } from 'yaml';
import { validateCriteriaDocument } from '../generated/validators.js';
import type { Diagnostic, Issue, Loaded } from '../shared/diagnostics.js';
import { hasErrors, onlyUnknownKeys } from '../shared/diagnostics.js';
import { LineIndex } from '../shared/positions.js';
import { schemaErrorsToIssues, type SchemaError } from '../shared/schema-issues.js';
import { checkCriteria } from './check.js';
import { DEFAULT_EXCELLENCE, DEFAULT_THRESHOLDS, type Criteria, type CriteriaDocument } from './model.js';
import { yamlOffset } from './yaml-source.js';

/** YAML aliases expanded at most this many times per document: refuses "billion laughs" files fast. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Parses and validates the text of a criteria file (SPEC §2): YAML syntax, the JSON Schema,
 * then the semantic checks. Every problem comes back as a positioned diagnostic.
 */
export function parseCriteria(text: string, file: string, sha256 = sha256Hex(text)): Loaded<Criteria> {
  const lines = new LineIndex(text);
  const at = (offset: number, code: Diagnostic['code'], message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic =>
    ({ code, severity, message, file, ...lines.position(offset) });

  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    return { ok: false, diagnostics: doc.errors.map((error) => {
      if (/Maximum call stack/.test(error.message)) return at(error.pos[0], 'nesting-too-deep', 'the YAML nests too deeply to read');
      return at(error.pos[0], error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax-error', firstLine(error.message));
    }) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, diagnostics: [at(0, 'alias-limit', `the YAML expands aliases too many times (${firstLine(String((error as Error).message))})`)] };
  }
  const locate = (issue: Issue): Diagnostic => ({ ...at(yamlOffset(doc, issue.path, issue.atKey), issue.code, issue.message, issue.severity) });

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, diagnostics: [at(0, 'invalid-type', `a criteria file must be a YAML mapping, not ${data === null ? 'empty' : Array.isArray(data) ? 'a sequence' : 'a scalar'}`)] };
  }
  const schemaIssues = validateCriteriaDocument(data)
    ? [] : schemaErrorsToIssues((validateCriteriaDocument.errors ?? []) as SchemaError[], data);
  // Unknown keys alone leave a well-shaped document: check the rest too, to report every problem.
  if (!onlyUnknownKeys(schemaIssues)) return { ok: false, diagnostics: schemaIssues.map(locate) };
  const document = data as CriteriaDocument;
  const diagnostics = [...schemaIssues, ...checkCriteria(document, fileStem(file))].map(locate);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: toModel(document, file, sha256), diagnostics };
}

function toModel(doc: CriteriaDocument, file: string, sha256: string): Criteria {
  return {
    framework: doc.framework,
    title: doc.title,
    group: doc.group,
    ...(doc.order !== undefined ? { order: doc.order } : {}),
    version: doc.version,
    ...(doc.period ? { period: doc.period } : {}),
    thresholds: { ...DEFAULT_THRESHOLDS, ...doc.thresholds },
    excellence: doc.excellence ?? DEFAULT_EXCELLENCE,
    themes: doc.themes ?? [],
    criteria: doc.criteria.map((c) => ({
      id: c.id,
      level: c.level,
      theme: c.theme ?? '',
      significant: c.level === 'fair' && (c.significant === true || c.dominant === true),
      dominant: c.level === 'fair' && c.dominant === true,
      text: c.text,
      ...(c.guidance !== undefined ? { guidance: c.guidance } : {}),
    })),
    sha256,
    file,
  };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

