import type { Diagnostic } from '../shared/diagnostics.js';
import { compareDiagnostics } from '../shared/diagnostics.js';
import { sanitizeLine } from '../shared/sanitize.js';
import { createStyle, type RenderOptions } from './style.js';
import { capPerFile, omittedLine } from './diagnostic-cap.js';
import { wrapParagraph } from './wrap.js';

/** How much further a wrapped diagnostic's later lines are indented than its first. */
export const HANG = '    ';

/**
 * What the CI formats (`github`, `sarif`) report: a diagnostic, or anything positioned like one
 * under a rule of its own (a failed criteria test case is `case-failed`).
 */
export type Problem = Omit<Diagnostic, 'code'> & { code: string };

/** `file:line:column: error: message [rule]` — the one place a diagnostic (or problem) becomes text. */
export function formatProblem(problem: Problem, options: RenderOptions = { color: false }): string {
  const style = createStyle(options);
  const severity = problem.severity === 'error' ? style.red('error') : style.yellow('warning');
  return `${sanitizeLine(problem.file)}:${problem.line}:${problem.column}: ${severity}: ${sanitizeLine(problem.message)} ${style.dim(`[${problem.code}]`)}`;
}

/** `file:line:column: error: message [rule]` (see `formatProblem`). */
export function formatDiagnostic(diagnostic: Diagnostic, options: RenderOptions = { color: false }): string {
  return formatProblem(diagnostic, options);
}

/**
 * A diagnostic (or problem) as lines of at most `width` columns after `indent`: the first starts
 * `file:line:column: error:` as tools expect, the others hang by HANG; without a width, one line.
 */
export function wrapDiagnostic(problem: Problem, width: number | undefined, options: RenderOptions = { color: false }, indent = ''): string[] {
  return wrapParagraph(formatProblem(problem, options), width, { first: indent, rest: `${indent}${HANG}` });
}

/**
 * `wrapDiagnostic` for each problem, at most SHOWN_PER_FILE of a file (`capPerFile`), the rest
 * of a file counted in one line that ends with `seeAll` and hangs as a diagnostic does.
 */
export function wrapCapped(problems: Iterable<Problem>, width: number | undefined, seeAll: string, options: RenderOptions = { color: false }, indent = ''): string[] {
  return capPerFile(problems).flatMap((entry) => ('problem' in entry
    ? wrapDiagnostic(entry.problem, width, options, indent)
    : wrapParagraph(omittedLine(entry.file, entry.omitted, seeAll), width, { first: indent, rest: `${indent}${HANG}` })));
}

/** What follows a file's omitted count when nothing better is known: the way to the rest. */
export const FIX_AND_RERUN = 'fix these and run again to see the rest';

/**
 * The diagnostics, one line each, sorted by file and position: at most SHOWN_PER_FILE of a
 * file, then a line counting the rest that ends with `seeAll(file)` (how to see them all).
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options?: RenderOptions,
  seeAll: (file: string) => string = () => FIX_AND_RERUN): string {
  return capPerFile([...diagnostics].sort(compareDiagnostics))
    .map((entry) => `${'problem' in entry ? formatDiagnostic(entry.problem, options) : omittedLine(entry.file, entry.omitted, seeAll(entry.file))}\n`).join('');
}
