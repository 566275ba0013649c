import type { Criteria, Criterion, ExcellenceFactor } from '../../criteria/model.js';
import { LEVEL_TITLES, LEVELS, type Level } from '../../shared/grades.js';
import { byCodeUnit } from '../../shared/order.js';

/**
 * What `grade show` renders: a framework's criteria, all of them (grouped by level and theme,
 * then the excellence factors), or just the ones asked for, in full.
 */
export interface ShowInput {
  criteria: Criteria;
  /** The criteria and factors asked for, in the order asked; undefined: the whole framework. */
  selected?: ReadonlyArray<{ kind: 'criterion'; criterion: Criterion } | { kind: 'factor'; factor: ExcellenceFactor }>;
}

/** A block of criteria sharing a level and a theme. */
export interface ShowGroup {
  level: Level;
  levelTitle: string;
  themeTitle: string;
  criteria: Criterion[];
}

/** The title of a criterion's theme (its id when the file defines no such theme; "General" for none). */
export function themeTitleOf(criteria: Criteria, theme: string): string {
  return criteria.themes.find((t) => t.id === theme)?.title ?? (theme === '' ? 'General' : theme);
}

/**
 * Criteria grouped by level (in the scale's order) and then by theme in the criteria file's theme
 * order (themes it does not define after, by id); criteria keep their file order in a group.
 */
export function groupForShow(criteria: Criteria): ShowGroup[] {
  const themeOrder = new Map(criteria.themes.map((t, i) => [t.id, i]));
  const groups: ShowGroup[] = [];
  for (const level of LEVELS) {
    const byTheme = new Map<string, Criterion[]>();
    for (const c of criteria.criteria) {
      if (c.level !== level) continue;
      const list = byTheme.get(c.theme);
      if (list) list.push(c);
      else byTheme.set(c.theme, [c]);
    }
    const themes = [...byTheme.keys()].sort((a, b) => (themeOrder.get(a) ?? Infinity) - (themeOrder.get(b) ?? Infinity) || byCodeUnit(a, b));
    for (const theme of themes) {
      groups.push({ level, levelTitle: LEVEL_TITLES[level], themeTitle: themeTitleOf(criteria, theme), criteria: byTheme.get(theme) ?? [] });
    }
  }
  return groups;
}

/** A criterion's flags in words: "significant, dominant", "significant", or none. */
export function flagsOf(criterion: Criterion): string[] {
  return [...(criterion.significant ? ['significant'] : []), ...(criterion.dominant ? ['dominant'] : [])];
}

const percent = (share: number): string => `${Number((share * 100).toFixed(2))}%`;

/** "27 criteria: 10 Fair (8 significant, 2 dominant), 17 Good". */
export function countsSentence(criteria: Criteria): string {
  const fair = criteria.criteria.filter((c) => c.level === 'fair');
  const significant = fair.filter((c) => c.significant).length;
  const dominant = fair.filter((c) => c.dominant).length;
  const good = criteria.criteria.length - fair.length;
  return `${criteria.criteria.length} criteria: ${fair.length} Fair (${significant} significant, ${dominant} dominant), ${good} Good`;
}

/** The thresholds in words, as the rules of SPEC §1 use them. */
export function thresholdsSentence(criteria: Criteria): string {
  const t = criteria.thresholds;
  const steps = `${t.maxJudgementShift} step${t.maxJudgementShift === 1 ? '' : 's'}`;
  return `Good needs every Fair criterion met and more than ${percent(t.most)} of the Good criteria; Excellent at least `
    + `${percent(t.vastMajority)} and every excellence factor. A Poor from significant criteria alone is borderline when fewer `
    + `than ${percent(t.wellShort)} of them are unmet. A professional judgement may move the grade by at most ${steps}.`;
}
