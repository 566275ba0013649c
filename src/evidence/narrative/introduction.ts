import type { Issue } from '../../shared/diagnostics.js';
import type { DocPath } from '../../shared/paths.js';
import { quote } from '../../shared/quote.js';
import type { ForceNarrative, IntroductionBlock, IntroductionSection } from './model.js';
import { appendAll } from '../../shared/append.js';

/** The kinds a piece of introduction can be, each a key of its own. */
const KINDS = ['paragraph', 'list', 'numbered', 'table'] as const;

/** `content item 2 of "Risk-based frameworks"`: a piece of content by its place in its section. */
function placeOf(section: IntroductionSection, index: number): string {
  return `content item ${index + 1} of ${quote(section.title)}`;
}

function blockIssues(section: IntroductionSection, block: IntroductionBlock, index: number, path: DocPath): Issue[] {
  const kinds = KINDS.filter((kind) => block[kind] !== undefined);
  if (kinds.length !== 1) {
    const given = kinds.length === 0 ? 'none of them' : kinds.map((k) => quote(k)).join(' and ');
    return [{ code: 'block-kind', severity: 'error', path, message: `${placeOf(section, index)} must be one of a "paragraph", a "list", a "numbered" list or a "table", `
      + `and gives ${given}: give each paragraph, list or table a piece of its own, in the source's order` }];
  }
  const table = block.table;
  if (!table) return [];
  const issues: Issue[] = [];
  table.rows.forEach((row, r) => {
    if (row.length === table.columns.length) return;
    issues.push({ code: 'table-width', severity: 'error', path: [...path, 'table', 'rows', r],
      message: `row ${r + 1} of the table in ${placeOf(section, index)} has ${row.length} cell${row.length === 1 ? '' : 's'}, `
        + `but the table has ${table.columns.length} column${table.columns.length === 1 ? '' : 's'}: give one text per column` });
  });
  return issues;
}

function sectionIssues(section: IntroductionSection, path: DocPath): Issue[] {
  const issues: Issue[] = [];
  (section.content ?? []).forEach((block, index) => appendAll(issues, blockIssues(section, block, index, [...path, 'content', index])));
  (section.sections ?? []).forEach((sub, index) => appendAll(issues, sectionIssues(sub, [...path, 'sections', index])));
  return issues;
}

/**
 * What the schema cannot say about a narrative's introduction: each piece of content is exactly
 * one paragraph, list, numbered list or table (`block-kind`), and each table row has one text per
 * column (`table-width`). The issues carry their paths, for `positionIssues`. Pure.
 */
export function checkIntroduction(narrative: ForceNarrative): Issue[] {
  return narrative.introduction ? sectionIssues(narrative.introduction, ['introduction']) : [];
}
