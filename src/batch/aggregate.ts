import type { Diagnostic } from '../shared/diagnostics.js';
import { compareDiagnostics } from '../shared/diagnostics.js';
import type { Force, ForcesRegistry } from './forces.js';
import type { BatchError, BatchFramework, BatchResult, GradeCounts } from './model.js';
import { formatCount } from '../shared/format-count.js';
import { byCodeUnit } from '../shared/order.js';

/** Orders results by force id, then framework (report order), then file. */
export function resultOrder(frameworks: readonly BatchFramework[]): (a: BatchResult, b: BatchResult) => number {
  const rank = new Map(frameworks.map((f, index) => [f.id, index]));
  const rankOf = (id: string): number => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => byCodeUnit(a.force.id, b.force.id) || rankOf(a.framework) - rankOf(b.framework)
    || byCodeUnit(a.framework, b.framework) || byCodeUnit(a.file, b.file);
}

/** Orders errors by file, then position. */
export function compareErrors(a: BatchError, b: BatchError): number {
  return compareDiagnostics(a.diagnostic, b.diagnostic);
}

const NAMED_OTHERS = 3;

/**
 * The other files of a duplicated force and framework, in words: the first few by name and how
 * many more, so that n copies of one file cost n short messages, not n messages of n names.
 */
function othersNamed(files: readonly string[], self: string): string {
  const named = files.slice(0, NAMED_OTHERS + 1).filter((file) => file !== self).slice(0, NAMED_OTHERS);
  const more = files.length - 1 - named.length;
  return more === 0 ? named.join(', ') : `${named.join(', ')} and ${formatCount(more)} more`;
}

/**
 * Two or more files for one force and framework cannot both be right: every one of them becomes
 * an error naming the others (the first few, and how many more), and none is counted.
 */
export function separateDuplicates(results: readonly BatchResult[]): { unique: BatchResult[]; duplicates: BatchError[] } {
  // Per framework, per force id: its one result, or all of them. No key string or list per result:
  // every result is a pair, and a duplicate is rare.
  const byFramework = new Map<string, Map<string, BatchResult | BatchResult[]>>();
  let anyDuplicate = false;
  for (const result of results) {
    let forces = byFramework.get(result.framework);
    if (!forces) byFramework.set(result.framework, (forces = new Map<string, BatchResult | BatchResult[]>()));
    const seen = forces.get(result.force.id);
    if (seen === undefined) forces.set(result.force.id, result);
    else if (Array.isArray(seen)) seen.push(result);
    else { forces.set(result.force.id, [seen, result]); anyDuplicate = true; }
  }
  if (!anyDuplicate) return { unique: [...results], duplicates: [] };
  const unique: BatchResult[] = [];
  const duplicates: BatchError[] = [];
  const reported = new Set<BatchResult[]>();
  // In the order each pair first appears, as before.
  for (const result of results) {
    const group = byFramework.get(result.framework)?.get(result.force.id) as BatchResult | BatchResult[];
    if (!Array.isArray(group)) { unique.push(group); continue; }
    if (reported.has(group)) continue;
    reported.add(group);
    const files = group.map((r) => r.file).sort(byCodeUnit);
    for (const member of group) {
      const diagnostic: Diagnostic = { code: 'duplicate-evidence', severity: 'error', file: member.file, line: 1, column: 1,
        message: `force "${member.force.id}" has ${files.length} evidence files for framework "${member.framework}": this one and ${othersNamed(files, member.file)}; none of them is counted` };
      duplicates.push({ file: member.file, diagnostic, errorCount: 1, force: member.force, framework: member.framework });
    }
  }
  return { unique, duplicates };
}

/** Per framework (in report order): counts of final grades. */
export function countGrades(frameworks: readonly BatchFramework[], results: readonly BatchResult[]): Record<string, GradeCounts> {
  const summary: Record<string, GradeCounts> = {};
  // Best first, as the source report's columns run (Excellent, Good, Fair, Poor).
  for (const framework of frameworks) summary[framework.id] = Object.fromEntries([...framework.grades].reverse().map((g) => [g.id, 0]));
  for (const result of results) {
    const counts = summary[result.framework];
    if (counts && counts[result.grade] !== undefined) counts[result.grade] = (counts[result.grade] ?? 0) + 1;
  }
  return summary;
}

/**
 * Per framework: the registered forces that no evidence file names (a file that names the force
 * but could not be graded still counts as evidence: it is reported among the errors instead).
 */
export function missingForces(frameworks: readonly BatchFramework[], registry: ForcesRegistry | null,
  results: readonly BatchResult[], errors: readonly BatchError[]): Record<string, Force[]> {
  const missing: Record<string, Force[]> = {};
  if (!registry) return missing;
  // Force ids per framework: no string built per pair, as a national registry meets every result.
  const present = new Map<string, Set<string>>(frameworks.map((f) => [f.id, new Set<string>()]));
  for (const r of results) present.get(r.framework)?.add(r.force.id);
  for (const e of errors) if (e.force && e.framework) present.get(e.framework)?.add(e.force.id);
  const forces = [...registry.forces].sort((a, b) => byCodeUnit(a.id, b.id));
  for (const framework of frameworks) {
    const seen = present.get(framework.id) as Set<string>;
    missing[framework.id] = forces.filter((force) => !seen.has(force.id)).map((force) => ({ id: force.id, name: force.name }));
  }
  return missing;
}

/** Warnings about a force rather than a file: said once per force (and name), however many files. */
const PER_FORCE = new Set<Diagnostic['code']>(['unknown-force', 'force-name-mismatch']);

/**
 * Collects warnings as files are graded. An unknown force, or a registered one named otherwise
 * than the registry names it, is warned about once, at its first file (in path order), with how
 * many files name it so: a batch of thousands of files for an unregistered force keeps one
 * diagnostic, not thousands.
 */
export class WarningCollector {
  private readonly other: Diagnostic[] = [];
  private readonly unknownForces = new Map<string, { first: Diagnostic; count: number }>();

  /** Takes a warning of a graded file. */
  add(warning: Diagnostic): void {
    if (!PER_FORCE.has(warning.code)) { this.other.push(warning); return; }
    const key = `${warning.code}\u0000${warning.message}`;
    const seen = this.unknownForces.get(key);
    if (!seen) this.unknownForces.set(key, { first: warning, count: 1 });
    else {
      seen.count++;
      if (compareDiagnostics(warning, seen.first) < 0) seen.first = warning;
    }
  }

  /** Every warning, sorted by file and position. */
  list(): Diagnostic[] {
    const collapsed = [...this.unknownForces.values()].map(({ first, count }) =>
      (count === 1 ? first : { ...first, message: `${first.message} (named by ${count} files; this is the first)` }));
    return [...this.other, ...collapsed].sort(compareDiagnostics);
  }
}
