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
  const items: ModerationItem[] = [];
  for (const r of results) {
    const scale = scales.get(r.framework);
    const title = (grade: string) => titleOf(scale?.grades ?? [], grade);
    const reasons: ModerationReason[] = r.advisories.map((a) => ({ code: a.code, message: a.message }));
    if (r.margin?.changesNeeded === 1) {
      reasons.push({ code: 'narrow-margin', message: `${title(r.computedGrade)} holds by one ${scale?.scored === true ? 'score point' : 'finding'} (a worse one gives ${title(r.margin.grade)})` });
    }
    if (r.judged) reasons.push({ code: 'judgement', message: `judged ${title(r.grade)}; the criteria give ${title(r.computedGrade)}` });
    if (r.incomplete) reasons.push({ code: 'incomplete', message: `graded on incomplete evidence: no finding for ${r.missing.join(', ')}` });
    const outside = dated.get(r.file);
    if (outside) reasons.push({ code: 'date-outside-period', message: `${outside} finding${outside === 1 ? '' : 's'} dated outside the assessment period` });
    if (reasons.length > 0) items.push({ file: r.file, force: r.force, framework: r.framework, grade: r.grade, reasons });
  }
  return items;
}
