import { compareFrameworks } from '../criteria/model.js';
import type { GradeResult } from '../engine/result.js';
import type { ForceNarrative, ForceOverview, GroupNarrative, Introduction } from '../evidence/narrative/model.js';
/** Counts of final grades across forces for one framework (SPEC §5, `summary` of `grade batch`), by grade id. */
export type Distribution = Record<string, number>;

/** One framework's part of a force's report. */
export interface FrameworkReport {
  result: GradeResult;
  /** The national distribution, or null when the national summary has none for this framework. */
  national: Distribution | null;
  /** Number of this framework's first recommendation: recommendations run 1..n across the report. */
  firstRecommendation: number;
}

/** Frameworks that share a group heading ("Protecting vulnerable people"), in report order. */
export interface FrameworkGroup {
  title: string;
  /** The group's own overview from the force narrative, shown before its frameworks; null: none. */
  narrative: GroupNarrative | null;
  /** Number of the overview's first recommendation (they come before the frameworks'). */
  firstRecommendation: number;
  frameworks: FrameworkReport[];
}

/** Everything a force's report shows: pure data, ready for any renderer. */
export interface ForceReport {
  force: { id: string; name: string };
  /** The assessment period: the earliest start and latest end of the frameworks' periods. */
  period: { from: string; to: string } | null;
  /** Whether a national summary was given at all (without one the report says so). */
  hasNational: boolean;
  /** The inspectorate's introduction, first after the contents (from the force narrative); null: none. */
  introduction: Introduction | null;
  /** The force overview and context that follows it (from the force narrative); null: none. */
  overview: ForceOverview | null;
  groups: FrameworkGroup[];
  /** The terms and abbreviations the report uses, as its glossary lists them (empty: no glossary). */
  glossary: GlossaryTerm[];
  /** Per scheme id: its advisories in words (when a grade goes to moderation), said with its grades. */
  advisories: Record<string, string[]>;
}

/** One entry of a report's glossary. */
export interface GlossaryTerm { term: string; meaning: string }

function frameworkKey(result: GradeResult) {
  const { id, title, group, order } = result.framework;
  return { framework: id, title, group, ...(order === undefined ? {} : { order }) };
}

function periodOf(results: readonly GradeResult[]): ForceReport['period'] {
  const periods = results.flatMap((r) => (r.period ? [r.period] : []));
  if (periods.length === 0) return null;
  const from = periods.map((p) => p.from).sort()[0] ?? '';
  const to = periods.map((p) => p.to).sort().at(-1) ?? '';
  return { from, to };
}

/**
 * Assembles a force's report from its graded frameworks (all for one force), optionally the
 * national summary, the glossary and the force narrative: frameworks sorted with
 * `compareFrameworks`, grouped under their group headings, each group with its overview from the
 * narrative, recommendations numbered across the whole report (a group overview's before its
 * frameworks'). A narrative group that no framework has is not shown (`checkNarrativeGroups`
 * reports it first). Pure.
 */
export function assembleReport(results: readonly GradeResult[], national: ReadonlyMap<string, Distribution> | null,
  glossary: readonly GlossaryTerm[] = [], narrative: ForceNarrative | null = null,
  advisories: ReadonlyMap<string, readonly string[]> = new Map()): ForceReport {
  const sorted = [...results].sort((a, b) => compareFrameworks(frameworkKey(a), frameworkKey(b)));
  const first = sorted[0];
  if (!first) throw new Error('a report needs at least one graded framework');
  const overviews = new Map((narrative?.groups ?? []).map((g) => [g.group, g]));
  const groups: FrameworkGroup[] = [];
  let next = 1;
  for (const result of sorted) {
    let group = groups.at(-1);
    if (!group || group.title !== result.framework.group) {
      // Shown once, at the group's first heading, should its frameworks not all sort together.
      const overview = overviews.get(result.framework.group) ?? null;
      overviews.delete(result.framework.group);
      group = { title: result.framework.group, narrative: overview, firstRecommendation: next, frameworks: [] };
      next += overview?.recommendations?.length ?? 0;
      groups.push(group);
    }
    group.frameworks.push({ result, national: national?.get(result.framework.id) ?? null, firstRecommendation: next });
    next += result.report?.recommendations?.length ?? 0;
  }
  return { force: first.force, period: periodOf(sorted), hasNational: national !== null,
    introduction: narrative?.introduction ?? null, overview: narrative?.overview ?? null, groups, glossary: [...glossary],
    advisories: Object.fromEntries([...advisories].map(([scheme, sentences]) => [scheme, [...sentences]])) };
}

/** The frameworks of a report in order, without their groups. */
export function frameworksOf(report: ForceReport): FrameworkReport[] {
  return report.groups.flatMap((g) => g.frameworks);
}
