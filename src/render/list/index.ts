import Table from 'cli-table3';
import { sanitizeLine } from '../../shared/sanitize.js';
import { COMPACT } from '../table.js';
import { createStyle, type RenderOptions } from '../style.js';

/** A framework as `grade list` shows it. */
export interface FrameworkSummary {
  id: string; title: string; group: string; version: string;
  criteria: number; fair: number; significant: number; dominant: number; good: number; sha256: string;
}

function renderListText(frameworks: readonly FrameworkSummary[], options: RenderOptions): string {
  if (frameworks.length === 0) return 'No frameworks found.\n';
  const style = createStyle(options);
  const table = new Table({
    head: ['Framework', 'Title', 'Group', 'Version', 'Fair', 'Significant', 'Dominant', 'Good'],
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['gray'] : [] },
    chars: COMPACT,
  });
  for (const f of frameworks) {
    table.push([style.bold(sanitizeLine(f.id)), sanitizeLine(f.title), sanitizeLine(f.group), sanitizeLine(f.version), f.fair, f.significant, f.dominant, f.good]);
  }
  return `${table.toString()}\n`;
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
