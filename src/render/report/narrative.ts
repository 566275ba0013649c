import type { FrameworkGroup } from '../../batch/report-model.js';
import type { ForceOverview, GroupNarrative, NarrativeSection } from '../../evidence/narrative/model.js';
import { deeper, type Block, type HeadingLevel } from './document-model.js';
import { narrative } from './sections.js';
import { appendAll } from '../../shared/append.js';

/** The anchor of the force overview, fixed (no framework or group anchor can take it). */
export const OVERVIEW_ANCHOR = 'overview';

/** The heading of a group's overview: its own title, else "Overview". */
export function groupOverviewTitle(overview: GroupNarrative): string {
  return overview.title ?? 'Overview';
}

/** The anchor of a group's overview, from the group's anchor. */
export function groupOverviewAnchor(groupAnchor: string): string {
  return `${groupAnchor}-overview`;
}

/** Paragraphs, then the bulleted list, then the subsections, one heading level down each time. */
function sectionBlocks(section: NarrativeSection, level: HeadingLevel): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level, text: section.title }];
  for (const text of section.paragraphs ?? []) blocks.push({ kind: 'paragraph', text });
  const items = section.items ?? [];
  if (items.length > 0) blocks.push({ kind: 'list', items: items.map((i) => i.text), subItems: items.map((i) => i.items) });
  for (const sub of section.sections ?? []) appendAll(blocks, sectionBlocks(sub, deeper(level)));
  return blocks;
}

/**
 * The force overview and context as the report's first section after its contents, as the
 * source report opens: its title, its paragraphs and its sections in the narrative's order.
 */
export function overviewSection(overview: ForceOverview): Block {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: overview.title }];
  for (const text of overview.paragraphs ?? []) blocks.push({ kind: 'paragraph', text });
  for (const section of overview.sections ?? []) appendAll(blocks, sectionBlocks(section, 3));
  return { kind: 'section', role: 'overview', id: OVERVIEW_ANCHOR, blocks };
}

/**
 * A group's overview at the head of its frameworks, laid out (and paginated) like a framework's
 * section, its frameworks each on a new printed page after it: national and force contextual factors, strengths, work in progress, areas for
 * improvement and its recommendations, numbered from `group.firstRecommendation`.
 */
export function groupOverviewSection(group: FrameworkGroup & { narrative: GroupNarrative }, level: HeadingLevel, anchor: string): Block {
  const overview = group.narrative;
  const sub = deeper(level);
  const blocks: Block[] = [
    { kind: 'heading', level, text: groupOverviewTitle(overview) },
    ...narrative(sub, 'National contextual factors', overview.nationalContextualFactors),
    ...narrative(sub, 'Contextual factors', overview.contextualFactors),
    ...narrative(sub, 'Strengths', overview.strengths),
    ...narrative(sub, 'Work in progress', overview.workInProgress),
    ...narrative(sub, 'Areas for improvement', overview.areasForImprovement),
  ];
  const recommendations = overview.recommendations ?? [];
  if (recommendations.length > 0) {
    blocks.push({ kind: 'heading', level: sub, text: 'Recommendations' },
      { kind: 'recommendations', first: group.firstRecommendation, items: recommendations });
  }
  return { kind: 'section', role: 'group-overview', id: anchor, blocks };
}

/** Whether a group has an overview to show. */
export function hasOverview(group: FrameworkGroup): group is FrameworkGroup & { narrative: GroupNarrative } {
  return group.narrative !== null;
}
