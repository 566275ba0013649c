import type { Introduction, IntroductionBlock, IntroductionSection } from '../../evidence/narrative/model.js';
import { deeper, type Block, type HeadingLevel } from './document-model.js';
import { appendAll } from '../../shared/append.js';

/** The anchor of the introduction, fixed (no framework or group anchor can take it). */
export const INTRODUCTION_ANCHOR = 'introduction';

/** One piece of the introduction as a block: a paragraph, a list (bulleted or numbered) or a table. */
function contentBlock(piece: IntroductionBlock): Block[] {
  if (piece.paragraph !== undefined) return [{ kind: 'paragraph', text: piece.paragraph }];
  if (piece.list) return [{ kind: 'list', items: piece.list }];
  if (piece.numbered) return [{ kind: 'list', items: piece.numbered, ordered: true }];
  if (piece.table) {
    return [{ kind: 'table', layout: 'text', columns: piece.table.columns,
      bodies: [{ rows: piece.table.rows.map((row) => row.map((text) => ({ text }))) }] }];
  }
  return [];
}

/** The section's heading, its content in order, then its subsections one heading level down. */
function sectionBlocks(section: IntroductionSection, level: HeadingLevel): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level, text: section.title }];
  for (const piece of section.content ?? []) appendAll(blocks, contentBlock(piece));
  for (const sub of section.sections ?? []) appendAll(blocks, sectionBlocks(sub, deeper(level)));
  return blocks;
}

/**
 * The inspectorate's introduction as the report's first section after its contents, as the
 * source report opens ("Introduction to HMIC Inspections"): its title, its opening content and
 * its sections in the narrative's order, paragraphs, lists and tables as the source has them.
 */
export function introductionSection(introduction: Introduction): Block {
  return { kind: 'section', role: 'introduction', id: INTRODUCTION_ANCHOR, blocks: sectionBlocks(introduction, 2) };
}
