import type { GradeResult } from '../../engine/result.js';
import { GRADE_META, RULE_META, STATUS_META } from '../display.js';
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js';
import type { RenderOptions } from '../style.js';
import { criterionFlags, gradeHeadline, groupCriteria, nextGradeSentence } from './sections.js';

/** One graded file as a Markdown document: grade, decision, next grade, criteria tables. */
export function renderGradeMarkdown(result: GradeResult, _options: RenderOptions): string {
  const md = escapeMarkdown;
  const out: string[] = [];
  out.push(`# ${md(result.framework.title)}: ${md(result.force.name)}`, '');
  out.push(`**Grade: ${md(gradeHeadline(result))}**`, '');
  out.push(`Criteria \`${result.framework.id}\` version ${md(result.framework.version)} (sha256 \`${result.framework.sha256.slice(0, 12)}\`).`, '');
  if (result.judgement) out.push(`Professional judgement by ${md(result.judgement.by)}: ${md(result.judgement.rationale)}`, '');
  out.push(`## Decision`, '', `${md(RULE_META[result.decision.rule].title)}.`, '');
  for (const reason of result.decision.reasons) out.push(`- ${md(reason)}`);
  out.push('');
  if (result.decision.notReached.length > 0) {
    out.push('## Why not higher', '');
    for (const { grade, reasons } of result.decision.notReached) out.push(`- **${GRADE_META[grade].title}**: ${md(reasons.join('; '))}`);
    out.push('');
  }
  const next = nextGradeSentence(result);
  if (next) out.push('## Next grade', '', md(next), '');
  if (result.advisories.length > 0) {
    out.push('## Advisories', '');
    for (const advisory of result.advisories) out.push(`- **${advisory.code}**: ${md(advisory.message)}`);
    out.push('');
  }
  if (result.incomplete) out.push(`> Incomplete evidence: no finding for ${md(result.missing.join(', '))} (counted as not met).`, '');
  out.push('## Criteria', '');
  for (const group of groupCriteria(result)) {
    out.push(`### ${group.levelTitle}: ${md(group.themeTitle)}`, '', '| Criterion | Status | Statement |', '| --- | --- | --- |');
    for (const c of group.criteria) {
      const flags = criterionFlags(c);
      const statement = `${c.text}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
      out.push(`| ${escapeTableCell(c.id)} | ${STATUS_META[c.status].title} | ${escapeTableCell(statement)} |`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
