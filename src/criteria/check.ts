import { RESERVED_WORDS } from '../shared/command-names.js';
import type { Issue } from '../shared/diagnostics.js';
import { isBlankText } from '../shared/blank-text.js';
import { quote } from '../shared/quote.js';
import { nthItem } from '../shared/paths.js';
import { didYouMean } from '../shared/suggest.js';
import { orList } from '../shared/schema-issues.js';
import type { CriteriaDocument, CriterionDocument } from './model.js';
import { criterionKeyIssues } from './criterion-keys.js';
import { periodIssues } from './period.js';
import { checkIncreasing, checkThresholdValues } from './scheme/check.js';
import { titleOf, type Condition, type Scheme, type Selector } from './scheme/model.js';
import { describeSelection, selectorMatches } from './scheme/selectors.js';
import { appendAll } from '../shared/append.js';

/** Framework ids that would be read as a command: `grade <framework>` must never shadow a command. */
export const RESERVED_FRAMEWORK_IDS = RESERVED_WORDS;

function duplicates<T>(items: readonly T[], idOf: (item: T) => string, base: string, what: string): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else issues.push({ code: 'duplicate-id', severity: 'error', path: [base, index, 'id'],
      message: `duplicate ${what} id ${quote(id)} (the first is ${nthItem(base, first)})` });
  });
  return issues;
}


/** The flags a criterion document sets to true, in the scheme's order. */
export function flagsSet(criterion: CriterionDocument, scheme: Scheme): string[] {
  return scheme.flags.filter((flag) => criterion[flag.id] === true).map((flag) => flag.id);
}

function criterionIssues(criterion: CriterionDocument, index: number, scheme: Scheme, themeIds: Set<string>): Issue[] {
  const issues: Issue[] = [];
  const at = (key: string) => ['criteria', index, key];
  const levels = scheme.levels.map((l) => l.id);
  appendAll(issues, criterionKeyIssues(criterion, index, scheme));
  const levelKnown = levels.includes(criterion.level);
  if (!levelKnown) {
    issues.push({ code: 'unknown-level', severity: 'error', path: at('level'),
      message: `criterion ${criterion.id}: level must be ${orList(levels)}; got ${quote(criterion.level)}${didYouMean(criterion.level, levels)}` });
  }
  const set = flagsSet(criterion, scheme);
  for (const flag of scheme.flags) {
    if (!set.includes(flag.id)) continue;
    if (levelKnown && !flag.levels.includes(criterion.level)) {
      const allowed = orList(flag.levels.map((l) => titleOf(scheme.levels, l)));
      issues.push({ code: 'flag-level', severity: 'error', path: at(flag.id), atKey: true,
        message: `"${flag.id}" is only allowed on a ${allowed} criterion; ${criterion.id} is a ${titleOf(scheme.levels, criterion.level)} criterion` });
    } else if (flag.implies !== undefined && !set.includes(flag.implies)) {
      issues.push({ code: 'missing-implied-flag', severity: 'error', path: at(flag.id), atKey: true,
        message: `${criterion.id} is ${flag.id} but not ${flag.implies}; a ${flag.id} criterion must also be marked ${flag.implies}: true` });
    }
  }
  if (criterion.theme !== undefined && !themeIds.has(criterion.theme)) {
    issues.push({ code: 'unknown-theme', severity: 'error', path: at('theme'),
      message: `${criterion.id} refers to theme ${quote(criterion.theme)}, which is not defined in themes${didYouMean(criterion.theme, themeIds)}` });
  }
  // Guidance is asked of the first level, the standard every grade above the lowest rests on.
  if (criterion.level === scheme.levels[0]?.id && scheme.levels.length > 1 && isBlankText(criterion.guidance ?? '')) {
    issues.push({ code: 'missing-guidance', severity: 'warning', path: ['criteria', index],
      message: `${titleOf(scheme.levels, criterion.level)} criterion ${criterion.id} has no guidance on what evidence shows it` });
  }
  return issues;
}

/** The levels that a share or score condition of the scheme selects: each needs a criterion. */
function sharedLevels(scheme: Scheme): string[] {
  const levels = new Set<string>();
  for (const rule of [...scheme.rules, ...scheme.limiters]) {
    for (const c of [...rule.when, ...('advisory' in rule && rule.advisory ? rule.advisory.when : [])]) {
      if (c.kind === 'share' || c.kind === 'score') for (const s of c.select) if (s.level !== undefined) levels.add(s.level);
    }
  }
  return [...levels];
}

/**
 * The selections of the scheme's share and score conditions, with where each is: a share of a
 * selection that matches no criterion at all can never be taken (SPEC §7: "an empty set is an
 * input error"), so each must match one.
 */
function sharedSelections(scheme: Scheme): Array<{ select: Selector[]; where: string }> {
  const found: Array<{ select: Selector[]; where: string }> = [];
  const look = (conditions: readonly Condition[], where: string) => {
    for (const c of conditions) if (c.kind === 'share' || c.kind === 'score') found.push({ select: c.select, where });
  };
  for (const rule of scheme.rules) {
    look(rule.when, `rule ${rule.id}`);
    if (rule.advisory) look(rule.advisory.when, `the advisory of rule ${rule.id}`);
  }
  for (const limiter of scheme.limiters) look(limiter.when, `limiter ${limiter.id}`);
  return found;
}

/** The criteria a selector matches statically (a `critical` selector matches by evidence only). */
function matchesAny(doc: CriteriaDocument, scheme: Scheme, selector: Selector): boolean {
  if (selector.critical === true) return true;
  return doc.criteria.some((c) => selectorMatches(selector, { level: c.level, theme: c.theme ?? '', flags: impliedFlags(flagsSet(c, scheme), scheme), critical: false }));
}

/** Flags with those they imply, in the scheme's order. */
export function impliedFlags(flags: readonly string[], scheme: Scheme): string[] {
  const all = new Set(flags);
  for (let grew = true; grew;) {
    grew = false;
    for (const flag of scheme.flags) {
      if (all.has(flag.id) && flag.implies !== undefined && !all.has(flag.implies)) {
        all.add(flag.implies);
        grew = true;
      }
    }
  }
  return scheme.flags.map((f) => f.id).filter((id) => all.has(id));
}

function frameworkIssues(doc: CriteriaDocument, scheme: Scheme): Issue[] {
  const issues: Issue[] = [];
  // Problems of the framework as a whole are shown at the start of its criteria list.
  const where = { path: ['criteria'] };
  const required: Selector[] = [...scheme.require, ...sharedLevels(scheme).map((level) => ({ level }))];
  const said = new Set<string>();
  const levelsMissing = new Set<string>();
  for (const selector of required) {
    const words = describeSelection([selector], scheme, 'criterion');
    if (said.has(words) || matchesAny(doc, scheme, selector)) continue;
    // A flag allowed only on levels already said to be missing is missing for that reason alone.
    const flag = selector.flag === undefined || selector.level !== undefined ? undefined : scheme.flags.find((f) => f.id === selector.flag);
    if (flag && flag.levels.every((l) => levelsMissing.has(l))) continue;
    if (selector.level !== undefined && selector.flag === undefined && selector.theme === undefined) levelsMissing.add(selector.level);
    said.add(words);
    issues.push({ code: 'require-unmatched', severity: 'error', ...where, message: `the framework has no ${words} (its scheme, ${scheme.id}, needs one)` });
  }
  for (const { select, where: place } of sharedSelections(scheme)) {
    // A selector at a level already said to be missing (or a flag allowed only there) is said.
    const saidMissing = (s: Selector) => (s.level !== undefined ? levelsMissing.has(s.level)
      : s.flag !== undefined && (scheme.flags.find((f) => f.id === s.flag)?.levels.every((l) => levelsMissing.has(l)) ?? false));
    if (select.some((s) => matchesAny(doc, scheme, s) || saidMissing(s))) continue;
    const words = describeSelection(select, scheme, 'criterion');
    if (said.has(words)) continue;
    said.add(words);
    issues.push({ code: 'require-unmatched', severity: 'error', ...where,
      message: `the framework has no ${words} (its scheme, ${scheme.id}, takes a share of them in ${place})` });
  }
  if (issues.length === 0) {
    for (const flag of scheme.flags) {
      if (!doc.criteria.some((c) => c[flag.id] === true)) {
        issues.push({ code: 'unused-flag', severity: 'warning', ...where, message: `the framework flags no ${flag.id} criterion` });
      }
    }
  }
  return issues;
}

function thresholdIssues(doc: CriteriaDocument, scheme: Scheme): Issue[] {
  const own = doc.thresholds ?? {};
  const known = Object.keys(scheme.thresholds);
  const issues: Issue[] = [];
  for (const name of Object.keys(own)) {
    if (!known.includes(name)) issues.push({ code: 'unknown-threshold', severity: 'error', path: ['thresholds', name], atKey: true,
      message: `${quote(name)} is not a threshold of scheme ${scheme.id}${known.length > 0 ? ` (${known.join(', ')})` : ' (it has none)'}${didYouMean(name, known)}` });
  }
  appendAll(issues, checkThresholdValues(own, ['thresholds']));
  const merged = { ...scheme.thresholds, ...own };
  appendAll(issues, checkIncreasing(scheme.increasing, merged, known, ['thresholds'],
    (name) => (own[name] !== undefined ? ['thresholds', name] : undefined)));
  return issues;
}

/**
 * The semantic checks of SPEC §2 and §7 on a schema-valid criteria document, or on what
 * `salvageCriteria` could read of an invalid one (whose arrays may have holes), against its
 * scheme. `stem` is the file name without `.yaml`. Pure: returns issues with document paths;
 * the loader positions them.
 */
export function checkCriteria(doc: CriteriaDocument, stem: string, scheme: Scheme): Issue[] {
  const issues: Issue[] = [];
  if (doc.framework !== stem) {
    issues.push({ code: 'framework-id-mismatch', severity: 'error', path: ['framework'],
      message: `framework id ${quote(doc.framework)} must equal the file stem ${quote(stem)}` });
  }
  if (RESERVED_FRAMEWORK_IDS.includes(doc.framework)) {
    issues.push({ code: 'framework-id-reserved', severity: 'error', path: ['framework'],
      message: `framework id ${quote(doc.framework)} is a command name and would shadow \`grade ${doc.framework}\`` });
  }
  const themes = doc.themes ?? [];
  // forEach, not map: a salvaged document's arrays may have holes (src/shared/salvage.ts).
  const themeIds = new Set<string>();
  themes.forEach((theme) => themeIds.add(theme.id));
  appendAll(issues, duplicates(themes, (t) => t.id, 'themes', 'theme'));
  appendAll(issues, duplicates(doc.excellence ?? [], (f) => f.id, 'excellence', 'excellence factor'));
  appendAll(issues, duplicates(doc.criteria, (c) => c.id, 'criteria', 'criterion'));
  doc.criteria.forEach((criterion, index) => appendAll(issues, criterionIssues(criterion, index, scheme, themeIds)));
  // A criterion of no known level may be the one a requirement counts: not counted falsely.
  const levels = scheme.levels.map((l) => l.id);
  const readable = doc.criteria.filter(() => true).every((c) => levels.includes(c.level));
  appendAll(issues, (readable ? frameworkIssues(doc, scheme) : []), thresholdIssues(doc, scheme), periodIssues(doc.period));
  return issues;
}
