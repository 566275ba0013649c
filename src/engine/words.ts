import { describeSelection } from '../criteria/scheme/selectors.js';
import { titleOf, type Comparator, type Counted } from '../criteria/scheme/model.js';
import type { CompiledCondition, CompiledScheme } from '../criteria/scheme/compile.js';
import type { Measure } from './conditions.js';
import { comparedPercents, percent, plural, thresholdPercent } from './format.js';

const COMPARATOR_WORDS: Record<Comparator, string> = { atLeast: 'at least', moreThan: 'more than', atMost: 'at most', below: 'less than' };
/** The comparator that holds exactly when the given one does not. */
const NEGATION: Record<Comparator, Comparator> = { atLeast: 'below', moreThan: 'atMost', atMost: 'moreThan', below: 'atLeast' };

function countedWords(counted: Counted, compiled: CompiledScheme): string {
  if (counted === 'met') return 'met';
  if (counted === 'unmet') return 'not met';
  // At the end of the scale there is nothing more or less: "scored 1", not "scored 1 or less".
  const scores = compiled.scheme.scores;
  if ('scoreAtLeast' in counted) return counted.scoreAtLeast === scores?.max ? `scored ${counted.scoreAtLeast}` : `scored ${counted.scoreAtLeast} or more`;
  return counted.scoreAtMost === scores?.min ? `scored ${counted.scoreAtMost}` : `scored ${counted.scoreAtMost} or less`;
}

function selectionWords(compiled: CompiledScheme, condition: CompiledCondition, noun: 'criterion' | 'criteria'): string {
  const selection = compiled.selections[condition.selection];
  return selection ? describeSelection(selection.selectors, compiled.scheme, noun) : '';
}

function valueWords(condition: CompiledCondition, m: Measure, asShare: boolean, shownThreshold: string | undefined): string {
  if (condition.value === 'all') return `all ${m.total}`;
  return asShare ? shownThreshold ?? thresholdPercent(condition.value) : String(condition.value);
}

/** A share or score condition's measure and threshold as percentages that read in the order of their exact comparison. */
function shownPercents(condition: CompiledCondition, m: Measure): { share: string; threshold: string | undefined } {
  if (typeof condition.value === 'number') return comparedPercents(m.count, m.total, condition.value);
  return { share: percent(m.total === 0 ? 0 : m.count / m.total), threshold: undefined };
}

/** ", Good needs more than 50%": what the condition asks, said by whoever needs it. */
function need(condition: CompiledCondition, m: Measure, lead: string, shownThreshold?: string): string {
  const asShare = condition.kind === 'share' || condition.kind === 'score';
  return `${lead ? `${lead} needs ` : ''}${COMPARATOR_WORDS[condition.comparator]} ${valueWords(condition, m, asShare, shownThreshold)}`;
}

/**
 * A condition and what it measured, in words: `all 12 Fair criteria met`, `7 of 10 Good criteria
 * met (70%), Good needs more than 50%`, `every excellence factor met`. `lead` is who needs it
 * (a grade's title), or '' for an advisory or limiter.
 */
export function conditionWords(compiled: CompiledScheme, condition: CompiledCondition, m: Measure, lead: string): string {
  switch (condition.kind) {
    case 'factors':
      if (condition.value === 'all' && condition.comparator === 'atLeast' && m.count === m.total) return 'every excellence factor met';
      return `${m.count} of ${plural(m.total, 'excellence factor', 'excellence factors')} met, ${need(condition, m, lead)}`;
    case 'concerns':
      return `${plural(m.count, 'cause of concern', 'causes of concern')} recorded, ${need(condition, m, lead)}`;
    case 'score': {
      const shown = shownPercents(condition, m);
      return `${selectionWords(compiled, condition, 'criteria')} scored ${m.count} of ${m.total} (${shown.share}), ${need(condition, m, lead, shown.threshold)}`;
    }
    case 'share': {
      const shown = shownPercents(condition, m);
      return `${m.count} of ${m.total} ${selectionWords(compiled, condition, 'criteria')} ${countedWords(condition.counted, compiled)} (${shown.share}), ${need(condition, m, lead, shown.threshold)}`;
    }
    default: {
      const noun = m.total === 1 ? 'criterion' : 'criteria';
      if (condition.counted === 'unmet' && m.count === 0) return `all ${m.total} ${selectionWords(compiled, condition, noun)} met`;
      if (condition.counted === 'unmet' && condition.comparator === 'atMost' && condition.value === 0) {
        return `${m.total - m.count} of ${m.total} ${selectionWords(compiled, condition, 'criteria')} met`;
      }
      const plain = condition.comparator === 'atLeast' && condition.value === 1;
      return `${m.count} of ${m.total} ${selectionWords(compiled, condition, noun)} ${countedWords(condition.counted, compiled)}${plain ? '' : `, ${need(condition, m, lead)}`}`;
    }
  }
}

/**
 * A condition's measure without what it asks: for the conditions of lower rules, which the
 * deciding grade got past (`all 8 significant Fair criteria met`, `no cause of concern recorded`).
 */
export function stateWords(compiled: CompiledScheme, condition: CompiledCondition, m: Measure): string {
  switch (condition.kind) {
    case 'concerns':
      return m.count === 0 ? 'no cause of concern recorded' : `${plural(m.count, 'cause of concern', 'causes of concern')} recorded`;
    case 'factors':
      return m.count === m.total ? 'every excellence factor met' : `${m.count} of ${plural(m.total, 'excellence factor', 'excellence factors')} met`;
    default:
      return conditionWords(compiled, condition, m, '').replace(/, (at least|more than|at most|less than) [^,;]*$/, '');
  }
}

/**
 * Why a condition that does not hold keeps `title` from being reached: `Good needs every Fair
 * criterion met; 2 of 12 not met: NP-F3, NP-F4`, or the condition's words.
 */
export function failureWords(compiled: CompiledScheme, condition: CompiledCondition, m: Measure, title: string, counted: readonly string[]): string {
  if (condition.kind === 'count' && condition.counted === 'unmet' && condition.comparator === 'atMost' && condition.value === 0) {
    return `${title} needs every ${selectionWords(compiled, condition, 'criterion')} met; ${m.count} of ${m.total} not met: ${counted.join(', ')}`;
  }
  return conditionWords(compiled, condition, m, title);
}

/**
 * The condition that holds exactly when `condition` does not. Counts are whole numbers, so a
 * negated bound is said the plain way: "fewer than 2" as "at most 1", "more than 1" as "at least 2".
 */
function negation(condition: CompiledCondition): CompiledCondition {
  const comparator = NEGATION[condition.comparator];
  const value = condition.value;
  if (condition.kind === 'share' || condition.kind === 'score' || value === 'all') return { ...condition, comparator };
  if (comparator === 'below' && value >= 1) return { ...condition, comparator: 'atMost', value: value - 1 };
  if (comparator === 'moreThan') return { ...condition, comparator: 'atLeast', value: value + 1 };
  return { ...condition, comparator };
}

/** What the evidence has against a blocking condition: `2 not met: C1 "…"`, `2 of 3 not met (67%)`. */
function blockingMeasure(compiled: CompiledScheme, condition: CompiledCondition, m: Measure, named: string, share: string): string {
  if (condition.kind === 'factors') return `${m.count} met`;
  if (condition.kind === 'score') return `scored ${m.count} of ${m.total} (${share})`;
  if (condition.kind === 'share') return `${m.count} of ${m.total} ${countedWords(condition.counted, compiled)} (${share})`;
  // The criteria a count of failures counts are named; those a count of what is achieved counts are not.
  const failures = condition.counted !== 'met' && !(typeof condition.counted === 'object' && 'scoreAtLeast' in condition.counted);
  if (!failures || named === '') return `${m.count} ${countedWords(condition.counted, compiled)}`;
  return requirementWords(compiled, negation(condition)).startsWith('every ') ? `not met: ${named}` : `${m.count} ${countedWords(condition.counted, compiled)}: ${named}`;
}

/**
 * What a lower rule's condition that holds would have to stop being for `title` to be reached:
 * `Fair needs every significant Fair criterion met; not met: NP-F3 "…"`, `Mid needs at most 1 key
 * Core criterion not met; 2 not met: C1 "…"; C2 "…"`.
 */
export function blockingWords(compiled: CompiledScheme, condition: CompiledCondition, m: Measure, title: string, named: string): string {
  if (condition.kind === 'concerns') {
    const negated = NEGATION[condition.comparator];
    const asks = negated === 'below' && value1(condition) ? 'no cause of concern' : `${COMPARATOR_WORDS[negated]} ${String(condition.value)} causes of concern`;
    return `${title} needs ${asks}; ${m.count} recorded`;
  }
  const shown = shownPercents(condition, m);
  return `${title} needs ${requirementWords(compiled, negation(condition), shown.threshold)}; ${blockingMeasure(compiled, condition, m, named, shown.share)}`;
}

function value1(condition: CompiledCondition): boolean {
  return condition.value === 1;
}

/** A grade's title in its scheme. */
export function gradeTitle(compiled: CompiledScheme, grade: string): string {
  return titleOf(compiled.scheme.grades, grade);
}

/**
 * A condition as a requirement, without any evidence: `every Fair criterion met`, `more than 50%
 * of Good criteria met`, `every excellence factor met`, `at least 1 cause of concern`.
 */
export function requirementWords(compiled: CompiledScheme, condition: CompiledCondition, shownThreshold?: string): string {
  const value = condition.value;
  const cmp = COMPARATOR_WORDS[condition.comparator];
  const many = (v: number | 'all') => v === 'all' || v !== 1;
  switch (condition.kind) {
    case 'factors':
      return value === 'all' && condition.comparator === 'atLeast' ? 'every excellence factor met' : `${cmp} ${value} excellence factor${many(value) ? 's' : ''} met`;
    case 'concerns':
      return `${cmp} ${value} cause${many(value) ? 's' : ''} of concern`;
    case 'score':
      return `${selectionWords(compiled, condition, 'criteria')} scored ${cmp} ${shownThreshold ?? thresholdPercent(value as number)} of the most they could`;
    case 'share':
      return `${cmp} ${shownThreshold ?? thresholdPercent(value as number)} of ${selectionWords(compiled, condition, 'criteria')} ${countedWords(condition.counted, compiled)}`;
    default:
      if (condition.counted === 'unmet' && condition.comparator === 'atMost' && value === 0) return `every ${selectionWords(compiled, condition, 'criterion')} met`;
      if (value === 'all' && condition.comparator === 'atLeast') return `every ${selectionWords(compiled, condition, 'criterion')} ${countedWords(condition.counted, compiled)}`;
      return `${cmp} ${value} ${selectionWords(compiled, condition, many(value) ? 'criteria' : 'criterion')} ${countedWords(condition.counted, compiled)}`;
  }
}

/** A rule in words with its grade: `Good: every Fair criterion met, and more than 50% of Good criteria met`. */
export function ruleTitle(compiled: CompiledScheme, rule: CompiledScheme['rules'][number]): string {
  const grade = gradeTitle(compiled, rule.grade);
  return rule.otherwise ? `${grade}: no other rule holds` : `${grade}: ${rule.when.map((c) => requirementWords(compiled, c)).join(', and ')}`;
}

/** The scheme's rules and limiters in words, one sentence each, with this framework's thresholds. */
export function rulesInWords(compiled: CompiledScheme): string[] {
  const rules = compiled.rules.map((rule) => (rule.otherwise
    ? `${gradeTitle(compiled, rule.grade)} otherwise.`
    : `${gradeTitle(compiled, rule.grade)} when ${rule.when.map((c) => requirementWords(compiled, c)).join(', and ')}.`));
  const limiters = compiled.limiters.map((l) => `At most ${gradeTitle(compiled, l.cap)} when ${l.when.map((c) => requirementWords(compiled, c)).join(', and ')} (${l.id}).`);
  return [...rules, ...limiters];
}

/**
 * The scheme's advisories in words, one sentence each: when a grade that a rule gives is to go
 * to moderation (hmic-2007: a Poor from significant criteria alone that is not "well short").
 */
export function advisoriesInWords(compiled: CompiledScheme): string[] {
  return compiled.rules.flatMap((rule) => (rule.advisory
    ? [`${gradeTitle(compiled, rule.grade)} by rule "${rule.id}" is referred to moderation (${rule.advisory.code}) when ${rule.advisory.when.map((c) => requirementWords(compiled, c)).join(', and ')}.`]
    : []));
}
