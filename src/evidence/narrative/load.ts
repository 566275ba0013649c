import { validateNarrativeDocument } from '../../generated/narrative-validator.js';
import type { Diagnostic, Issue, Loaded } from '../../shared/diagnostics.js';
import { readTextFile } from '../../io/read-text.js';
import { quote } from '../../shared/quote.js';
import { schemaErrorsToIssues, type SchemaError } from '../../shared/schema-issues.js';
import { didYouMean } from '../../shared/suggest.js';
import { parseJsonSource, type JsonSource } from '../json-source.js';
import { positionIssues } from '../load.js';
import { checkIntroduction } from './introduction.js';
import type { ForceNarrative } from './model.js';
import { appendAll } from '../../shared/append.js';

/** A force narrative as loaded from a file, with the means to position issues found later. */
export interface LoadedNarrative {
  file: string;
  narrative: ForceNarrative;
  source: JsonSource;
}

/** Two overviews for one group: the second would silently replace the first. */
function duplicateGroups(narrative: ForceNarrative): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  (narrative.groups ?? []).forEach((entry, index) => {
    const earlier = first.get(entry.group);
    if (earlier === undefined) first.set(entry.group, index);
    else issues.push({ code: 'duplicate-group', severity: 'error', path: ['groups', index, 'group'],
      message: `a second overview for the group ${quote(entry.group)} (the first is group ${earlier + 1} of this file): a group has one overview, so merge them` });
  });
  return issues;
}

/**
 * Parses a force narrative's text: JSON syntax, duplicate keys, the JSON Schema
 * (`schemas/narrative.schema.json`: unknown keys with a "did you mean", types, empty texts), then
 * the introduction's pieces (one kind each, tables one text per column) and one overview per
 * group. Every problem comes back positioned (file, 1-based line and column);
 * a schema-valid file with other faults comes back as `partial`, for the checks that follow.
 * Whether its groups exist needs the criteria: `checkNarrativeGroups`. Pure.
 */
export function parseNarrative(text: string, file: string): Loaded<LoadedNarrative> {
  const parsed = parseJsonSource(text, file);
  const source = parsed.ok ? parsed.value : parsed.partial;
  if (!source) return { ok: false, diagnostics: parsed.diagnostics };
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    return { ok: false, diagnostics: [...diagnostics, { code: 'invalid-type', severity: 'error', file, ...source.locate([]),
      message: `a force narrative (${file}) must be a JSON object with "force", "overview" and "groups", not ${what}` }] };
  }
  if (!validateNarrativeDocument(data)) {
    const issues = schemaErrorsToIssues((validateNarrativeDocument.errors ?? []) as SchemaError[], data);
    return { ok: false, diagnostics: [...diagnostics, ...positionIssues({ file, source }, issues)] };
  }
  const narrative = data as unknown as ForceNarrative;
  appendAll(diagnostics, positionIssues({ file, source }, [...checkIntroduction(narrative), ...duplicateGroups(narrative)]));
  // An introduction's misshapen piece, two overviews for a group, or duplicate keys, still leave a model whose groups can be checked.
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, partial: { file, narrative, source } };
  return { ok: true, value: { file, narrative, source }, diagnostics };
}

/** Reads and parses a force narrative file. */
export async function loadNarrativeFile(file: string, maxBytes?: number): Promise<Loaded<LoadedNarrative>> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  return parseNarrative(read.value, file);
}

/**
 * Each group overview must name a group that the frameworks have (`known`: the criteria files'
 * `group:` values, or a report's groups), else it would never be shown. `where` says whose groups
 * they are in the message ("the criteria in criteria/", "this report's evidence").
 */
export function checkNarrativeGroups(loaded: LoadedNarrative, known: readonly string[], where: string): Diagnostic[] {
  const issues: Issue[] = [];
  (loaded.narrative.groups ?? []).forEach((entry, index) => {
    if (known.includes(entry.group)) return;
    const listed = known.length === 0 ? 'none' : known.map((g) => quote(g)).join(', ');
    issues.push({ code: 'unknown-group', severity: 'error', path: ['groups', index, 'group'],
      message: `the group ${quote(entry.group)} has no framework among ${where} (groups: ${listed}), so this overview would never be shown${didYouMean(entry.group, known)}` });
  });
  return positionIssues(loaded, issues);
}
