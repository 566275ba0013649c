import { RESERVED_WORDS } from '../shared/command-names.js';
import type { Issue } from '../shared/diagnostics.js';
import { isBlankText } from '../shared/blank-text.js';
import { quote } from '../shared/quote.js';
import { nthItem } from '../shared/paths.js';
import { didYouMean } from '../shared/suggest.js';
import type { CriteriaDocument } from './model.js';

/** Command names a framework id may not take: `grade <framework>` must never shadow a command. */
/** Framework ids that would be read as a command. */
export const RESERVED_FRAMEWORK_IDS = RESERVED_WORDS;

const RANGE_THRESHOLDS = ['most', 'vastMajority', 'wellShort'] as const;

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

/**
 * The semantic checks of SPEC §2 on a schema-valid criteria document, or on what
 * `salvageCriteria` could read of an invalid one (whose arrays may have holes). `stem` is the
 * file name without `.yaml`. Pure: returns issues with document paths; the loader positions them.
 */
export function checkCriteria(doc: CriteriaDocument, stem: string): Issue[] {
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
  issues.push(...duplicates(themes, (t) => t.id, 'themes', 'theme'));
  issues.push(...duplicates(doc.excellence ?? [], (f) => f.id, 'excellence', 'excellence factor'));
  issues.push(...duplicates(doc.criteria, (c) => c.id, 'criteria', 'criterion'));

  doc.criteria.forEach((criterion, index) => {
    const at = (key: string) => ['criteria', index, key];
    if (criterion.level === 'good') {
      for (const flag of ['significant', 'dominant'] as const) {
        if (criterion[flag] === true) {
          issues.push({ code: 'good-criterion-flag', severity: 'error', path: at(flag), atKey: true,
            message: `"${flag}" is only allowed on a Fair criterion; ${criterion.id} is a Good criterion` });
        }
      }
    } else if (criterion.dominant === true && criterion.significant !== true) {
      issues.push({ code: 'dominant-not-significant', severity: 'error', path: at('dominant'), atKey: true,
        message: `${criterion.id} is dominant but not significant; a dominant criterion must also be marked significant: true` });
    }
    if (criterion.theme !== undefined && !themeIds.has(criterion.theme)) {
      issues.push({ code: 'unknown-theme', severity: 'error', path: at('theme'),
        message: `${criterion.id} refers to theme ${quote(criterion.theme)}, which is not defined in themes${didYouMean(criterion.theme, themeIds)}` });
    }
    if (criterion.level === 'fair' && isBlankText(criterion.guidance ?? '')) {
      issues.push({ code: 'missing-guidance', severity: 'warning', path: ['criteria', index],
        message: `Fair criterion ${criterion.id} has no guidance on what evidence shows it` });
    }
  });

  const fair = doc.criteria.filter((c) => c.level === 'fair');
  const significant = fair.filter((c) => c.significant === true);
  // Problems of the framework as a whole are shown at the start of its criteria list.
  const where = { path: ['criteria'] };
  if (fair.length === 0) issues.push({ code: 'no-fair-criteria', severity: 'error', ...where, message: 'the framework has no Fair criterion' });
  else if (significant.length === 0) issues.push({ code: 'no-significant-criteria', severity: 'error', ...where, message: 'the framework has no significant Fair criterion, so no grade could ever be Poor from rule 2 and Fair would need nothing' });
  if (!doc.criteria.some((c) => c.level === 'good')) issues.push({ code: 'no-good-criteria', severity: 'error', ...where, message: 'the framework has no Good criterion, so no Good share can be taken' });
  if (significant.length > 0 && !fair.some((c) => c.dominant === true)) {
    issues.push({ code: 'no-dominant-criterion', severity: 'warning', ...where, message: 'the framework flags no dominant (critical) criterion' });
  }

  issues.push(...checkThresholds(doc));
  return issues;
}

function checkThresholds(doc: CriteriaDocument): Issue[] {
  const thresholds = doc.thresholds ?? {};
  const issues: Issue[] = [];
  for (const key of RANGE_THRESHOLDS) {
    const value = thresholds[key];
    if (value !== undefined && !(value > 0 && value <= 1)) {
      issues.push({ code: 'threshold-range', severity: 'error', path: ['thresholds', key],
        message: `thresholds.${key} must be in (0, 1]; got ${value}` });
    }
  }
  const most = thresholds.most ?? 0.5;
  const vastMajority = thresholds.vastMajority ?? 0.8;
  const inRange = (value: number) => value > 0 && value <= 1;
  // Their order is only worth a word once both are in range.
  if (inRange(most) && inRange(vastMajority) && most >= vastMajority) {
    issues.push({ code: 'threshold-order', severity: 'error',
      path: ['thresholds', thresholds.most !== undefined ? 'most' : 'vastMajority'],
      message: `thresholds.most (${most}) must be less than thresholds.vastMajority (${vastMajority})` });
  }
  return issues;
}
