import type { BatchRun } from '../../batch/model.js';
import type { ModerationItem } from '../../batch/moderation.js';
import { formatCount } from './sections.js';

/** Grades listed in the text and Markdown forms; the JSON lists every one. */
export const MODERATION_SHOWN = 50;

/** One grade for moderation in a line: force, framework, grade, then why. */
export function moderationLine(item: ModerationItem, frameworkTitle: (id: string) => string, gradeTitle: (framework: string, grade: string) => string): string {
  return `${item.force.name} — ${frameworkTitle(item.framework)}: ${gradeTitle(item.framework, item.grade)}. ${item.reasons.map((r) => r.message).join('; ')}`;
}

/** The first grades for moderation, and a line saying how many more the JSON has. */
export function moderationShown(report: BatchRun): { shown: ModerationItem[]; more: string | undefined } {
  const shown = report.moderation.slice(0, MODERATION_SHOWN);
  const rest = report.moderation.length - shown.length;
  return { shown, more: rest > 0 ? `… and ${formatCount(rest)} more; --format json lists all` : undefined };
}

/** The section title: "For moderation (12)". */
export function moderationTitle(report: BatchRun): string {
  return `For moderation (${formatCount(report.moderation.length)})`;
}
