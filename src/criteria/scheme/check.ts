import type { Issue } from '../../shared/diagnostics.js';
import { quote } from '../../shared/quote.js';
import { didYouMean } from '../../shared/suggest.js';
import { CONDITION_KINDS, type ConditionDocument, type SchemeDocument, type SelectionDocument } from './document.js';
import { COMPARATORS, JUDGEMENT_SHIFT, type Selector } from './model.js';
import { CRITERION_KEYS } from '../model.js';
import { appendAll } from '../../shared/append.js';
import { impliesCycles } from './implies-cycles.js';

type Path = Array<string | number>;

/** What a scheme's names resolve against. */
interface Names {
  grades: string[];
  levels: string[];
  flags: string[];
  thresholds: string[];
  scored: boolean;
  scores?: { min: number; max: number };
}

/**
 * The widest score scale (max − min): the search for the next grade and the margin moves
 * criteria a point at a time, and its work grows with the points a criterion can move
 * (docs/decisions.md).
 */
export const MAX_SCORE_SPAN = 100;

function selectorIssues(selector: Selector, names: Names, path: Path): Issue[] {
  const issues: Issue[] = [];
  if (selector.level !== undefined && !names.levels.includes(selector.level)) {
    issues.push({ code: 'unknown-level', severity: 'error', path: [...path, 'level'],
      message: `level ${quote(selector.level)} is not a level of this scheme (${names.levels.join(', ')})${didYouMean(selector.level, names.levels)}` });
  }
  if (selector.flag !== undefined && !names.flags.includes(selector.flag)) {
    issues.push({ code: 'unknown-flag', severity: 'error', path: [...path, 'flag'],
      message: `flag ${quote(selector.flag)} is not a flag of this scheme${names.flags.length > 0 ? ` (${names.flags.join(', ')})` : ' (it has none)'}${didYouMean(selector.flag, names.flags)}` });
  }
  return issues;
}

function selectionIssues(selection: SelectionDocument, names: Names, path: Path): Issue[] {
  if (Array.isArray(selection)) return selection.flatMap((s, i) => selectorIssues(s, names, [...path, i]));
  return selectorIssues(selection, names, path);
}

/** What a condition of each kind compares, in words ("a count of factors is compared with …"). */
const COMPARED: Readonly<Record<string, string>> = { count: 'a count', share: 'a share', score: 'a score', factors: 'a count of factors', concerns: 'a count of concerns' };

function valueIssues(value: number | string, kind: string, names: Names, path: Path): Issue[] {
  const what = COMPARED[kind] ?? `a ${kind}`;
  if (typeof value === 'string') {
    if (value === 'all') {
      return kind === 'count' || kind === 'factors' ? [] : [{ code: 'invalid-value', severity: 'error', path,
        message: `"all" is the size of a set: it compares a count or factors, not a ${kind}` }];
    }
    if (!names.thresholds.includes(value) || value === JUDGEMENT_SHIFT) {
      const usable = names.thresholds.filter((t) => t !== JUDGEMENT_SHIFT);
      return [{ code: 'unknown-threshold', severity: 'error', path,
        message: `${quote(value)} is not a threshold of this scheme${usable.length > 0 ? ` (${usable.join(', ')})` : ' (it has none)'}${didYouMean(value, usable)}` }];
    }
    // Thresholds are shares: a count of criteria, factors or concerns is a whole number.
    if (kind === 'count' || kind === 'factors' || kind === 'concerns') {
      return [{ code: 'invalid-value', severity: 'error', path,
        message: `${what} is compared with a whole number${kind === 'concerns' ? '' : ' or "all"'}, not the threshold ${quote(value)} (a share)` }];
    }
    return [];
  }
  if ((kind === 'share' || kind === 'score') && !(value > 0 && value <= 1)) {
    return [{ code: 'threshold-range', severity: 'error', path, message: `${what} is compared with a value in (0, 1]; got ${value}` }];
  }
  if ((kind === 'count' || kind === 'factors' || kind === 'concerns') && !(Number.isInteger(value) && value >= 0)) {
    return [{ code: 'invalid-value', severity: 'error', path, message: `${what} is compared with a whole number; got ${value}` }];
  }
  return [];
}

function comparatorIssues(holder: Record<string, unknown>, kind: string, names: Names, path: Path, keyPath: Path): Issue[] {
  const given = COMPARATORS.filter((c) => holder[c] !== undefined);
  if (given.length === 0) {
    return [{ code: 'comparator', severity: 'error', path: keyPath, atKey: true,
      message: `the ${kind} condition needs one comparator: ${COMPARATORS.join(', ')}` }];
  }
  if (given.length > 1) {
    return [{ code: 'comparator', severity: 'error', path: [...path, given[1] as string], atKey: true,
      message: `the ${kind} condition has ${given.length} comparators (${given.join(', ')}); it takes exactly one` }];
  }
  const comparator = given[0] as string;
  return valueIssues(holder[comparator] as number | string, kind, names, [...path, comparator]);
}

function conditionIssues(condition: ConditionDocument, names: Names, path: Path): Issue[] {
  const kinds = CONDITION_KINDS.filter((k) => condition[k] !== undefined);
  if (kinds.length !== 1) {
    return [{ code: 'condition-kind', severity: 'error', path,
      message: kinds.length === 0 ? `a condition needs one of ${CONDITION_KINDS.join(', ')}`
        : `a condition has one kind; this one has ${kinds.join(' and ')}` }];
  }
  const kind = kinds[0] as (typeof CONDITION_KINDS)[number];
  const issues: Issue[] = [];
  if (kind === 'factors' || kind === 'concerns') {
    const holder = condition[kind] as Record<string, unknown>;
    for (const key of ['of', ...COMPARATORS] as const) {
      if (condition[key] !== undefined) {
        issues.push({ code: 'comparator', severity: 'error', path: [...path, key], atKey: true,
          message: `"${key}" goes inside the ${kind} object (${kind}: { atLeast: 1 }), not beside it` });
      }
    }
    appendAll(issues, comparatorIssues(holder, kind, names, [...path, kind], [...path, kind]));
    return issues;
  }
  appendAll(issues, selectionIssues(condition[kind] as SelectionDocument, names, [...path, kind]));
  if (kind === 'score') {
    if (!names.scored) issues.push({ code: 'condition-unusable', severity: 'error', path: [...path, kind], atKey: true,
      message: 'a score condition needs a scored scheme (one with scores: { min, max, metAt })' });
    if (condition.of !== undefined) issues.push({ code: 'invalid-value', severity: 'error', path: [...path, 'of'], atKey: true,
      message: 'a score condition takes no "of": it is the sum of the scores over the most they could be' });
  } else if (condition.of === undefined) {
    issues.push({ code: 'missing-key', severity: 'error', path: [...path, kind], atKey: true,
      message: `the ${kind} condition needs "of": met, unmet, { scoreAtLeast: n } or { scoreAtMost: n }` });
  } else if (typeof condition.of === 'object' && !names.scored) {
    issues.push({ code: 'condition-unusable', severity: 'error', path: [...path, 'of'],
      message: 'counting by score needs a scored scheme (one with scores: { min, max, metAt })' });
  } else if (typeof condition.of === 'object' && names.scores) {
    const [key, n] = Object.entries(condition.of)[0] ?? ['', 0];
    if (typeof n === 'number' && (n < names.scores.min || n > names.scores.max)) {
      issues.push({ code: 'invalid-value', severity: 'error', path: [...path, 'of', key],
        message: `${key} ${n} is outside the scheme's scores, ${names.scores.min} to ${names.scores.max}` });
    }
  }
  appendAll(issues, comparatorIssues(condition as Record<string, unknown>, kind, names, path, [...path, kind]));
  return issues;
}

function conditionsIssues(list: readonly ConditionDocument[] | undefined, names: Names, path: Path): Issue[] {
  return (list ?? []).flatMap((c, i) => conditionIssues(c, names, [...path, i]));
}

function duplicateIds(items: ReadonlyArray<{ id: string }>, base: string, what: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ code: 'duplicate-id', severity: 'error', path: [base, index, 'id'], message: `duplicate ${what} id ${quote(item.id)}` });
    seen.add(item.id);
  });
  return issues;
}

function gradeIssue(grade: string, names: Names, path: Path): Issue[] {
  if (names.grades.includes(grade)) return [];
  return [{ code: 'unknown-grade', severity: 'error', path,
    message: `${quote(grade)} is not a grade of this scheme (${names.grades.join(', ')})${didYouMean(grade, names.grades)}` }];
}

function flagIssues(doc: SchemeDocument, names: Names): Issue[] {
  const issues: Issue[] = [];
  const flags = doc.flags ?? {};
  for (const [id, flag] of Object.entries(flags)) {
    // A criterion's own keys are read as its fields, never as flags: such a flag could never be set.
    if ((CRITERION_KEYS as readonly string[]).includes(id)) issues.push({ code: 'invalid-value', severity: 'error', path: ['flags', id], atKey: true,
      message: `flag ${quote(id)} is named as a key every criterion has (${CRITERION_KEYS.join(', ')}), so no criterion could set it; give the flag another name` });
    flag.levels.forEach((level, i) => {
      if (!names.levels.includes(level)) issues.push({ code: 'unknown-level', severity: 'error', path: ['flags', id, 'levels', i],
        message: `flag ${id}: level ${quote(level)} is not a level of this scheme (${names.levels.join(', ')})${didYouMean(level, names.levels)}` });
    });
    if (flag.implies !== undefined && !names.flags.includes(flag.implies)) {
      issues.push({ code: 'unknown-flag', severity: 'error', path: ['flags', id, 'implies'],
        message: `flag ${id} implies ${quote(flag.implies)}, which is not a flag of this scheme${didYouMean(flag.implies, names.flags)}` });
    }
  }
  appendAll(issues, impliesCycles(flags));
  return issues;
}

function thresholdIssues(doc: SchemeDocument): Issue[] {
  const issues: Issue[] = [];
  const thresholds = doc.thresholds ?? {};
  appendAll(issues, checkThresholdValues(thresholds, ['thresholds']));
  appendAll(issues, checkIncreasing(doc.increasing ?? [], thresholds, Object.keys(thresholds), ['increasing']));
  return issues;
}

/** maxJudgementShift a whole number of grades, every other threshold in (0, 1]. */
export function checkThresholdValues(thresholds: Record<string, number>, path: Path): Issue[] {
  const issues: Issue[] = [];
  for (const [name, value] of Object.entries(thresholds)) {
    // maxJudgementShift is a whole number of grades: the JSON Schema says so.
    if (name === JUDGEMENT_SHIFT) continue;
    if (!(value > 0 && value <= 1)) {
      issues.push({ code: 'threshold-range', severity: 'error', path: [...path, name], message: `thresholds.${name} must be in (0, 1]; got ${value}` });
    }
  }
  return issues;
}

/**
 * The `increasing` order: each named threshold less than the next. `at` gives the path an
 * order fault is shown at (the scheme's `increasing`, or a criteria file's own threshold).
 */
export function checkIncreasing(increasing: readonly string[], thresholds: Record<string, number>, known: readonly string[], path: Path,
  at?: (name: string) => Path | undefined): Issue[] {
  const issues: Issue[] = [];
  increasing.forEach((name, i) => {
    if (!known.includes(name)) issues.push({ code: 'unknown-threshold', severity: 'error', path: [...path, i],
      message: `${quote(name)} is not a threshold of this scheme${didYouMean(name, known)}` });
  });
  const inRange = (v: number | undefined): v is number => v !== undefined && v > 0 && v <= 1;
  for (let i = 1; i < increasing.length; i++) {
    const lowName = increasing[i - 1] as string;
    const highName = increasing[i] as string;
    const low = thresholds[lowName];
    const high = thresholds[highName];
    if (inRange(low) && inRange(high) && low >= high) {
      issues.push({ code: 'threshold-order', severity: 'error', path: at?.(lowName) ?? at?.(highName) ?? [...path, i],
        message: `thresholds.${lowName} (${low}) must be less than thresholds.${highName} (${high})` });
    }
  }
  return issues;
}

function ruleIssues(doc: SchemeDocument, names: Names): Issue[] {
  const issues: Issue[] = [...duplicateIds(doc.rules, 'rules', 'rule')];
  const otherwise = doc.rules.map((r, i) => (r.otherwise === true ? i : -1)).filter((i) => i >= 0);
  const last = doc.rules.length - 1;
  if (otherwise.length === 0) {
    issues.push({ code: 'otherwise-rule', severity: 'error', path: ['rules', last],
      message: 'the last rule must be `otherwise: true`, so that every evidence gets a grade' });
  }
  for (const at of otherwise) {
    if (at !== last) issues.push({ code: 'unreachable-rule', severity: 'error', path: ['rules', at + 1],
      message: `rule ${quote(doc.rules[at + 1]?.id ?? '')} can never be reached: rule "${doc.rules[at]?.id ?? ''}" before it is otherwise: true (only the last rule may be)` });
  }
  doc.rules.forEach((rule, i) => {
    appendAll(issues, gradeIssue(rule.grade, names, ['rules', i, 'grade']));
    if (rule.otherwise === true && rule.when !== undefined) {
      issues.push({ code: 'otherwise-rule', severity: 'error', path: ['rules', i, 'when'], atKey: true,
        message: `rule ${rule.id} is otherwise: true and so has no "when"` });
    } else if (rule.otherwise !== true && rule.when === undefined) {
      issues.push({ code: 'missing-key', severity: 'error', path: ['rules', i], message: `rule ${rule.id} needs "when" (or otherwise: true if it is the last)` });
    }
    appendAll(issues, conditionsIssues(rule.when, names, ['rules', i, 'when']));
    if (rule.advisory) appendAll(issues, conditionsIssues(rule.advisory.when, names, ['rules', i, 'advisory', 'when']));
  });
  const top = doc.grades[doc.grades.length - 1]?.id;
  (doc.limiters ?? []).forEach((limiter, i) => {
    appendAll(issues, gradeIssue(limiter.cap, names, ['limiters', i, 'cap']), conditionsIssues(limiter.when, names, ['limiters', i, 'when']));
    if (limiter.cap === top) issues.push({ code: 'rule-never-holds', severity: 'warning', path: ['limiters', i, 'cap'],
      message: `limiter ${limiter.id} caps at the top grade ${top}, so it can never lower a grade` });
  });
  appendAll(issues, duplicateIds(doc.limiters ?? [], 'limiters', 'limiter'));
  return issues;
}

/**
 * The semantic checks of SPEC §7 on a schema-valid scheme document. `stem` is the file name
 * without `.yaml`. Pure: returns issues with document paths; the loader positions them.
 */
export function checkScheme(doc: SchemeDocument, stem: string): Issue[] {
  const names: Names = {
    grades: doc.grades.map((g) => g.id),
    levels: doc.levels.map((l) => l.id),
    flags: Object.keys(doc.flags ?? {}),
    thresholds: Object.keys(doc.thresholds ?? {}),
    scored: doc.scores !== undefined,
    ...(doc.scores ? { scores: doc.scores } : {}),
  };
  const issues: Issue[] = [];
  if (doc.scheme !== stem) {
    issues.push({ code: 'scheme-id-mismatch', severity: 'error', path: ['scheme'], message: `scheme id ${quote(doc.scheme)} must equal the file stem ${quote(stem)}` });
  }
  appendAll(issues, duplicateIds(doc.grades, 'grades', 'grade'), duplicateIds(doc.levels, 'levels', 'level'));
  appendAll(issues, flagIssues(doc, names), thresholdIssues(doc));
  (doc.require ?? []).forEach((selector, i) => appendAll(issues, selectorIssues(selector, names, ['require', i])));
  const scores = doc.scores;
  if (scores && !(scores.min < scores.max && scores.metAt > scores.min && scores.metAt <= scores.max)) {
    issues.push({ code: 'invalid-value', severity: 'error', path: ['scores'],
      message: `scores need min < metAt <= max; got min ${scores.min}, metAt ${scores.metAt}, max ${scores.max}` });
  } else if (scores && scores.max - scores.min > MAX_SCORE_SPAN) {
    issues.push({ code: 'invalid-value', severity: 'error', path: ['scores', 'max'],
      message: `scores span at most ${MAX_SCORE_SPAN} points from min to max (0 to 100 is the widest scale graded exactly); got ${scores.min} to ${scores.max}` });
  }
  appendAll(issues, ruleIssues(doc, names));
  return issues;
}
