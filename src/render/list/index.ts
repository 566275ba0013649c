import { sanitizeLine } from '../../shared/sanitize.js';
import { createStyle, type RenderOptions } from '../style.js';
import { compactTable, cutCell } from '../text-table.js';

/** A framework as `grade list` shows it. */
export interface FrameworkSummary {
  id: string; title: string; group: string; version: string;
  criteria: number; fair: number; significant: number; dominant: number; good: number; sha256: string;
}

function renderListText(frameworks: readonly FrameworkSummary[], options: RenderOptions): string {
  if (frameworks.length === 0) return 'No frameworks found.\n';
  const style = createStyle(options);
  // One line per framework: ids, titles and groups are cut to NAME_WIDTH columns, with an ellipsis.
  const rows = frameworks.map((f) => [cutCell(sanitizeLine(f.id), style.bold),
    ...[f.title, f.group, f.version, f.fair, f.significant, f.dominant, f.good].map((value) => cutCell(sanitizeLine(String(value))))]);
  return `${compactTable(options, ['Framework', 'Title', 'Group', 'Version', 'Fair', 'Significant', 'Dominant', 'Good'], rows)}\n`;
}

function renderListJson(frameworks: readonly FrameworkSummary[]): string {
  return `${JSON.stringify({ schemaVersion: 1, frameworks }, null, 2)}\n`;
}

/** Output formats of `grade list`. */
export const listRenderers = {
  text: renderListText,
  json: renderListJson,
} satisfies Record<string, (frameworks: readonly FrameworkSummary[], options: RenderOptions) => string>;

export type ListFormat = keyof typeof listRenderers;
