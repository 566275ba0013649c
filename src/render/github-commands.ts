import { sanitizeLine } from '../shared/sanitize.js';
import { formatProblem, type Problem } from './diagnostics.js';
import { capPerFile, omittedLine } from './diagnostic-cap.js';

/**
 * GitHub shows at most 10 error and 10 warning annotations from one step (and 50 per job);
 * the rest are dropped silently. So at most this many of each are annotated, and the others
 * are printed as plain log lines (up to SHOWN_PER_FILE of a file).
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`file=`, `title=`…). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(p: Problem): string {
  const properties = [
    `file=${escapeProperty(sanitizeLine(p.file))}`,
    `line=${p.line}`,
    `col=${p.column}`,
    `title=${escapeProperty(`grade ${p.code}`)}`,
  ];
  return `::${p.severity} ${properties.join(',')}::${escapeData(sanitizeLine(`${p.message} [${p.code}]`))}`;
}

/** How to see every problem of a file whose problems the log shows only the first of. */
const SEE_ALL = '--format sarif or json lists them all';

/**
 * GitHub Actions workflow commands for the problems of a run, in the order given: an `::error`
 * or `::warning` annotation each, up to ANNOTATIONS_PER_SEVERITY of each kind, the others as
 * plain `file:line:column` lines, a `::notice` (titled `command`) counting those, then `summary`.
 * At most SHOWN_PER_FILE problems of a file are given, then a plain line counting the rest.
 * Paths are printed as given: run from the repository root.
 */
export function githubCommands(problems: Iterable<Problem>, command: string, summary: string): string {
  const used = { error: 0, warning: 0 };
  const lines: string[] = [];
  let plain = 0;
  for (const entry of capPerFile(problems)) {
    if (!('problem' in entry)) {
      lines.push(omittedLine(entry.file, entry.omitted, SEE_ALL).replace(/^::/, ' ::'));
      continue;
    }
    const p = entry.problem;
    if (used[p.severity] < ANNOTATIONS_PER_SEVERITY) {
      used[p.severity]++;
      lines.push(annotation(p));
    } else {
      plain++;
      // A line that begins with "::" would be read as a command: these never do (they begin with the path).
      lines.push(formatProblem(p, { color: false }).replace(/^::/, ' ::'));
    }
  }
  if (plain > 0) {
    lines.push(`::notice title=${escapeProperty(command)}::${escapeData(`${plain} more problem${plain === 1 ? ' is' : 's are'} not annotated (GitHub shows ${ANNOTATIONS_PER_SEVERITY} of each kind per step): see the log`)}`);
  }
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}
