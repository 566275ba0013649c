import type { Diagnostic } from '../shared/diagnostics.js';
import { fallWords, titleOf } from '../criteria/scheme/model.js';
import type { BatchFramework, BatchResult, ModerationItem, ModerationReason } from './model.js';

/**
 * How pressing an item is, most first: an advisory of the scheme or a professional judgement
 * (someone must decide), then incomplete evidence, then findings dated outside the period, then
 * a grade held by one finding alone (in a round, most are: they would bury the rest).
 */
function urgency(item: Pick<ModerationItem, 'reasons'>): number {
  let most = 3;
  for (const reason of item.reasons) {
    const rank = reason.code === 'narrow-margin' ? 3 : reason.code === 'date-outside-period' ? 2 : reason.code === 'incomplete' ? 1 : 0;
    if (rank < most) most = rank;
  }
  return most;
}

/**
 * Every grade of a batch that could be contested, most pressing first (`urgency`), then in the
 * results' order: an advisory (hmic-2007's borderline Poor), a professional judgement (with the
 * computed grade), incomplete evidence, findings dated outside the assessment period, a grade
 * held by a margin of one finding.
 */
export function moderationList(results: readonly BatchResult[], warnings: readonly Diagnostic[], frameworks: readonly BatchFramework[]): ModerationItem[] {
  const scales = new Map(frameworks.map((f) => [f.id, f]));
  const title = (framework: string, grade: string): string => titleOf(scales.get(framework)?.grades ?? [], grade);
  const dated = new Map<string, number>();
  for (const w of warnings) if (w.code === 'date-outside-period') dated.set(w.file, (dated.get(w.file) ?? 0) + 1);
  // A round repeats the same advisories and margins: the reasons they give (most items have no
  // other) are made once per list of advisories (lists are shared: src/batch/result-store.ts),
  // framework and grades, and shared, frozen.
  const shared = new Map<readonly unknown[], Map<string, ModerationReason[]>>();
  const sharedReasons = (r: BatchResult, margin: string | undefined): ModerationReason[] => {
    let byMargin = shared.get(r.advisories);
    if (!byMargin) shared.set(r.advisories, (byMargin = new Map<string, ModerationReason[]>()));
    const key = margin === undefined ? '' : `${r.framework}\u0000${r.computedGrade}\u0000${margin}`;
    let reasons = byMargin.get(key);
    if (!reasons) {
      const list: ModerationReason[] = r.advisories.map((a) => Object.freeze({ code: a.code, message: a.message }));
      if (margin !== undefined) {
        const unit = scales.get(r.framework)?.scored === true ? 'score point' : 'finding';
        list.push(Object.freeze({ code: 'narrow-margin', message: `${title(r.framework, r.computedGrade)} holds by one ${unit} (a worse one gives ${fallWords(scales.get(r.framework)?.grades ?? [], margin)})` }));
      }
      byMargin.set(key, (reasons = Object.freeze(list) as ModerationReason[]));
    }
    return reasons;
  };
  const items: ModerationItem[] = [];
  for (const r of results) {
    const narrowMargin = r.margin?.changesNeeded === 1 ? r.margin.grade : undefined;
    const outside = dated.size === 0 ? undefined : dated.get(r.file);
    if (r.advisories.length === 0 && narrowMargin === undefined && !r.judged && !r.incomplete && !outside) continue;
    const extra: ModerationReason[] = [];
    if (r.judged) extra.push({ code: 'judgement', message: `judged ${title(r.framework, r.grade)}; the criteria give ${title(r.framework, r.computedGrade)}` });
    if (r.incomplete) extra.push({ code: 'incomplete', message: `graded on incomplete evidence: no finding for ${r.missing.join(', ')}` });
    if (outside) extra.push({ code: 'date-outside-period', message: `${outside} finding${outside === 1 ? '' : 's'} dated outside the assessment period` });
    const base = sharedReasons(r, narrowMargin);
    items.push({ file: r.file, force: r.force, framework: r.framework, grade: r.grade, reasons: extra.length === 0 ? base : [...base, ...extra] });
  }
  // A stable sort by a few ranks: the results' order within each.
  const byUrgency: ModerationItem[][] = [[], [], [], []];
  for (const item of items) (byUrgency[urgency(item)] as ModerationItem[]).push(item);
  return byUrgency.flat();
}
