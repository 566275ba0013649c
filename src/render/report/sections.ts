import type { GradeResult } from '../../engine/result.js';
import type { DevelopingPractice } from '../../evidence/model.js';
import type { Distribution, FrameworkReport } from '../../batch/report-model.js';
import { STATUS_META, gradeTitleOn, gradesBestFirst, statusTitle, type Scale } from '../display.js';
import { criterionFlags, groupCriteria } from '../grade/sections.js';
import { deeper, type Block, type HeadingLevel } from './document-model.js';
import { citationsOf, justificationBlocks } from './justification.js';

/** Grades as the source report lists them: Excellent, Good, Fair, Poor. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2006-04-01" → "1 April 2006"; any other text is shown as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** "1 April 2006 to 31 July 2007". */
export function formatPeriod(period: { from: string; to: string }): string {
  return `${formatDate(period.from)} to ${formatDate(period.to)}`;
}

/** The id of a framework's section (prefixed so no framework id can collide with a fixed one). */
export function frameworkAnchor(id: string): string {
  return `framework-${id}`;
}

/** "Excellent 6, Good 14, Fair 21, Poor 2 (43 forces)". */
export function distributionText(distribution: Distribution, scale: Scale): string {
  const grades = gradesBestFirst(scale);
  const total = grades.reduce((sum, g) => sum + (distribution[g.id] ?? 0), 0);
  return `${grades.map((g) => `${g.title} ${distribution[g.id] ?? 0}`).join(', ')} (${total} force${total === 1 ? '' : 's'})`;
}

function distributionBlocks(section: FrameworkReport, hasNational: boolean): Block[] {
  const { result, national } = section;
  if (!hasNational) return [{ kind: 'paragraph', note: true, text: 'Not included: no national summary was given for this report.' }];
  if (!national) return [{ kind: 'paragraph', note: true, text: `Not available: the national summary has no entry for ${result.framework.title}.` }];
  // A summary that counts no force at this force's grade cannot include it (another round's, say): nothing is marked as its.
  const counted = (national[result.grade] ?? 0) > 0;
  return [{
    kind: 'chart', id: `chart-${result.framework.id}`, distribution: national, highlight: counted ? result.grade : '', grades: gradesBestFirst(result.scheme), forceName: result.force.name,
    caption: `National grade distribution for ${result.framework.title}: ${distributionText(national, result.scheme)}. ${result.force.name} is graded ${gradeTitleOn(result.scheme, result.grade)}${counted ? '' : ', which the national summary counts no force at: it does not include this force'}.`,
  }];
}

/** A text's paragraphs: a blank line (two line ends) separates them, as in the source's examples. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
}

function practiceBlock(practice: DevelopingPractice, level: HeadingLevel): Block {
  const fields: Array<{ label: string; text: string[] }> = [];
  if (practice.problem) fields.push({ label: 'Problem', text: paragraphsOf(practice.problem) });
  if (practice.solution) fields.push({ label: 'Solution', text: paragraphsOf(practice.solution) });
  if (practice.outcomes && practice.outcomes.length > 0) fields.push({ label: 'Outcome(s)', text: practice.outcomes });
  if (practice.contact) fields.push({ label: 'Force contact', text: [practice.contact] });
  return { kind: 'practice', level, title: practice.title, fields };
}

/** A titled run of paragraphs, or nothing when the evidence has none. */
export function narrative(level: HeadingLevel, title: string, paragraphs: readonly string[] | undefined): Block[] {
  if (!paragraphs || paragraphs.length === 0) return [];
  return [{ kind: 'heading', level, text: title }, ...paragraphs.map((text): Block => ({ kind: 'paragraph', text }))];
}

/**
 * One framework's section, laid out like the source report: national grade distribution, the
 * grade and its justification, contextual factors, strengths, work in progress, areas for
 * improvement, recommendations (numbered across the report) and developing practice.
 * Shared by the report and by `grade --format html`.
 */
export function frameworkSection(section: FrameworkReport, options: { level: HeadingLevel; heading: string; hasNational: boolean; intro?: Block[]; findings?: boolean }): Block {
  const { result } = section;
  const sub = deeper(options.level);
  const report = result.report ?? {};
  const blocks: Block[] = [
    { kind: 'heading', level: options.level, text: options.heading },
    ...(options.intro ?? []),
    { kind: 'heading', level: sub, text: 'National grade distribution' },
    ...distributionBlocks(section, options.hasNational),
    ...justificationBlocks(result, sub, { findings: options.findings === true }),
    ...narrative(sub, 'National contextual factors', result.nationalContext),
    ...narrative(sub, 'Contextual factors', report.contextualFactors),
    ...narrative(sub, 'Strengths', report.strengths),
    ...narrative(sub, 'Work in progress', report.workInProgress),
    ...narrative(sub, 'Areas for improvement', report.areasForImprovement),
  ];
  if (report.recommendations && report.recommendations.length > 0) {
    blocks.push({ kind: 'heading', level: sub, text: 'Recommendations' },
      { kind: 'recommendations', first: section.firstRecommendation, items: report.recommendations });
  }
  if (report.developingPractice && report.developingPractice.length > 0) {
    blocks.push({ kind: 'heading', level: sub, text: 'Developing practice' });
    // One push per block: spreading 100,000+ items into push() would overflow the call stack.
    for (const practice of report.developingPractice) blocks.push(practiceBlock(practice, deeper(sub)));
  }
  return { kind: 'section', role: 'framework', id: frameworkAnchor(result.framework.id), blocks };
}

/**
 * Every criterion of a framework with its status, then the excellence factors (by title): the
 * appendix's tables; with `evidence`, each statement with what the evidence cites for it.
 */
export function criteriaBlocks(result: GradeResult, options: { evidence?: boolean } = {}): Block[] {
  const { framework } = result;
  const cited = (finding: { evidence: readonly string[]; sources: readonly string[] }, unanswered: boolean) =>
    (options.evidence ? { citations: citationsOf(finding, unanswered) } : {});
  return [
    { kind: 'paragraph', text: `Criteria ${framework.id} version ${framework.version} (sha256 ${framework.sha256.slice(0, 12)}).` },
    {
      kind: 'table', layout: 'criteria', caption: `${framework.title}: criteria and their status`, columns: ['Criterion', 'Status', 'Statement'],
      bodies: groupCriteria(result).map((group) => ({
        heading: `${group.levelTitle}: ${group.themeTitle}`,
        rows: group.criteria.map((c) => {
          const flags = criterionFlags(c);
          return [{ text: c.id }, { text: statusTitle(c), status: c.status },
            { text: `${c.text}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`, ...cited(c, c.missing) }];
        }),
      })),
    },
    {
      kind: 'table', layout: 'criteria', caption: `${framework.title}: excellence factors`, columns: ['Factor', 'Status', 'Description'],
      bodies: [{ rows: result.excellence.map((f) => [{ text: f.title },
        { text: STATUS_META[f.status].title, status: f.status, ...(f.evidenced ? {} : { suffix: ' (no evidence)' }) },
        { text: f.text, ...cited(f, !f.evidenced) }]) }],
    },
  ];
}
