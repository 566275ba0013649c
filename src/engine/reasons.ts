import type { CompiledCondition, CompiledRule } from '../criteria/scheme/compile.js';
import { compare } from './conditions.js';
import { namedList } from './format.js';
import { countedCriteria, inSelection, labelIn, labelWords, measured, type ExplainContext } from './explain-context.js';
import type { CriterionResult, Decision, DecidingCriterion, LimiterResult, NextGrade } from './result.js';
import { blockingWords, conditionWords, failureWords, gradeTitle, ruleTitle, stateWords } from './words.js';
import { appendAll } from '../shared/append.js';

/** A count of unmet criteria that must be at least some number: a condition that names failures. */
function namesFailures(condition: CompiledCondition): boolean {
  return condition.kind === 'count' && condition.counted === 'unmet';
}

function criterionLine(context: ExplainContext, condition: CompiledCondition, c: CriterionResult): string {
  return `${c.id} (${labelWords(context, labelIn(context, condition, c))}) is ${c.status}: "${c.text}"`;
}

/** The words of a list of conditions, and a line per failure the counts of unmet criteria name. */
function conditionsSaid(context: ExplainContext, conditions: readonly CompiledCondition[], lead: string,
  passed: ReadonlySet<CompiledCondition> = new Set()): { words: string[]; lines: string[] } {
  const words: string[] = [];
  // A criterion two conditions count the same way is one line, not two.
  const lines = new Set<string>();
  for (const condition of conditions) {
    const m = measured(context, condition);
    words.push(passed.has(condition) ? stateWords(context.compiled, condition, m) : conditionWords(context.compiled, condition, m, lead));
    if (namesFailures(condition)) for (const c of countedCriteria(context, condition)) lines.add(criterionLine(context, condition, c));
  }
  return { words, lines: [...lines] };
}

/** The rules tried before `rule`, in order. */
function before(context: ExplainContext, rule: CompiledRule): CompiledRule[] {
  const rules = context.compiled.rules;
  return rules.slice(0, rules.indexOf(rule));
}

/**
 * The summary of the deciding rule: its conditions' counts; for the `otherwise` rule, those of the
 * last lower rule not to hold and of the rule tried just before it.
 */
function summaryConditions(context: ExplainContext, rule: CompiledRule): CompiledCondition[] {
  return rule.otherwise ? [...lowerPassed(context, rule), ...(lastHigher(context, rule)?.when ?? [])] : rule.when;
}

/** For an `otherwise` rule: the conditions of the last lower rule tried, which did not hold. */
function lowerPassed(context: ExplainContext, rule: CompiledRule): CompiledCondition[] {
  const lower = before(context, rule).filter((r) => r.rank < rule.rank);
  return lower[lower.length - 1]?.when ?? [];
}

function lastHigher(context: ExplainContext, rule: CompiledRule): CompiledRule | undefined {
  const tried = before(context, rule);
  const last = tried[tried.length - 1];
  return last && last.rank > rule.rank ? last : undefined;
}

/** Why the grade of `rule` was not reached: its conditions that fail, or the lower rules that held first. */
function whyRuleNot(context: ExplainContext, rule: CompiledRule, title: string, named: Set<string>, blockersSaid: Set<CompiledRule>): string[] {
  const out: string[] = [];
  const decided = context.decided.rule;
  const nextUp = context.compiled.scheme.grades[context.decided.rank + 1];
  const blockers = before(context, rule).filter((r) => r.rank < rule.rank && r === decided);
  if (rule.otherwise || nextUp?.id === rule.grade) {
    for (const blocker of before(context, rule).filter((r) => r.rank < rule.rank)) {
      // A lower rule that holds blocks every later rule of the grade alike: said once per grade.
      if (blockersSaid.has(blocker)) continue;
      blockersSaid.add(blocker);
      for (const condition of blocker.when) {
        const m = measured(context, condition);
        if (!compare(condition, m)) continue;
        const fresh = countedCriteria(context, condition).filter((c) => !named.has(c.id));
        if (namesFailures(condition) && fresh.length === 0) continue;
        fresh.forEach((c) => named.add(c.id));
        out.push(blockingWords(context.compiled, condition, m, title, namedList(fresh)));
      }
    }
  } else if (blockers.length > 0 && nextUp) {
    out.push(`${title} needs ${nextUp.title} first`);
  }
  for (const condition of rule.when) {
    const m = measured(context, condition);
    if (compare(condition, m)) continue;
    if (condition.kind === 'factors') {
      for (const f of context.factors) if (f.status !== 'met') out.push(`excellence factor "${f.factor}" is ${f.evidenced ? f.status : 'not evidenced'}`);
      continue;
    }
    out.push(failureWords(context.compiled, condition, m, title, countedCriteria(context, condition).map((c) => c.id)));
  }
  return out;
}

/** For each grade above the computed one, lowest first: why it was not reached. */
function notReached(context: ExplainContext, limiters: readonly LimiterResult[]): Decision['notReached'] {
  const { scheme } = context.compiled;
  return scheme.grades.slice(context.decided.rank + 1).map((grade) => {
    const title = grade.title;
    const rules = context.compiled.rules.filter((r) => r.grade === grade.id);
    const reasons: string[] = [];
    const blockersSaid = new Set<CompiledRule>();
    for (const rule of rules) {
      const said = whyRuleNot(context, rule, title, new Set(), blockersSaid);
      appendAll(reasons, (rules.length > 1 ? said.map((s) => `rule "${rule.id}": ${s}`) : said));
    }
    const rank = scheme.grades.indexOf(grade);
    for (const limiter of limiters) {
      const cap = scheme.grades.findIndex((g) => g.id === limiter.cap);
      if (cap < rank) reasons.push(`${title} is capped at ${gradeTitle(context.compiled, limiter.cap)} by ${limiter.id}: ${limiter.reasons.join('; ')}`);
    }
    return { grade: grade.id, reasons };
  });
}

/** The limiters that lowered the grade, each with its conditions' words. */
export function limiterResults(context: ExplainContext): LimiterResult[] {
  return context.compiled.limiters.filter((l) => context.decided.limiters.includes(l.id)).map((limiter) => {
    const { words, lines } = conditionsSaid(context, limiter.when, '');
    return { id: limiter.id, cap: limiter.cap, reasons: [...words, ...lines] };
  });
}

/**
 * The decision in words (SPEC §1 "Justification"): the rule with its counts, the failures it
 * names, the limiters, why each higher grade was not reached, and the criteria that decided it
 * (the failures the rule or a limiter counts, else the candidates for the next grade).
 */
export function explain(context: ExplainContext, nextGrade: NextGrade | null, limiters: readonly LimiterResult[]): Decision {
  const rule = context.decided.rule;
  const lead = gradeTitle(context.compiled, rule.otherwise ? context.compiled.scheme.grades[rule.rank + 1]?.id ?? rule.grade : rule.grade);
  const passed = new Set(rule.otherwise ? lowerPassed(context, rule) : []);
  const { words, lines } = conditionsSaid(context, summaryConditions(context, rule), lead, passed);
  const summary = words.join('; ');
  const capped = limiters.map((l) => `capped at ${gradeTitle(context.compiled, l.cap)} by ${l.id}: ${l.reasons.join('; ')}`);
  const deciding: DecidingCriterion[] = [];
  const add = (condition: CompiledCondition | undefined, c: CriterionResult) => {
    if (!deciding.some((d) => d.id === c.id)) deciding.push({ id: c.id, text: c.text, status: c.status, reason: labelIn(context, condition, c) });
  };
  if (!rule.otherwise) for (const condition of rule.when) if (namesFailures(condition) && condition.comparator !== 'atMost') countedCriteria(context, condition).forEach((c) => add(condition, c));
  for (const limiter of context.compiled.limiters.filter((l) => context.decided.limiters.includes(l.id))) {
    for (const condition of limiter.when) if (condition.kind === 'count') countedCriteria(context, condition).forEach((c) => add(condition, c));
  }
  // The failures a lower grade's rule counts (hmic-2007's Fair: the unmet Fair criteria), else the candidates.
  if (deciding.length === 0) {
    for (const condition of summaryConditions(context, rule)) {
      if (namesFailures(condition) && !compare(condition, measured(context, condition))) countedCriteria(context, condition).forEach((c) => add(condition, c));
    }
  }
  // Below the top grade, the criteria the rule's share leaves out (hmic-2007's Good: the unmet Good criteria).
  if (deciding.length === 0 && nextGrade) {
    for (const condition of summaryConditions(context, rule)) {
      if (condition.kind !== 'share' || condition.counted !== 'met') continue;
      context.all.forEach((c, i) => { if (inSelection(context, condition, i) && c.status !== 'met') add(condition, c); });
    }
  }
  if (deciding.length === 0 && nextGrade) {
    const candidates = new Set(nextGrade.candidates);
    context.all.forEach((c) => { if (candidates.has(c.id)) add(undefined, c); });
  }
  return { rule: rule.id, title: ruleTitle(context.compiled, rule), summary, reasons: [summary, ...lines, ...capped], notReached: notReached(context, limiters), deciding };
}
