import type { GradeResult } from '../../engine/result.js';
import { STATUS_META, advisoryTitle, gradeTitleOn, statusTitle } from '../display.js';
import { sentence } from '../report/justification.js';
import { escapeMarkdown, escapeMarkdownBlock, escapeTableCell } from '../markdown-escape.js';
import type { GradeRenderOptions } from './options.js';
import { criterionFlags, directionSentence, findingsBehindGrade, gradeHeadline, groupCriteria, marginSentence, nextGradeSentence } from './sections.js';
import { appendAll } from '../../shared/append.js';

/** A finding's evidence and sources in one line, for a table cell; empty when it cites nothing. */
function citedInline(evidence: readonly string[], sources: readonly string[]): string {
  const parts = evidence.map((text) => text.trim());
  if (sources.length > 0) parts.push(`Sources: ${sources.join('; ')}`);
  return parts.join(' ');
}

/**
 * One graded file as a Markdown document: the grade (an advisory beside it), the computed grade
 * with its rule and reasons, the judgement, why not higher, the next grade, the findings behind
 * the grade with their evidence, the criteria tables and the excellence factors.
 */
export function renderGradeMarkdown(result: GradeResult, options: GradeRenderOptions): string {
  const md = escapeMarkdown;
  const block = escapeMarkdownBlock;
  const judged = result.judgement !== null;
  const out: string[] = [];
  out.push(`# ${md(result.framework.title)}: ${md(result.force.name)}`, '');
  out.push(`**Grade: ${md(gradeHeadline(result))}**`, '');
  for (const advisory of result.advisories) out.push(`> **${md(advisoryTitle(advisory.code, result.scheme))}: ${md(advisory.message)}**`, '');
  const direction = directionSentence(result);
  if (direction) out.push(`Direction of travel: ${md(direction)}.`, '');
  out.push(`Criteria \`${result.framework.id}\` version ${md(result.framework.version)} (sha256 \`${result.framework.sha256.slice(0, 12)}\`).`, '');
  out.push(`## ${judged ? 'Computed grade' : 'Decision'}`, '', `${md(result.decision.title)}.`, '');
  for (const reason of result.decision.reasons) out.push(`- ${block(reason)}`);
  out.push('');
  if (result.judgement) {
    out.push('## Professional judgement', '', `**${gradeTitleOn(result.scheme, result.judgement.grade)}**, by ${md(result.judgement.by)}: ${md(result.judgement.rationale)}`, '');
  }
  if (result.decision.notReached.length > 0) {
    out.push(judged ? '## Why not higher, by the criteria' : '## Why not higher', '');
    for (const { grade, reasons } of result.decision.notReached) out.push(`- **${gradeTitleOn(result.scheme, grade)}**: ${md(reasons.join('; '))}`);
    out.push('');
  }
  const next = nextGradeSentence(result);
  if (next) out.push('## Next grade', '', block(next), '');
  const margin = marginSentence(result);
  if (margin) out.push('## Margin', '', block(margin), '');
  if (result.concerns.length > 0) {
    out.push('## Causes of concern', '');
    // Each its own sentence, so a concern written without a full stop does not run into its recommendation.
    for (const c of result.concerns) out.push(`- ${block(sentence(c.text))}${c.recommendation ? ` Recommendation: ${md(sentence(c.recommendation))}` : ''}`);
    out.push('');
  }
  if (result.incomplete) out.push(`> Incomplete evidence: no finding for ${md(result.missing.join(', '))} (counted as not met).`, '');
  const cited = findingsBehindGrade(result);
  if (cited.length > 0) {
    out.push('## Findings behind the grade', '');
    for (const finding of cited) {
      out.push(`- **${md(finding.label)}**: ${statusTitle({ ...finding, missing: finding.unanswered })} (${md([...finding.flags, ...finding.roles].join('; '))})`);
      if (finding.unanswered) out.push('  - No finding in the evidence (counted as not met).');
      else if (finding.evidence.length === 0 && finding.sources.length === 0) out.push('  - No evidence or sources cited.');
      for (const text of finding.unanswered ? [] : finding.evidence) out.push(`  - ${block(text)}`);
      if (!finding.unanswered && finding.sources.length > 0) out.push(`  - Sources: ${md(finding.sources.join('; '))}`);
    }
    out.push('');
  }
  const evidenceColumn = options.showEvidence === true;
  const head = evidenceColumn ? ['| Criterion | Status | Statement | Evidence and sources |', '| --- | --- | --- | --- |'] : ['| Criterion | Status | Statement |', '| --- | --- | --- |'];
  const evidenceCell = (evidence: readonly string[], sources: readonly string[]) => (evidenceColumn ? ` ${escapeTableCell(citedInline(evidence, sources))} |` : '');
  out.push('## Criteria', '');
  for (const group of groupCriteria(result)) {
    appendAll(out, [`### ${group.levelTitle}: ${md(group.themeTitle)}`, ''], head);
    for (const c of group.criteria) {
      const flags = criterionFlags(c);
      const statement = `${c.text}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
      out.push(`| ${escapeTableCell(c.id)} | ${statusTitle(c)} | ${escapeTableCell(statement)} |${evidenceCell(c.evidence, c.sources)}`);
    }
    out.push('');
  }
  if (result.excellence.length > 0) {
    appendAll(out, ['## Excellence factors', ''], head.map((line, i) => (i === 0 ? line.replace('Criterion', 'Factor').replace('Statement', 'Description') : line)));
    for (const f of result.excellence) {
      const status = `${STATUS_META[f.status].title}${f.evidenced ? '' : ' (not evidenced)'}`;
      out.push(`| ${escapeTableCell(f.title)} | ${status} | ${escapeTableCell(f.text)} |${evidenceCell(f.evidence, f.sources)}`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
