import type { Criteria, Criterion, ExcellenceFactor } from '../../criteria/model.js';
import { compileScheme } from '../../criteria/scheme/compile.js';
import { titleOf } from '../../criteria/scheme/model.js';
import { rulesInWords } from '../../engine/words.js';
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
  level: string;
  levelTitle: string;
  /** The level's criteria as a heading: "Fair criteria", or the level's own name for them ("Quality statements"). */
  levelHeading: string;
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
  for (const { id: level, title: levelTitle, many } of criteria.scheme.levels) {
    const levelHeading = many ? many.charAt(0).toUpperCase() + many.slice(1) : `${levelTitle} criteria`;
    const byTheme = new Map<string, Criterion[]>();
    for (const c of criteria.criteria) {
      if (c.level !== level) continue;
      const list = byTheme.get(c.theme);
      if (list) list.push(c);
      else byTheme.set(c.theme, [c]);
    }
    const themes = [...byTheme.keys()].sort((a, b) => (themeOrder.get(a) ?? Infinity) - (themeOrder.get(b) ?? Infinity) || byCodeUnit(a, b));
    for (const theme of themes) {
      groups.push({ level, levelTitle, levelHeading, themeTitle: themeTitleOf(criteria, theme), criteria: byTheme.get(theme) ?? [] });
    }
  }
  return groups;
}

/** A criterion's flags: "significant, dominant", "significant", or none. */
export function flagsOf(criterion: Criterion): string[] {
  return criterion.flags;
}

/** "27 criteria: 10 Fair (8 significant, 2 dominant), 17 Good": per level, with the flags it allows. */
export function countsSentence(criteria: Criteria): string {
  const { scheme } = criteria;
  const parts = scheme.levels.map((level) => {
    const at = criteria.criteria.filter((c) => c.level === level.id);
    const flags = scheme.flags.filter((f) => f.levels.includes(level.id)).map((f) => `${at.filter((c) => c.flags.includes(f.id)).length} ${f.title}`);
    return `${at.length} ${level.title}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
  });
  return `${criteria.criteria.length} criteria: ${parts.join(', ')}`;
}

/** How the scheme grades, in words, with this framework's thresholds: one sentence per rule. */
export function thresholdsSentence(criteria: Criteria): string {
  const shift = criteria.thresholds.maxJudgementShift ?? 1;
  return `Graded by ${criteria.scheme.title} (${criteria.scheme.id}): ${rulesInWords(compileScheme(criteria)).join(' ')} `
    + `A professional judgement may move the grade by at most ${shift} step${shift === 1 ? '' : 's'}.`;
}

/** A level's title in the framework's scheme. */
export function levelTitleOf(criteria: Criteria, level: string): string {
  return titleOf(criteria.scheme.levels, level);
}
