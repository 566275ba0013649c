import type { CriterionResult, GradeResult } from '../../engine/result.js';
import { LEVEL_TITLES, type Grade } from '../../shared/grades.js';
import { GRADE_META } from '../display.js';
import { byCodeUnit } from '../../shared/order.js';

/** A block of criteria sharing a level and a theme, in the order renderers show them. */
export interface CriterionGroup {
  level: 'fair' | 'good';
  levelTitle: string;
  themeTitle: string;
  criteria: CriterionResult[];
}

/**
 * Criteria grouped by level (Fair first) and then by theme in the criteria file's theme order;
 * criteria keep their file order within a group. Shared by every renderer that lists criteria.
 */
export function groupCriteria(result: GradeResult): CriterionGroup[] {
  const themeOrder = new Map(result.themes.map((t, i) => [t.id, i]));
  const themeTitle = new Map(result.themes.map((t) => [t.id, t.title]));
  const groups: CriterionGroup[] = [];
  for (const level of ['fair', 'good'] as const) {
    // One pass into a map (in file order), not a filter per theme: a file may have a theme per criterion.
    const byTheme = new Map<string, CriterionResult[]>();
    for (const c of result.criteria) {
      if (c.level !== level) continue;
      const list = byTheme.get(c.theme);
      if (list) list.push(c);
      else byTheme.set(c.theme, [c]);
    }
    const themes = [...byTheme.keys()]
      .sort((a, b) => (themeOrder.get(a) ?? Infinity) - (themeOrder.get(b) ?? Infinity) || byCodeUnit(a, b));
    for (const theme of themes) {
      groups.push({
        level,
        levelTitle: LEVEL_TITLES[level],
        themeTitle: themeTitle.get(theme) ?? (theme === '' ? 'General' : theme),
        criteria: byTheme.get(theme) ?? [],
      });
    }
  }
  return groups;
}

/** Short flags for a criterion: dominant, significant, critical. */
export function criterionFlags(criterion: CriterionResult): string[] {
  const flags: string[] = [];
  if (criterion.dominant) flags.push('dominant');
  else if (criterion.significant) flags.push('significant');
  if (criterion.critical) flags.push('critical');
  if (criterion.missing) flags.push('no finding');
  return flags;
}

/**
 * What the headline says of an incomplete result, where the grade is: "provisional: 12 criteria
 * not yet assessed" (missing findings and a draft's blank statuses alike); undefined when complete.
 */
export function provisionalNote(result: Pick<GradeResult, 'incomplete' | 'missing'>): string | undefined {
  if (!result.incomplete) return undefined;
  const n = result.missing.length;
  return `provisional: ${n} ${n === 1 ? 'criterion' : 'criteria'} not yet assessed`;
}

/** "Good", "Good (professional judgement; computed Fair)" or "Fair (provisional: 3 criteria not yet assessed)". */
export function gradeHeadline(result: GradeResult, title: (grade: Grade) => string = (g) => GRADE_META[g].title): string {
  const details: string[] = [];
  if (result.judgement && result.grade !== result.computedGrade) details.push(`professional judgement; computed ${title(result.computedGrade)}`);
  else if (result.judgement) details.push('confirmed by professional judgement');
  const provisional = provisionalNote(result);
  if (provisional) details.push(provisional);
  return details.length > 0 ? `${title(result.grade)} (${details.join('; ')})` : title(result.grade);
}

/** The next-grade sentence: how many findings must change and which could. */
export function nextGradeSentence(result: GradeResult): string | undefined {
  const next = result.nextGrade;
  if (!next) return undefined;
  const parts: string[] = [];
  if (next.required.length > 0) parts.push(`${next.required.join(', ')} ${next.required.length === 1 ? 'must' : 'must all'} become met`);
  if (next.additional > 0) {
    const required = new Set(next.required);
    const pool = next.candidates.filter((id) => !required.has(id));
    parts.push(`${next.additional} more of ${pool.join(', ')}`);
  }
  const count = `${next.changesNeeded} finding${next.changesNeeded === 1 ? '' : 's'}`;
  return `${GRADE_META[next.grade].title} is ${count} away: ${parts.join('; and ')}`;
}
