import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_META } from '../shared/diagnostic-meta.js';
import type { DiagnosticCode, Severity } from '../shared/diagnostics.js';
import type { Problem } from './diagnostics.js';

/** A rule of a SARIF log's driver: its id (a problem's code), what it checks, its default level. */
export interface SarifRule {
  id: string;
  description: string;
  level: Severity;
}

/** Every diagnostic code as a rule, sorted by id. */
export const DIAGNOSTIC_RULES: readonly SarifRule[] = (Object.keys(DIAGNOSTIC_META) as DiagnosticCode[]).sort()
  .map((id) => ({ id, description: DIAGNOSTIC_META[id].description, level: DIAGNOSTIC_META[id].severity ?? 'error' }));

/** A file path as a SARIF artifact URI: relative paths stay relative (to where grade ran), absolute ones become file: URIs. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}

/**
 * SARIF 2.1.0, for code-scanning hosts: one run whose driver lists `rules` (each with its
 * description and default level), and a result per problem, in the order given, with its rule,
 * file, line and column. Columns count UTF-16 code units, as the tool's own do (`columnKind`).
 * Every problem's code must be one of the rules. `failure` is why a run with no error still fails
 * (more warnings than --max-warnings), given as a notification of the run's invocation.
 */
export function sarifLog(problems: Iterable<Problem>, rules: readonly SarifRule[], failure?: string): string {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = [...problems].map((p) => ({
    ruleId: p.code,
    ruleIndex: index.get(p.code) ?? -1,
    level: p.severity,
    message: { text: p.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: artifactUri(p.file) },
        region: { startLine: p.line, startColumn: p.column },
      },
    }],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'grade',
          rules: rules.map((rule) => ({ id: rule.id, shortDescription: { text: rule.description }, defaultConfiguration: { level: rule.level } })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
      // A run that fails on no single problem (too many warnings) says so, as its exit code does.
      ...(failure === undefined ? {} : { invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'error', message: { text: failure } }] }] }),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
