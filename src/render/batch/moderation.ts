import type { BatchRun } from '../../batch/model.js';
import type { ModerationItem } from '../../batch/model.js';
import { formatCount } from './sections.js';
import { NAME_WIDTH } from '../box-table.js';
import { cutText } from '../cut-text.js';

/** Grades listed in the text and Markdown forms; the JSON lists every one. */
export const MODERATION_SHOWN = 50;

/** One grade for moderation in a line: force and framework (each cut to NAME_WIDTH), grade, then why. */
export function moderationLine(item: ModerationItem, frameworkTitle: (id: string) => string, gradeTitle: (framework: string, grade: string) => string): string {
  // Names are cut as in every table (a name of megabytes must not make a line of megabytes).
  return `${cutText(item.force.name, NAME_WIDTH)} — ${cutText(frameworkTitle(item.framework), NAME_WIDTH)}: ${gradeTitle(item.framework, item.grade)}. ${item.reasons.map((r) => r.message).join('; ')}`;
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
