import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIAGNOSTIC_META } from '../../shared/diagnostic-meta.js';
import type { Diagnostic, DiagnosticCode } from '../../shared/diagnostics.js';
import type { ValidationRun } from '../../batch/validate/validation-run.js';
import type { RenderOptions } from '../style.js';

const RULE_IDS = (Object.keys(DIAGNOSTIC_META) as DiagnosticCode[]).sort();

/** A file path as a SARIF artifact URI: relative paths stay relative (to where grade ran), absolute ones become file: URIs. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}

function result(d: Diagnostic) {
  return {
    ruleId: d.code,
    ruleIndex: RULE_IDS.indexOf(d.code),
    level: d.severity,
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: artifactUri(d.file) },
        region: { startLine: d.line, startColumn: d.column },
      },
    }],
  };
}

/**
 * SARIF 2.1.0, for code-scanning hosts: one run whose driver lists every rule (diagnostic code)
 * with its description and default level, and a result per problem with its file, line and
 * column. Columns count UTF-16 code units, as the tool's own do (`columnKind`).
 */
export function renderValidateSarif(report: ValidationRun, _options: RenderOptions): string {
  const rules = RULE_IDS.map((id) => ({
    id,
    shortDescription: { text: DIAGNOSTIC_META[id].description },
    defaultConfiguration: { level: DIAGNOSTIC_META[id].severity ?? 'error' },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'grade', rules } },
      columnKind: 'utf16CodeUnits',
      results: report.files.flatMap((file) => file.diagnostics.map(result)),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
