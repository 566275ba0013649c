/**
 * A force's narrative: what its inspection report says beyond the frameworks' evidence. The
 * source report opens with the inspectorate's "Introduction to HMIC Inspections" and a "Force Overview and Context" and gives the Protecting Vulnerable
 * People group an overview of its own before its four frameworks; neither belongs to one
 * framework's evidence, so they live in a file of their own beside it (`*.narrative.json`,
 * `schemas/narrative.schema.json`).
 */

/** The file name ending that marks a force narrative, in any letter case. */
export const NARRATIVE_SUFFIX = '.narrative.json';

/** Whether a file is a force narrative by its name (`force.narrative.json`), not evidence. */
export function isNarrativeName(name: string): boolean {
  return name.toLowerCase().endsWith(NARRATIVE_SUFFIX);
}

/** A bullet point with optional sub-points. */
export interface NarrativeItem {
  text: string;
  items?: string[];
}

/** A titled section: paragraphs, then a bulleted list, then subsections. */
export interface NarrativeSection {
  title: string;
  paragraphs?: string[];
  items?: NarrativeItem[];
  sections?: NarrativeSection[];
}

/** The report's opening section ("Force Overview and Context"). */
export interface ForceOverview {
  title: string;
  paragraphs?: string[];
  sections?: NarrativeSection[];
}

/** A group's own overview, at the head of its frameworks ("Protecting Vulnerable People – Overview"). */
export interface GroupNarrative {
  /** The group as the criteria files name it (`group:`). */
  group: string;
  /** The overview's heading; "Overview" when not given. */
  title?: string;
  nationalContextualFactors?: string[];
  contextualFactors?: string[];
  strengths?: string[];
  workInProgress?: string[];
  areasForImprovement?: string[];
  /** Numbered before the recommendations of the group's frameworks. */
  recommendations?: string[];
}

/**
 * One piece of an introduction's section, in the source's order: exactly one of a paragraph, a
 * bulleted list, a numbered list or a simple table (`checkIntroduction` refuses none or two).
 */
export interface IntroductionBlock {
  paragraph?: string;
  list?: string[];
  numbered?: string[];
  table?: IntroductionTable;
}

/** A simple table: column headings, then rows of one text per column. */
export interface IntroductionTable {
  columns: string[];
  rows: string[][];
}

/** A titled part of the introduction: its content in order, then its subsections. */
export interface IntroductionSection {
  title: string;
  content?: IntroductionBlock[];
  sections?: IntroductionSection[];
}

/**
 * The inspectorate's introduction that opens the report ("Introduction to HMIC Inspections"):
 * the same in every force's report of a round, carried word for word.
 */
export type Introduction = IntroductionSection;

/** A force narrative file's content (`schemas/narrative.schema.json`). */
export interface ForceNarrative {
  force: { id: string; name: string };
  introduction?: Introduction;
  overview?: ForceOverview;
  groups?: GroupNarrative[];
}
