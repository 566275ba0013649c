import type { Distribution } from '../../batch/report-model.js';
import type { Status } from '../../shared/grades.js';
import type { GradeBadge } from '../display.js';

/**
 * A format-neutral document: the content of a report, built once (sections.ts) and written by
 * the HTML and Markdown writers. Every string is plain, unescaped text; the writers escape it.
 */
export type Block =
  | { kind: 'heading'; level: HeadingLevel; text: string; id?: string; grade?: GradeBadge; detail?: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  /** Beside the grade, as prominent as it: an advisory that asks the reader to act (moderation). */
  | { kind: 'advisory'; title: string; text: string }
  /** The findings a justification rests on, each with what the evidence cites. */
  | { kind: 'findings'; items: FindingItem[] }
  /** A bulleted list (`ordered`: numbered 1, 2, 3…); `subItems[i]`, when given, are the sub-points of `items[i]`. */
  | { kind: 'list'; items: string[]; subItems?: Array<readonly string[] | undefined>; ordered?: boolean }
  | { kind: 'terms'; items: Array<{ term: string; grade?: GradeBadge; description: string }> }
  | { kind: 'recommendations'; first: number; items: string[] }
  | { kind: 'practice'; level: HeadingLevel; title: string; fields: Array<{ label: string; text: string[] }> }
  /** A table; `caption` is left out when its column heading names it (the introduction's). */
  | { kind: 'table'; layout: TableLayout; caption?: string; columns: string[]; numeric?: boolean[]; bodies: TableBody[] }
  | { kind: 'chart'; id: string; caption: string; distribution: Distribution; highlight: string; grades: GradeBadge[]; forceName: string }
  | { kind: 'contents'; items: Array<{ id: string; text: string; depth: 0 | 1 }> }
  | { kind: 'section'; id?: string; role: SectionRole; blocks: Block[] };

/** Heading levels used by the report (h1 to h5). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/**
 * How a section is laid out and paginated: the introduction, the force overview, groups and
 * frameworks after a group's first part start a new printed page; a `grade` section (the grade heading and its
 * justification) is a box kept on one page.
 */
export type SectionRole = 'title' | 'introduction' | 'overview' | 'summary' | 'group' | 'group-overview' | 'framework' | 'appendix' | 'grade';

/**
 * Which kind of table, so the stylesheet can size its columns; a `text` table (the introduction's)
 * is the source's text in cells, with no row headers.
 */
export type TableLayout = 'counts' | 'judgements' | 'criteria' | 'text';

/** Rows of a table under an optional group heading row (`<tbody>` with a row-group header). */
export interface TableBody {
  heading?: string;
  rows: TableRow[];
}

/** A row: its first cell is the row's header. */
export type TableRow = TableCell[];

/** One table cell: plain text, optionally shown as a grade or status badge. */
export interface TableCell {
  text: string;
  /** Plain text after the grade or status badge: " (judged)". */
  suffix?: string;
  grade?: GradeBadge;
  status?: Status;
  /** Shown in bold: the force's own grade in a distribution. */
  strong?: boolean;
  /** Shown below the text: what the evidence cites (`grade --show-evidence`). */
  citations?: Citations;
}

/** What the evidence cites for a finding: its quotes and sources, or a note that it has none. */
export interface Citations {
  evidence: string[];
  sources: string[];
  /** Said instead when there is nothing to quote: "No evidence or sources cited." */
  none?: string;
}

/** One finding a justification rests on. */
export interface FindingItem {
  /** The criterion's id, or the factor's title. */
  label: string;
  status: Status;
  /** Its status in words, with its score in a scored scheme (`statusTitle`). */
  statusTitle: string;
  /** Flags and why it is listed ("significant; decided the grade"). */
  about: string;
  citations: Citations;
}

/** Shifts a heading level down by `by`, never past the deepest level. */
export function deeper(level: HeadingLevel, by = 1): HeadingLevel {
  return Math.min(5, level + by) as HeadingLevel;
}
