import type { CriterionResult, GradeResult } from '../../engine/result.js';
import type { Status } from '../../shared/grades.js';
import { MOVEMENT_TITLES } from '../../shared/movement.js';
import { gradeTitleOn } from '../display.js';
import { fallWords } from '../../criteria/scheme/model.js';
import { byCodeUnit } from '../../shared/order.js';

/** A block of criteria sharing a level and a theme, in the order renderers show them. */
export interface CriterionGroup {
  level: string;
  levelTitle: string;
  themeTitle: string;
  criteria: CriterionResult[];
}

/**
 * Criteria grouped by level (in the scheme's order: hmic-2007's Fair first) and then by theme in the criteria file's theme order;
 * criteria keep their file order within a group. Shared by every renderer that lists criteria.
 */
export function groupCriteria(result: GradeResult): CriterionGroup[] {
  const themeOrder = new Map(result.themes.map((t, i) => [t.id, i]));
  const themeTitle = new Map(result.themes.map((t) => [t.id, t.title]));
  const groups: CriterionGroup[] = [];
  for (const { id: level, title: levelTitle } of result.scheme.levels) {
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
        levelTitle,
        themeTitle: themeTitle.get(theme) ?? (theme === '' ? 'General' : theme),
        criteria: byTheme.get(theme) ?? [],
      });
    }
  }
  return groups;
}

/** Short flags for a criterion: its most particular flag (dominant rather than significant), critical, no finding. */
export function criterionFlags(criterion: CriterionResult): string[] {
  const flags: string[] = [];
  const particular = criterion.flags[criterion.flags.length - 1];
  if (particular !== undefined) flags.push(particular);
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
export function gradeHeadline(result: GradeResult, title: (grade: string) => string = (g) => gradeTitleOn(result.scheme, g)): string {
  const details: string[] = [];
  if (result.judgement && result.grade !== result.computedGrade) details.push(`professional judgement; computed ${title(result.computedGrade)}`);
  else if (result.judgement) details.push('confirmed by professional judgement');
  const provisional = provisionalNote(result);
  if (provisional) details.push(provisional);
  return details.length > 0 ? `${title(result.grade)} (${details.join('; ')})` : title(result.grade);
}

/**
 * The direction of travel from an earlier round (SPEC §3 `previous`): "Improved since 2005/06
 * (Fair then)", or why the grades cannot be compared; undefined without a previous grade.
 */
export function directionSentence(result: Pick<GradeResult, 'direction' | 'scheme'>): string | undefined {
  const d = result.direction;
  if (!d) return undefined;
  const then = gradeTitleOn(result.scheme, d.previous);
  if (d.movement === 'not-comparable') return `Not comparable with ${d.round} (${then} then): ${d.note ?? 'another scale'}`;
  return `${MOVEMENT_TITLES[d.movement]} since ${d.round} (${then} then)`;
}

/** The next-grade sentence: how many findings must change and which could. */
export function nextGradeSentence(result: GradeResult): string | undefined {
  const next = result.nextGrade;
  if (!next) return undefined;
  const parts: string[] = [];
  // In a scored scheme a change is a score point, and one criterion may take several.
  const scored = isScored(result);
  if (next.required.length > 0) parts.push(`${next.required.join(', ')} ${next.required.length === 1 ? 'must' : 'must all'} ${scored ? 'score higher' : 'become met'}`);
  if (next.fromOne) parts.push(`all on one of ${next.candidates.join(', ')}`);
  else if (next.additional > 0) {
    const required = new Set(next.required);
    const pool = next.candidates.filter((id) => !required.has(id));
    parts.push(`${next.additional} more ${scored ? `score point${next.additional === 1 ? '' : 's'} from` : 'of'} ${pool.join(', ')}`);
  }
  const title = gradeTitleOn(result.scheme, next.grade);
  if (next.searchGaveUp) return `${title}: how few better findings would reach it ${gaveUpWords}`;
  if (next.changesNeeded === null) return `${title} cannot be reached ${countedFrom(result)} by findings alone (a rule or limiter that findings do not change holds)`;
  return `${title} is ${changes(result, next.changesNeeded)} away ${countedFrom(result)}: ${parts.join('; and ')}`;
}

/** When the exact search stopped at its limit (a framework of very many classes of criteria and conditions). */
const gaveUpWords = 'was not worked out: the exact search stopped at its limit (too many combinations of findings to try)';

/** True when the result's findings carry scores (a scored scheme). */
function isScored(result: Pick<GradeResult, 'criteria'>): boolean {
  return result.criteria.some((c) => c.score !== undefined);
}

/** "1 finding", "3 findings"; in a scored scheme the changes are score points. */
function changes(result: GradeResult, n: number): string {
  return isScored(result) ? `${n} score point${n === 1 ? '' : 's'}` : `${n} finding${n === 1 ? '' : 's'}`;
}

/**
 * The margin sentence (SPEC §5 `margin`): "Good holds by 1 finding (a worse one gives Fair or lower):
 * NP-G17 or NP-G16 or …"; undefined at the lowest grade.
 */
export function marginSentence(result: GradeResult): string | undefined {
  const margin = result.margin;
  if (!margin) return undefined;
  const computed = gradeTitleOn(result.scheme, result.computedGrade);
  const lower = fallWords(result.scheme.grades, margin.grade);
  if (margin.searchGaveUp) return `${computed}: how few worse findings would give ${lower} ${gaveUpWords}`;
  if (margin.changesNeeded === null) return `${computed} cannot fall to ${lower} by findings getting worse`;
  const parts: string[] = [];
  if (margin.required.length > 0) parts.push(margin.required.join(' and '));
  if (margin.fromOne) parts.push(`all on one of ${margin.candidates.join(', ')}`);
  else if (margin.additional > 0) {
    const required = new Set(margin.required);
    const pool = margin.candidates.filter((id) => !required.has(id));
    if (margin.additional === 1) parts.push(pool.join(' or '));
    else parts.push(isScored(result) ? `${changes(result, margin.additional)} from ${pool.join(', ')}` : `any ${margin.additional} of ${pool.join(', ')}`);
  }
  const n = margin.changesNeeded;
  return `${computed} holds by ${changes(result, n)} (${n === 1 ? 'a worse one' : 'worse ones'} ${n === 1 ? 'gives' : 'give'} ${lower}): ${parts.join('; and ')}`;
}

/**
 * The grade the next grade counts from: the computed one ("from Good"; "from the computed Good"
 * when a judgement gave another grade), since findings, not the judgement, move it.
 */
export function countedFrom(result: GradeResult): string {
  const computed = gradeTitleOn(result.scheme, result.computedGrade);
  return result.judgement && result.grade !== result.computedGrade ? `from the computed ${computed}` : `from ${computed}`;
}

/**
 * A criterion or excellence factor that the justification rests on, with what the evidence says
 * of it: one entry per deciding criterion and per next-grade candidate (each once).
 */
export interface CitedFinding {
  kind: 'criterion' | 'factor';
  id: string;
  /** How it is named: a criterion by its id, a factor by its title. */
  label: string;
  status: Status;
  /** A criterion's score, in a scored scheme. */
  score?: number | undefined;
  /** A criterion's flags (`criterionFlags`); a factor has none. */
  flags: string[];
  /** Why it is listed: "decided the grade", "must become met for Excellent", … */
  roles: string[];
  evidence: string[];
  sources: string[];
  /** The evidence has no finding for it (a criterion under --allow-incomplete, or a factor not mentioned). */
  unanswered: boolean;
}

/**
 * The findings behind a grade, in the order the justification names them: the criteria that
 * decided the computed grade, then the next grade's required ids, then its other candidates.
 * Linear in the criteria and factors (one map each).
 */
export function findingsBehindGrade(result: GradeResult): CitedFinding[] {
  const criteria = new Map(result.criteria.map((c) => [c.id, c]));
  const factors = new Map(result.excellence.map((f) => [f.factor, f]));
  const listed = new Map<string, CitedFinding>();
  const add = (id: string, role: string) => {
    const seen = listed.get(id);
    if (seen) { if (!seen.roles.includes(role)) seen.roles.push(role); return; }
    const criterion = criteria.get(id);
    if (criterion) {
      listed.set(id, { kind: 'criterion', id, label: id, status: criterion.status, score: criterion.score, flags: criterionFlags(criterion).filter((f) => f !== 'no finding'),
        roles: [role], evidence: criterion.evidence, sources: criterion.sources, unanswered: criterion.missing });
      return;
    }
    const factor = factors.get(id);
    if (factor) {
      listed.set(id, { kind: 'factor', id, label: `${factor.title} (excellence factor)`, status: factor.status, flags: [],
        roles: [role], evidence: factor.evidence, sources: factor.sources, unanswered: !factor.evidenced });
    }
  };
  const next = result.nextGrade;
  const above = next ? gradeTitleOn(result.scheme, next.grade) : undefined;
  const flagIds = new Set(result.scheme.flags.map((f) => f.id));
  const firstLevel = result.scheme.levels[0]?.id;
  const required = new Set(next?.required ?? []);
  const candidates = new Set(next?.candidates ?? []);
  const mustChange = isScored(result) ? 'must score higher' : 'must become met';
  const candidateRole = (id: string) => (required.has(id) ? `${mustChange} for ${above ?? ''}` : `could count towards ${above ?? ''}`);
  for (const c of result.decision.deciding) {
    // A failed dominant, critical or significant criterion gave Poor; an unmet Fair one kept the
    // grade from Good; an unmet Good one is named by what it could do for the next grade.
    if (c.reason === 'critical' || flagIds.has(c.reason)) add(c.id, 'decided the grade');
    else if (c.reason === firstLevel && above !== undefined && c.status !== 'met') add(c.id, `kept the grade from ${above}`);
    else if (!candidates.has(c.id)) add(c.id, 'not met');
    if (candidates.has(c.id)) add(c.id, candidateRole(c.id));
  }
  for (const id of next?.required ?? []) add(id, candidateRole(id));
  for (const id of next?.candidates ?? []) add(id, candidateRole(id));
  const margin = result.margin;
  if (margin) {
    const below = fallWords(result.scheme.grades, margin.grade);
    for (const id of margin.candidates) add(id, `getting worse could give ${below}`);
  }
  return [...listed.values()];
}
