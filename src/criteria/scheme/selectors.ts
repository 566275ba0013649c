import { titleOf, type Scheme, type Selector } from './model.js';

/** What a selector looks at in one criterion. */
export interface SelectableCriterion {
  level: string;
  theme: string;
  flags: readonly string[];
  critical: boolean;
}

/** True when the criterion has every field the selector gives. */
export function selectorMatches(selector: Selector, criterion: SelectableCriterion): boolean {
  return (selector.level === undefined || criterion.level === selector.level)
    && (selector.flag === undefined || criterion.flags.includes(selector.flag))
    && (selector.theme === undefined || criterion.theme === selector.theme)
    && (selector.critical !== true || criterion.critical);
}

/** True when the criterion matches any selector of a union. */
export function selectionMatches(selection: readonly Selector[], criterion: SelectableCriterion): boolean {
  return selection.some((selector) => selectorMatches(selector, criterion));
}

/**
 * A selector in words, with the noun given ("criterion" or "criteria"): `Fair criteria`,
 * `significant Fair criteria` (a flag allowed on one level names it), `criteria marked critical`.
 */
function describeSelector(selector: Selector, scheme: Pick<Scheme, 'levels' | 'flags'>, noun: string): string {
  const words: string[] = [];
  const flag = selector.flag === undefined ? undefined : scheme.flags.find((f) => f.id === selector.flag);
  if (flag) words.push(flag.title);
  const levelId = selector.level ?? (flag && flag.levels.length === 1 ? flag.levels[0] : undefined);
  const level = levelId === undefined ? undefined : scheme.levels.find((l) => l.id === levelId);
  // A level may name its criteria itself ("quality statements"); else "<title> criteria".
  const own = level && (noun === 'criterion' ? level.one : level.many);
  if (own !== undefined) words.push(own);
  else {
    if (levelId !== undefined) words.push(titleOf(scheme.levels, levelId));
    words.push(noun);
  }
  if (selector.theme !== undefined) words.push(`of theme "${selector.theme}"`);
  if (selector.critical === true) words.push('marked critical');
  return words.join(' ');
}

/** A union of selectors in words: `dominant Fair criteria or criteria marked critical`. */
export function describeSelection(selection: readonly Selector[], scheme: Pick<Scheme, 'levels' | 'flags'>, noun: string): string {
  return selection.map((s) => describeSelector(s, scheme, noun)).join(' or ');
}
