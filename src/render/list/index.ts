import { sanitizeLine } from '../../shared/sanitize.js';
import { columnWidth, drawBoxTable, type BoxCell } from '../box-table.js';
import { createStyle, type RenderOptions } from '../style.js';

/** A framework as `grade list` shows it. */
export interface FrameworkSummary {
  id: string; title: string; group: string; version: string;
  criteria: number; fair: number; significant: number; dominant: number; good: number; sha256: string;
}

function renderListText(frameworks: readonly FrameworkSummary[], options: RenderOptions): string {
  if (frameworks.length === 0) return 'No frameworks found.\n';
  const style = createStyle(options);
  const head = ['Framework', 'Title', 'Group', 'Version', 'Fair', 'Significant', 'Dominant', 'Good'];
  // One line per framework: names and titles are cut to NAME_WIDTH columns, with an ellipsis.
  const rows = frameworks.map((f): BoxCell[] => [{ text: sanitizeLine(f.id), paint: style.bold },
    ...[f.title, f.group, f.version, f.fair, f.significant, f.dominant, f.good].map((value) => ({ text: sanitizeLine(String(value)) }))]
    .map((cell) => ({ ...cell, overflow: 'cut' as const })));
  const table = drawBoxTable({
    widths: head.map((title, i) => columnWidth([title, ...rows.map((cells) => cells[i]?.text ?? '')])),
    head: head.map((text) => ({ text, paint: style.bold })),
    rows: rows.map((cells) => ({ cells })),
    border: style.gray,
    compact: true,
  });
  return `${table}\n`;
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
