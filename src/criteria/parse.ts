import { fileStem } from './stem.js';
import { sha256Hex } from '../shared/hash.js';
import { validateCriteriaDocument } from '../generated/criteria-validator.js';
import type { DiagnosticCode, Loaded } from '../shared/diagnostics.js';
import { hasErrors } from '../shared/diagnostics.js';
import { withoutRepeats } from '../shared/salvage.js';
import { schemaErrorsToIssues, type SchemaError } from '../shared/schema-issues.js';
import { checkCriteria } from './check.js';
import { DEFAULT_EXCELLENCE, DEFAULT_THRESHOLDS, type Criteria, type CriteriaDocument } from './model.js';
import { salvageCriteria } from './salvage.js';
import { parseYamlSource } from './yaml-source.js';

/** The checks that count criteria by kind: not made when some criterion could not be read. */
const COUNT_CODES = new Set<DiagnosticCode>(['no-fair-criteria', 'no-significant-criteria', 'no-good-criteria', 'no-dominant-criterion']);

/**
 * Parses and validates the text of a criteria file (SPEC §2): YAML syntax, the JSON Schema,
 * then the semantic checks — on what can still be read when the schema fails (see
 * salvageCriteria), so every problem comes back, each as a positioned diagnostic.
 */
export function parseCriteria(text: string, file: string, sha256 = sha256Hex(text)): Loaded<Criteria> {
  const { data, diagnostics, locate } = parseYamlSource(text, file, 'a criteria file');
  if (!data) return { ok: false, diagnostics };
  const stem = fileStem(file);
  let document: CriteriaDocument | undefined = data as unknown as CriteriaDocument;
  let partial = false;
  if (!validateCriteriaDocument(data)) {
    diagnostics.push(...schemaErrorsToIssues((validateCriteriaDocument.errors ?? []) as SchemaError[], data).map(locate));
    document = salvageCriteria(data, stem);
    partial = document !== undefined && document.criteria.filter(() => true).length < (data.criteria as unknown[]).length;
  }
  if (document) {
    let issues = checkCriteria(document, stem);
    // A criterion that could not be read may be the Fair, significant or Good one these count.
    if (partial) issues = issues.filter((issue) => !COUNT_CODES.has(issue.code));
    diagnostics.push(...withoutRepeats(diagnostics, issues.map(locate)));
  }
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: toModel(data as unknown as CriteriaDocument, file, sha256), diagnostics };
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
