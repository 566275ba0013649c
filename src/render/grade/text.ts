import type { GradeResult } from '../../engine/result.js';
import { GRADE_META, RULE_META, STATUS_META } from '../display.js';
import { sanitizeForTerminal, sanitizeLine } from '../../shared/sanitize.js';
import { drawBoxTable, type BoxRow } from '../box-table.js';
import { createStyle, paint, type RenderOptions } from '../style.js';
import { criterionFlags, gradeHeadline, groupCriteria, nextGradeSentence } from './sections.js';

/** The default human-readable report for one graded file. */
export function renderGradeText(result: GradeResult, options: RenderOptions): string {
  const style = createStyle(options);
  const gradeTitle = (g: GradeResult['grade']) => paint(style, GRADE_META[g].colour, GRADE_META[g].title.toUpperCase());
  const lines: string[] = [];
  const clean = sanitizeLine;

  lines.push(style.bold(`${clean(result.framework.title)} — ${clean(result.force.name)} (${clean(result.force.id)})`));
  lines.push(`Grade: ${style.bold(gradeHeadline(result, gradeTitle))}`);
  lines.push(style.dim(`Criteria ${clean(result.framework.id)} version ${clean(result.framework.version)}, sha256 ${result.framework.sha256.slice(0, 12)}`));
  if (result.judgement) {
    lines.push(`Judgement by ${clean(result.judgement.by)}: ${clean(result.judgement.rationale)}`);
  }
  lines.push('', style.bold(`Decision: ${RULE_META[result.decision.rule].title}`));
  for (const reason of result.decision.reasons) lines.push(`  ${clean(reason)}`);
  if (result.decision.notReached.length > 0) {
    lines.push('', style.bold('Not reached'));
    for (const { grade, reasons } of result.decision.notReached) {
      lines.push(`  ${GRADE_META[grade].title}: ${clean(reasons.join('; '))}`);
    }
  }
  const next = nextGradeSentence(result);
  if (next) lines.push('', `${style.bold('Next grade:')} ${clean(next)}`);
  if (result.advisories.length > 0) {
    lines.push('', style.bold('Advisories'));
    for (const advisory of result.advisories) lines.push(`  ${style.yellow('!')} ${advisory.code}: ${clean(advisory.message)}`);
  }
  if (result.incomplete) {
    lines.push('', style.yellow(`Incomplete evidence: no finding for ${result.missing.join(', ')} (counted as not met)`));
  }
  lines.push('', criteriaTable(result, options));
  return `${lines.join('\n')}\n`;
}

function criteriaTable(result: GradeResult, options: RenderOptions): string {
  const style = createStyle(options);
  const rows: BoxRow[] = [];
  for (const group of groupCriteria(result)) {
    rows.push({ span: { text: `${group.levelTitle} · ${sanitizeLine(group.themeTitle)}`, paint: style.bold } });
    for (const criterion of group.criteria) {
      const meta = STATUS_META[criterion.status];
      const flags = criterionFlags(criterion);
      rows.push({ cells: [
        { text: sanitizeLine(criterion.id) },
        { text: `${meta.symbol} ${meta.title}`, paint: (text) => paint(style, meta.colour, text) },
        { text: sanitizeForTerminal(`${criterion.text}${flags.length > 0 ? ` [${flags.join(', ')}]` : ''}`) },
      ] });
    }
  }
  return drawBoxTable({
    widths: [14, 16, 72],
    head: ['Criterion', 'Status', 'Statement'].map((text) => ({ text, paint: style.bold })),
    rows,
    border: style.gray,
  });
}
