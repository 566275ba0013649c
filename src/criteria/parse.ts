import { fileStem } from './stem.js';
import { sha256Hex } from '../shared/hash.js';
import { validateCriteriaDocument } from '../generated/criteria-validator.js';
import type { DiagnosticCode, Issue, Loaded } from '../shared/diagnostics.js';
import { hasErrors } from '../shared/diagnostics.js';
import { isRecord, withoutRepeats } from '../shared/salvage.js';
import { schemaErrorsToIssues, type SchemaError } from '../shared/schema-issues.js';
import { checkCriteria, flagsSet, impliedFlags } from './check.js';
import { criterionKeyIssues } from './criterion-keys.js';
import { unreachableRuleIssues } from './never-holds.js';
import { frameworkFactors, type Criteria, type CriteriaDocument } from './model.js';
import { DEFAULT_SCHEME, schemeLookupFor, type SchemeLookup } from './scheme/load.js';
import { parseScheme } from './scheme/parse.js';
import type { Scheme } from './scheme/model.js';
import { quote } from '../shared/quote.js';
import { didYouMean } from '../shared/suggest.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import { salvageCriteria } from './salvage.js';
import { parseYamlSource } from './yaml-source.js';
import { appendAll } from '../shared/append.js';

/** The checks that count criteria by kind: not made when some criterion could not be read. */
const COUNT_CODES = new Set<DiagnosticCode>(['require-unmatched', 'unused-flag']);

/** The criteria's scheme, or the diagnostics that say why it cannot be had. */
function schemeOf(data: Record<string, unknown>, schemes: SchemeLookup, locate: (issue: Issue) => Diagnostic):
  { scheme?: Scheme; diagnostics: Diagnostic[] } {
  const id = typeof data.scheme === 'string' ? data.scheme : DEFAULT_SCHEME;
  const loaded = schemes(id);
  if (loaded === undefined) {
    return { diagnostics: [locate({ code: 'unknown-scheme', severity: 'error', path: ['scheme'],
      message: `unknown grading scheme ${quote(id)}; the schemes are ${schemes.known().join(', ')}${didYouMean(id, schemes.known())}` })] };
  }
  if (!loaded.ok) {
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    return { diagnostics: [...loaded.diagnostics, locate({ code: 'scheme-invalid', severity: 'error', path: ['scheme'],
      message: `the grading scheme ${quote(id)} is invalid${first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : ''}` })] };
  }
  return { scheme: loaded.value, diagnostics: loaded.diagnostics };
}

/**
 * Parses and validates the text of a criteria file (SPEC §2): YAML syntax, the JSON Schema,
 * then the semantic checks — on what can still be read when the schema fails (see
 * salvageCriteria), so every problem comes back, each as a positioned diagnostic.
 */
export function parseCriteria(text: string, file: string, sha256 = sha256Hex(text), schemes: SchemeLookup = schemeLookupFor(file, undefined, parseScheme)): Loaded<Criteria> {
  const { data, diagnostics, locate } = parseYamlSource(text, file, 'a criteria file');
  if (!data) return { ok: false, diagnostics };
  const { scheme, diagnostics: schemeDiagnostics } = schemeOf(data, schemes, locate);
  appendAll(diagnostics, schemeDiagnostics);
  const stem = fileStem(file);
  let document: CriteriaDocument | undefined = data as unknown as CriteriaDocument;
  let partial = false;
  if (!validateCriteriaDocument(data)) {
    appendAll(diagnostics, schemaErrorsToIssues((validateCriteriaDocument.errors ?? []) as SchemaError[], data).map(locate));
    document = salvageCriteria(data, stem);
    partial = document !== undefined && document.criteria.filter(() => true).length < (data.criteria as unknown[]).length;
  }
  if (document && scheme) {
    let issues = checkCriteria(document, stem, scheme);
    // A criterion salvage could not read (no id or level) still has its unknown keys said.
    if (partial) {
      const read = document.criteria;
      (data.criteria as unknown[]).forEach((item, index) => {
        if (!(index in read) && isRecord(item)) appendAll(issues, criterionKeyIssues(item, index, scheme));
      });
    }
    // What can never apply is worth saying only of a file that is otherwise sound.
    if (!partial && (document as unknown) === data && !issues.some((issue) => issue.severity === 'error')) appendAll(issues, unreachableRuleIssues(document, scheme));
    // A criterion that could not be read may be the Fair, significant or Good one these count.
    if (partial) issues = issues.filter((issue) => !COUNT_CODES.has(issue.code));
    appendAll(diagnostics, withoutRepeats(diagnostics, issues.map(locate)));
  }
  if (hasErrors(diagnostics) || !scheme) return { ok: false, diagnostics };
  return { ok: true, value: toModel(data as unknown as CriteriaDocument, scheme, file, sha256), diagnostics };
}

function toModel(doc: CriteriaDocument, scheme: Scheme, file: string, sha256: string): Criteria {
  return {
    framework: doc.framework,
    title: doc.title,
    group: doc.group,
    ...(doc.order !== undefined ? { order: doc.order } : {}),
    version: doc.version,
    ...(doc.period ? { period: doc.period } : {}),
    nationalContext: doc.nationalContext ?? [],
    scheme,
    thresholds: { ...scheme.thresholds, ...doc.thresholds },
    excellence: frameworkFactors(doc, scheme),
    themes: doc.themes ?? [],
    criteria: doc.criteria.map((c) => ({
      id: c.id,
      level: c.level,
      theme: c.theme ?? '',
      flags: impliedFlags(flagsSet(c, scheme), scheme),
      text: c.text,
      ...(c.guidance !== undefined ? { guidance: c.guidance } : {}),
    })),
    sha256,
    file,
  };
}
