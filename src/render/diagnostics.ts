import type { Diagnostic } from '../shared/diagnostics.js';
import { compareDiagnostics } from '../shared/diagnostics.js';
import { sanitizeLine } from '../shared/sanitize.js';
import { createStyle, type RenderOptions } from './style.js';

/** `file:line:column: error: message [rule]` — the one place a diagnostic becomes text. */
export function formatDiagnostic(diagnostic: Diagnostic, options: RenderOptions = { color: false }): string {
  const style = createStyle(options);
  const severity = diagnostic.severity === 'error' ? style.red('error') : style.yellow('warning');
  return `${sanitizeLine(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}: ${severity}: ${sanitizeLine(diagnostic.message)} ${style.dim(`[${diagnostic.code}]`)}`;
}

/** Every diagnostic, one line each, sorted by file and position. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options?: RenderOptions): string {
  return [...diagnostics].sort(compareDiagnostics).map((d) => `${formatDiagnostic(d, options)}\n`).join('');
}
