import { formatCount } from '../shared/format-count.js';
import { sanitizeLine } from '../shared/sanitize.js';

/**
 * The most diagnostics of one file that a format for people (text, stderr, GitHub's log)
 * shows: a person fixes the first ones and runs again; a file with thousands of problems is
 * generated or hostile, and a line for each buries everything else. Structured formats (json,
 * sarif, junit) keep every one.
 */
export const SHOWN_PER_FILE = 100;

/** How to see every problem of a file whose problems a text report shows only the first of. */
export const SEE_ALL_IN_JSON = '--format json lists them all';

/** What a capped list holds: a problem to show, or, in place of the rest of a file's, how many were left out. */
export type Capped<T> = { problem: T } | { file: string; omitted: number };

/**
 * The problems in the order given, at most `limit` of each file, each file's last one shown
 * followed by an entry counting the ones left out. Two passes, so the count of a file is known
 * when its limit is reached, whatever the order of the files.
 */
export function capPerFile<T extends { file: string }>(problems: Iterable<T>, limit = SHOWN_PER_FILE): Capped<T>[] {
  const list = [...problems];
  const totals = new Map<string, number>();
  for (const p of list) totals.set(p.file, (totals.get(p.file) ?? 0) + 1);
  const shown = new Map<string, number>();
  const capped: Capped<T>[] = [];
  for (const problem of list) {
    const count = (shown.get(problem.file) ?? 0) + 1;
    shown.set(problem.file, count);
    if (count > limit) continue;
    capped.push({ problem });
    const total = totals.get(problem.file) ?? 0;
    if (count === limit && total > limit) capped.push({ file: problem.file, omitted: total - limit });
  }
  return capped;
}

/**
 * The line in place of what the cap left out of a file: `<file>: … and <n> more problems not
 * shown (the first <limit> are); <seeAll>`, where `seeAll` says how to see them all.
 */
export function omittedLine(file: string, omitted: number, seeAll: string, limit = SHOWN_PER_FILE): string {
  return `${sanitizeLine(file)}: … and ${formatCount(omitted)} more ${omitted === 1 ? 'problem' : 'problems'} not shown (the first ${limit} are); ${seeAll}`;
}
