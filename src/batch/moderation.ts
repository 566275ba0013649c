import type { Diagnostic } from '../shared/diagnostics.js';
import { titleOf } from '../criteria/scheme/model.js';
import type { BatchFramework, BatchResult, ModerationItem, ModerationReason } from './model.js';

/**
 * Every grade of a batch that could be contested, in the results' order: an advisory (hmic-2007's
 * borderline Poor), a grade held by a margin of one finding, a professional judgement (with the
 * computed grade), incomplete evidence, findings dated outside the assessment period.
 */
export function moderationList(results: readonly BatchResult[], warnings: readonly Diagnostic[], frameworks: readonly BatchFramework[]): ModerationItem[] {
  const scales = new Map(frameworks.map((f) => [f.id, f]));
  const dated = new Map<string, number>();
  for (const w of warnings) if (w.code === 'date-outside-period') dated.set(w.file, (dated.get(w.file) ?? 0) + 1);
  // A round repeats the same few margins: each sentence is made once per framework and grades.
  const narrow = new Map<string, string>();
  const narrowMessage = (r: BatchResult, margin: string): string => {
    const key = `${r.framework}\u0000${r.computedGrade}\u0000${margin}`;
    let message = narrow.get(key);
    if (message === undefined) {
      const scale = scales.get(r.framework);
      const title = (grade: string) => titleOf(scale?.grades ?? [], grade);
      message = `${title(r.computedGrade)} holds by one ${scale?.scored === true ? 'score point' : 'finding'} (a worse one gives ${title(margin)})`;
      narrow.set(key, message);
    }
    return message;
  };
  // Most items of a round have only advisories and a narrow margin: their reasons are shared, frozen.
  const shared = new Map<readonly unknown[], Map<string, ModerationReason[]>>();
  const sharedReasons = (r: BatchResult, narrowMargin: string | undefined): ModerationReason[] => {
    let byMargin = shared.get(r.advisories);
    if (!byMargin) shared.set(r.advisories, (byMargin = new Map<string, ModerationReason[]>()));
    let reasons = byMargin.get(narrowMargin ?? '');
    if (!reasons) {
      const list: ModerationReason[] = r.advisories.map((a) => Object.freeze({ code: a.code, message: a.message }));
      if (narrowMargin !== undefined) list.push(Object.freeze({ code: 'narrow-margin', message: narrowMessage(r, narrowMargin) }));
      reasons = Object.freeze(list) as ModerationReason[];
      byMargin.set(narrowMargin ?? '', reasons);
    }
    return reasons;
  };
  const items: ModerationItem[] = [];
  for (const r of results) {
    const outside = dated.size === 0 ? undefined : dated.get(r.file);
    const narrowMargin = r.margin?.changesNeeded === 1 ? r.margin.grade : undefined;
    if (r.advisories.length === 0 && narrowMargin === undefined && !r.judged && !r.incomplete && !outside) continue;
    if (!r.judged && !r.incomplete && !outside) {
      items.push({ file: r.file, force: r.force, framework: r.framework, grade: r.grade, reasons: sharedReasons(r, narrowMargin) });
      continue;
    }
    const title = (grade: string) => titleOf(scales.get(r.framework)?.grades ?? [], grade);
    const reasons: ModerationReason[] = r.advisories.map((a) => ({ code: a.code, message: a.message }));
    if (narrowMargin !== undefined) reasons.push({ code: 'narrow-margin', message: narrowMessage(r, narrowMargin) });
    if (r.judged) reasons.push({ code: 'judgement', message: `judged ${title(r.grade)}; the criteria give ${title(r.computedGrade)}` });
    if (r.incomplete) reasons.push({ code: 'incomplete', message: `graded on incomplete evidence: no finding for ${r.missing.join(', ')}` });
    if (outside) reasons.push({ code: 'date-outside-period', message: `${outside} finding${outside === 1 ? '' : 's'} dated outside the assessment period` });
    items.push({ file: r.file, force: r.force, framework: r.framework, grade: r.grade, reasons });
  }
  return items;
}
