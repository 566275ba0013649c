import { validateSchemeDocument } from '../../generated/scheme-validator.js';
import type { Loaded } from '../../shared/diagnostics.js';
import { hasErrors } from '../../shared/diagnostics.js';
import { schemaErrorsToIssues, type SchemaError } from '../../shared/schema-issues.js';
import { fileStem } from '../stem.js';
import { parseYamlSource } from '../yaml-source.js';
import { checkScheme } from './check.js';
import type { ConditionDocument, SchemeDocument, SelectionDocument } from './document.js';
import { CONDITION_KINDS } from './document.js';
import { COMPARATORS, type Comparator, type Condition, type Counted, type Scheme, type Selector } from './model.js';
import { appendAll } from '../../shared/append.js';

function selection(select: SelectionDocument): Selector[] {
  return Array.isArray(select) ? select : [select];
}

function comparatorOf(holder: Record<string, unknown>): { comparator: Comparator; value: number | string } {
  const comparator = COMPARATORS.find((c) => holder[c] !== undefined) as Comparator;
  return { comparator, value: holder[comparator] as number | string };
}

function toCondition(doc: ConditionDocument): Condition {
  const kind = CONDITION_KINDS.find((k) => doc[k] !== undefined) as (typeof CONDITION_KINDS)[number];
  if (kind === 'factors' || kind === 'concerns') return { kind, ...comparatorOf(doc[kind] as Record<string, unknown>) };
  const select = selection(doc[kind] as SelectionDocument);
  if (kind === 'score') return { kind, select, ...comparatorOf(doc as Record<string, unknown>) };
  return { kind, select, of: doc.of as Counted, ...comparatorOf(doc as Record<string, unknown>) };
}

/** A checked scheme document as the engine's model. */
export function toScheme(doc: SchemeDocument, file: string): Scheme {
  return {
    id: doc.scheme,
    title: doc.title,
    version: doc.version,
    grades: doc.grades,
    levels: doc.levels,
    flags: Object.entries(doc.flags ?? {}).map(([id, flag]) => ({
      id, title: flag.title ?? id, levels: flag.levels, ...(flag.implies !== undefined ? { implies: flag.implies } : {}),
      alwaysApplicable: flag.alwaysApplicable === true,
    })),
    factors: doc.factors ?? [],
    thresholds: doc.thresholds ?? {},
    increasing: doc.increasing ?? [],
    require: doc.require ?? [],
    ...(doc.scores ? { scores: doc.scores } : {}),
    rules: doc.rules.map((rule) => ({
      id: rule.id, grade: rule.grade, when: (rule.when ?? []).map(toCondition), otherwise: rule.otherwise === true,
      ...(rule.advisory ? { advisory: { code: rule.advisory.code, when: rule.advisory.when.map(toCondition) } } : {}),
    })),
    limiters: (doc.limiters ?? []).map((l) => ({ id: l.id, cap: l.cap, when: l.when.map(toCondition) })),
    file,
  };
}

/**
 * Parses and checks the text of a scheme file (SPEC §7): YAML syntax, the JSON Schema, then the
 * semantic checks, each problem a positioned diagnostic. Pure.
 */
export function parseScheme(text: string, file: string): Loaded<Scheme> {
  const { data, diagnostics, locate } = parseYamlSource(text, file, 'a grading scheme');
  if (!data) return { ok: false, diagnostics };
  if (!validateSchemeDocument(data)) {
    appendAll(diagnostics, schemaErrorsToIssues((validateSchemeDocument.errors ?? []) as SchemaError[], data).map(locate));
    return { ok: false, diagnostics };
  }
  const doc = data as unknown as SchemeDocument;
  appendAll(diagnostics, checkScheme(doc, fileStem(file)).map(locate));
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: toScheme(doc, file), diagnostics };
}
