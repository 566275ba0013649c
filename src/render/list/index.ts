import { sanitizeLine } from '../../shared/sanitize.js';
import { createStyle, type RenderOptions } from '../style.js';
import { compactTable, cutCell } from '../text-table.js';
import { columnWidth, NAME_WIDTH } from '../box-table.js';

/** The widest the criteria counts in words grow before they wrap. */
const BREAKDOWN_WIDTH = 56;

/** A framework as `grade list` shows it. */
export interface FrameworkSummary {
  id: string; title: string; group: string; version: string;
  /** The grading scheme's id. */
  scheme: string;
  criteria: number;
  /** Criteria per level and per flag id of the scheme (hmic-2007: fair, good, significant, dominant). */
  counts: Record<string, number>;
  /** The counts in words: "10 Fair (8 significant, 1 dominant), 17 Good". */
  breakdown: string;
  sha256: string;
}

function renderListText(frameworks: readonly FrameworkSummary[], options: RenderOptions): string {
  if (frameworks.length === 0) return 'No frameworks found.\n';
  const style = createStyle(options);
  // One line per framework: ids, titles and groups are cut to NAME_WIDTH columns, with an ellipsis.
  const rows = frameworks.map((f) => [cutCell(sanitizeLine(f.id), style.bold),
    ...[f.title, f.group, f.scheme, f.version].map((value) => cutCell(sanitizeLine(String(value)))), { text: sanitizeLine(`${f.criteria}: ${f.breakdown}`) }]);
  const head = ['Framework', 'Title', 'Group', 'Scheme', 'Version', 'Criteria'];
  // The counts in words are one phrase: wider than a name before they wrap.
  const widths = head.map((title, i) => columnWidth([title, ...rows.map((cells) => cells[i]?.text ?? '')], i === head.length - 1 ? BREAKDOWN_WIDTH : NAME_WIDTH));
  return `${compactTable(options, head, rows, widths)}\n`;
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
