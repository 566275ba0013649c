import { formatCount } from '../../shared/format-count.js';
import { emptyMovementCounts, type BatchError, type BatchRun, type MovementCounts } from '../../batch/model.js';
import type { RenderOptions } from '../style.js';
import fastStringWidth from '../fast-string-width.js';
import type { Diagnostic } from '../../shared/diagnostics.js';
import { DIAGNOSTIC_META } from '../../shared/diagnostic-meta.js';
import { MOVEMENT_TITLES, MOVEMENTS, type MovementWord } from '../../shared/movement.js';
import { byCodeUnit } from '../../shared/order.js';
import { cutText } from '../cut-text.js';
import { NAME_WIDTH } from '../box-table.js';
import { gradeTitleOn } from '../display.js';

/** What the batch renderers take besides colour: `quiet` leaves warnings out of text and Markdown (never errors). */
export interface BatchRenderOptions extends RenderOptions {
  quiet?: boolean;
}

/** A titled part of a text or Markdown batch report. */
export interface Section { title: string; body: string[] }

/** A failed file as one line: its first error, and how many more it had. */
export function errorLine(error: BatchError, format: (d: Diagnostic) => string): string {
  const more = error.errorCount - 1;
  return `${format(error.diagnostic)}${more > 0 ? ` (and ${more} more ${more === 1 ? 'error' : 'errors'})` : ''}`;
}

/** A line of the missing-forces section: a label (a framework, or every framework) and force names. */
export interface MissingLine { label: string; names: string[] }

/**
 * The registered forces with no evidence: first those with none for any framework, then per
 * framework the others; undefined when no registry was used.
 */
export function missingLines(report: BatchRun): { title: string; lines: MissingLine[] } | undefined {
  if (!report.registry) return undefined;
  const title = `Registered forces with no evidence (registry: ${report.registry.title}, ${report.registry.forces} forces)`;
  const perFramework = report.frameworks.map((f) => ({ title: f.title, forces: report.missing[f.id] ?? [] }));
  const everywhere = new Set(perFramework.length === 0 ? [] : perFramework
    .map((f) => new Set(f.forces.map((force) => force.id)))
    .reduce((all, ids) => new Set([...all].filter((id) => ids.has(id)))));
  const lines: MissingLine[] = [];
  const first = perFramework[0]?.forces ?? [];
  if (everywhere.size > 0 && perFramework.length > 1) {
    lines.push({ label: 'Every framework', names: first.filter((force) => everywhere.has(force.id)).map((force) => force.name) });
  }
  for (const f of perFramework) {
    const rest = f.forces.filter((force) => perFramework.length === 1 || !everywhere.has(force.id));
    if (rest.length > 0) lines.push({ label: f.title, names: rest.map((force) => force.name) });
  }
  return { title, lines };
}

/**
 * `head` followed by the names, comma-separated, broken into lines of at most `width` terminal
 * columns (the first name goes after the head when it fits); later lines start with `indent`.
 */
export function wrapList(head: string, names: readonly string[], width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = head;
  let used = fastStringWidth(head);
  const indentWidth = fastStringWidth(indent);
  names.forEach((name, index) => {
    const piece = index < names.length - 1 ? `${name},` : name;
    const pieceWidth = fastStringWidth(piece);
    if ((index > 0 || line !== '') && used + 1 + pieceWidth > width) {
      lines.push(line);
      line = `${indent}${piece}`;
      used = indentWidth + pieceWidth;
    } else {
      line = `${line} ${piece}`;
      used += 1 + pieceWidth;
    }
  });
  lines.push(line);
  return lines;
}

/** The movement columns of the text and Markdown tables, in the words of a result's direction. */
export const MOVEMENT_COLUMNS: ReadonlyArray<{ key: keyof MovementCounts; title: string }> = [
  ...MOVEMENTS.map((m) => ({ key: m, title: MOVEMENT_TITLES[m] })), { key: 'new', title: 'New' }];

/** How a move's direction is shown: "▲ Improved", "▼ Deteriorated", "Not comparable". */
export function moveLabel(direction: MovementWord): string {
  const arrow = direction === 'improved' ? '▲ ' : direction === 'deteriorated' ? '▼ ' : '';
  return `${arrow}${MOVEMENT_TITLES[direction]}`;
}

/** The movement in a sentence: how many grades improved, deteriorated or were stable, in all frameworks. */
export function movementLines(report: BatchRun): string[] {
  const movement = report.movement;
  if (!movement) return [];
  const total = emptyMovementCounts();
  for (const counts of Object.values(movement.frameworks)) {
    for (const key of Object.keys(total) as Array<keyof MovementCounts>) total[key] += counts[key];
  }
  const notComparable = total['not-comparable'] > 0 ? `, ${total['not-comparable']} not comparable` : '';
  const lines = [`${total.improved} improved, ${total.deteriorated} deteriorated, ${total.stable} stable${notComparable}; ${total.new} had no previous grade.`];
  if (total.improved + total.deteriorated === 0) lines.push(`No grade moved since ${movement.previous}.`);
  const absent = movement.absent;
  if (absent.length > 0) {
    const titles = new Map(report.frameworks.map((f) => [f.id, f]));
    lines.push(`${formatCount(absent.length)} graded in ${movement.previous} ${absent.length === 1 ? 'has' : 'have'} no result now:`);
    for (const a of absent.slice(0, LISTED)) {
      const framework = titles.get(a.framework);
      const grade = framework ? gradeTitleOn(framework, a.previous) : a.previous;
      lines.push(`${cutText(a.force.name, NAME_WIDTH)} (${framework?.title ?? a.framework}, ${grade} then)`);
    }
    if (absent.length > LISTED) lines.push(`… and ${formatCount(absent.length - LISTED)} more (--format json lists all)`);
  }
  return lines;
}

/** How many files or warnings of a kind the text and Markdown reports list before saying how many more. */
export const LISTED = 10;

export { formatCount };

/** The warnings of one code: how many, what the code means, the first `LISTED`, and how many more. */
export interface WarningGroup {
  code: Diagnostic['code'];
  count: number;
  description: string;
  shown: Diagnostic[];
  /** `… and 9,990 more unknown-force warnings; --format json lists all`, or undefined when all are shown. */
  more: string | undefined;
}

/** Warnings grouped by code (in code order), each group's first `LISTED` in file order. */
export function warningGroups(warnings: readonly Diagnostic[]): WarningGroup[] {
  const byCode = new Map<Diagnostic['code'], Diagnostic[]>();
  for (const warning of warnings) {
    const group = byCode.get(warning.code);
    if (group) group.push(warning);
    else byCode.set(warning.code, [warning]);
  }
  return [...byCode.entries()].sort(([a], [b]) => byCodeUnit(a, b)).map(([code, group]) => {
    const hidden = group.length - LISTED;
    return {
      code, count: group.length, description: DIAGNOSTIC_META[code].description, shown: group.slice(0, LISTED),
      more: hidden > 0 ? `… and ${formatCount(hidden)} more ${code} ${hidden === 1 ? 'warning' : 'warnings'}; --format json lists all` : undefined,
    };
  });
}

/** The skipped files (not evidence) to list, and the line saying how many more there are. */
export function skippedLines(report: BatchRun): { shown: BatchRun['skipped']; more: string | undefined } {
  const hidden = report.skipped.length - LISTED;
  return { shown: report.skipped.slice(0, LISTED), more: hidden > 0 ? `… and ${formatCount(hidden)} more; --format json lists all` : undefined };
}
