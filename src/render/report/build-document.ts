import type { GradeResult } from '../../engine/result.js';
import { frameworksOf, type ForceReport, type FrameworkReport } from '../../batch/report-model.js';
import { gradeBadge, gradeTitleOn, gradesBestFirst } from '../display.js';
import type { Block, TableBody, TableRow } from './document-model.js';
import { criteriaBlocks, formatPeriod, frameworkAnchor, frameworkSection } from './sections.js';
import { INTRODUCTION_ANCHOR, introductionSection } from './introduction.js';
import { OVERVIEW_ANCHOR, groupOverviewAnchor, groupOverviewSection, groupOverviewTitle, hasOverview, overviewSection } from './narrative.js';

/** The report's title: force and report kind. */
export function reportTitle(report: ForceReport): string {
  return `${report.force.name}: inspection report`;
}

/** A unique anchor per group, from its title ("group-protecting-vulnerable-people"). */
function groupAnchors(report: ForceReport): string[] {
  const seen = new Map<string, number>();
  return report.groups.map((group) => {
    const base = `group-${group.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

function judgementBasis(result: GradeResult): string {
  const basis = result.judgement
    ? `Professional judgement by ${result.judgement.by}; computed grade ${gradeTitleOn(result.scheme, result.computedGrade)}`
    : 'Computed from the criteria';
  return result.incomplete ? `${basis}; incomplete evidence` : basis;
}

function bodies(report: ForceReport, row: (section: FrameworkReport) => TableRow): TableBody[] {
  return report.groups.map((group) => ({ heading: group.title, rows: group.frameworks.map(row) }));
}

/** The report's frameworks by scheme, in report order: each scheme's grades get a table of their own. */
function byScheme(report: ForceReport): Array<{ scheme: GradeResult['scheme']; report: ForceReport }> {
  const schemes = new Map<string, GradeResult['scheme']>();
  for (const group of report.groups) for (const { result } of group.frameworks) if (!schemes.has(result.scheme.id)) schemes.set(result.scheme.id, result.scheme);
  return [...schemes.values()].map((scheme) => ({ scheme, report: { ...report, groups: report.groups
    .map((g) => ({ ...g, frameworks: g.frameworks.filter((f) => f.result.scheme.id === scheme.id) })).filter((g) => g.frameworks.length > 0) } }));
}

/** What a grade means in its scheme: the rules that give it, in words. */
function gradeDescription(scheme: GradeResult['scheme'], grade: string): string {
  return scheme.rules.filter((r) => r.grade === grade).map((r) => r.title.replace(/^[^:]*: /, '')).join('; or ');
}

function summaryBlocks(report: ForceReport): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'National summary of judgements', id: 'national-summary' }];
  const schemes = byScheme(report);
  const named = (scheme: GradeResult['scheme'], text: string) => (schemes.length > 1 ? `${text} (${scheme.title})` : text);
  if (!report.hasNational) {
    blocks.push({ kind: 'paragraph', note: true, text: 'National grade distributions are not included: no national summary was given for this report.' });
  } else {
    for (const { scheme, report: part } of schemes) {
      const grades = gradesBestFirst(scheme);
      blocks.push({
        kind: 'table', layout: 'counts', caption: named(scheme, `Number of forces awarded each grade; ${report.force.name}'s grade in bold`), columns: ['Framework', ...grades.map((g) => g.title)],
        numeric: [false, ...grades.map(() => true)],
        bodies: bodies(part, ({ result, national }) => [{ text: result.framework.title },
          ...grades.map((g) => ({ text: national ? String(national[g.id] ?? 0) : '–', ...(national && g.id === result.grade && (national[g.id] ?? 0) > 0 ? { strong: true } : {}) }))]),
      });
    }
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'Force summary of judgements', id: 'force-summary' },
    {
      kind: 'table', layout: 'judgements', caption: `Grades awarded to ${report.force.name}`, columns: ['Framework', 'Grade', 'Basis'],
      bodies: bodies(report, ({ result }) => [{ text: result.framework.title },
        { text: gradeTitleOn(result.scheme, result.grade), grade: gradeBadge(result.scheme, result.grade), ...(result.judgement ? { suffix: ' (judged)' } : {}) }, { text: judgementBasis(result) }]),
    },
    { kind: 'heading', level: 2, text: 'The grades', id: 'grades' },
    { kind: 'paragraph', text: report.introduction
      ? 'How the criteria give each grade: the rules of the grading scheme, a strict reading of the grading process described in the introduction.'
      : 'How the criteria give each grade: the rules of the grading scheme.' },
  );
  for (const { scheme } of schemes) {
    if (schemes.length > 1) blocks.push({ kind: 'paragraph', text: scheme.title });
    blocks.push({ kind: 'terms', items: gradesBestFirst(scheme).map((g) => ({ term: g.title, grade: g, description: gradeDescription(scheme, g.id) })) });
    // The rules read the grading process strictly; its words ("well short of a significant number") come back as moderation.
    for (const text of report.advisories[scheme.id] ?? []) blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

function contents(report: ForceReport): Block {
  const items: Array<{ id: string; text: string; depth: 0 | 1 }> = [
    ...(report.introduction ? [{ id: INTRODUCTION_ANCHOR, text: report.introduction.title, depth: 0 as const }] : []),
    ...(report.overview ? [{ id: OVERVIEW_ANCHOR, text: report.overview.title, depth: 0 as const }] : []),
    { id: 'national-summary', text: 'National summary of judgements', depth: 0 },
    { id: 'force-summary', text: 'Force summary of judgements', depth: 0 },
    { id: 'grades', text: 'The grades', depth: 0 },
  ];
  const anchors = groupAnchors(report);
  report.groups.forEach((group, index) => {
    items.push({ id: anchors[index] ?? '', text: group.title, depth: 0 });
    if (hasOverview(group)) items.push({ id: groupOverviewAnchor(anchors[index] ?? ''), text: groupOverviewTitle(group.narrative), depth: 1 });
    for (const { result } of group.frameworks) items.push({ id: frameworkAnchor(result.framework.id), text: result.framework.title, depth: 1 });
  });
  if (report.groups.some((g) => (g.narrative?.recommendations?.length ?? 0) > 0 || g.frameworks.some((f) => (f.result.report?.recommendations?.length ?? 0) > 0))) {
    items.push({ id: 'recommendations', text: 'Recommendations', depth: 0 });
  }
  items.push({ id: 'appendix', text: 'Appendix: criteria and their status', depth: 0 });
  if (report.glossary.length > 0) items.push({ id: 'glossary', text: 'Appendix: glossary of terms and abbreviations', depth: 0 });
  return { kind: 'contents', items };
}

/**
 * The whole report as a document: title and period, contents, the inspectorate's introduction
 * and the force overview (when the force narrative has them), the national and force summaries
 * of judgements, each group of frameworks with its overview and its framework sections, the
 * recommendations, and the appendices listing every criterion with its status and the glossary.
 */
export function reportDocument(report: ForceReport): Block[] {
  const title: Block[] = [{ kind: 'heading', level: 1, text: reportTitle(report) }];
  if (report.period) title.push({ kind: 'paragraph', text: `Assessment period: ${formatPeriod(report.period)}.` });
  const anchors = groupAnchors(report);
  const groups = report.groups.map((group, index): Block => ({
    kind: 'section', role: 'group', id: anchors[index] ?? '',
    blocks: [{ kind: 'heading', level: 2, text: group.title },
      ...(hasOverview(group) ? [groupOverviewSection(group, 3, groupOverviewAnchor(anchors[index] ?? ''))] : []),
      ...group.frameworks.map((section) => frameworkSection(section, { level: 3, heading: section.result.framework.title, hasNational: report.hasNational }))],
  }));
  const appendix: Block = {
    kind: 'section', role: 'appendix', id: 'appendix',
    blocks: [
      { kind: 'heading', level: 2, text: 'Appendix: criteria and their status' },
      { kind: 'paragraph', text: 'Every specific grading criterion of each framework, with the status the evidence gives it. Only a met criterion counts as meeting it; the flags its scheme gives a criterion are marked.' },
      ...frameworksOf(report).flatMap(({ result }): Block[] => [
        { kind: 'heading', level: 3, text: result.framework.title, id: `criteria-${result.framework.id}` }, ...criteriaBlocks(result)]),
    ],
  };
  return [
    { kind: 'section', role: 'title', blocks: [...title, contents(report)] },
    ...(report.introduction ? [introductionSection(report.introduction)] : []),
    ...(report.overview ? [overviewSection(report.overview)] : []),
    { kind: 'section', role: 'summary', id: 'summary', blocks: summaryBlocks(report) },
    ...groups,
    ...recommendationsSection(report),
    appendix,
    ...glossarySection(report),
  ];
}

/** Every recommendation of the report in one list at its end, numbered as in the sections, under their group and framework. */
function recommendationsSection(report: ForceReport): Block[] {
  const blocks: Block[] = [];
  for (const group of report.groups) {
    const sections = group.frameworks.filter((f) => (f.result.report?.recommendations?.length ?? 0) > 0);
    const own = group.narrative?.recommendations ?? [];
    if (sections.length === 0 && own.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: group.title });
    // Each part under its own heading when the group has more than one (its overview counts as one).
    const parts = group.frameworks.length + (group.narrative ? 1 : 0);
    if (group.narrative && own.length > 0) {
      if (parts > 1) blocks.push({ kind: 'heading', level: 4, text: groupOverviewTitle(group.narrative) });
      blocks.push({ kind: 'recommendations', first: group.firstRecommendation, items: own });
    }
    for (const section of sections) {
      if (parts > 1) blocks.push({ kind: 'heading', level: 4, text: section.result.framework.title });
      blocks.push({ kind: 'recommendations', first: section.firstRecommendation, items: section.result.report?.recommendations ?? [] });
    }
  }
  if (blocks.length === 0) return [];
  return [{ kind: 'section', role: 'appendix', id: 'recommendations', blocks: [{ kind: 'heading', level: 2, text: 'Recommendations' }, ...blocks] }];
}

/** The glossary of terms and abbreviations, as the source report ends. */
function glossarySection(report: ForceReport): Block[] {
  if (report.glossary.length === 0) return [];
  return [{ kind: 'section', role: 'appendix', id: 'glossary', blocks: [
    { kind: 'heading', level: 2, text: 'Appendix: glossary of terms and abbreviations' },
    { kind: 'terms', items: report.glossary.map((g) => ({ term: g.term, description: g.meaning })) },
  ] }];
}

/**
 * One graded framework as a document (`grade <framework> <evidence> --format html`): its section
 * with the findings behind the grade, and the criteria with their status (`evidence`: and what
 * the evidence cites for each).
 */
export function gradeDocument(result: GradeResult, options: { evidence?: boolean } = {}): Block[] {
  const intro: Block[] = result.period ? [{ kind: 'paragraph', text: `Assessment period: ${formatPeriod(result.period)}.` }] : [];
  const section = frameworkSection({ result, national: null, firstRecommendation: 1 },
    { level: 1, heading: `${result.framework.title}: ${result.force.name}`, hasNational: false, intro, findings: true });
  return [section, {
    kind: 'section', role: 'appendix', id: 'criteria',
    blocks: [{ kind: 'heading', level: 2, text: 'Criteria and their status' }, ...criteriaBlocks(result, options)],
  }];
}
