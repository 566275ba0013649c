import type { GradeResult } from '../../engine/result.js';
import { STATUS_META, advisoryTitle, gradeBadge, statusTitle } from '../display.js';
import { sanitizeForTerminal, sanitizeLine } from '../../shared/sanitize.js';
import { columnWidth, drawBoxTable, type BoxRow } from '../box-table.js';
import { createStyle, paint, textWidth } from '../style.js';
import { wrapParagraph, type Hang } from '../wrap.js';
import type { GradeRenderOptions } from './options.js';
import { criterionFlags, directionSentence, findingsBehindGrade, gradeHeadline, groupCriteria, marginSentence, nextGradeSentence } from './sections.js';
import { appendAll } from '../../shared/append.js';

/**
 * The default human-readable report for one graded file, wrapped to the width asked for: the
 * grade (and any advisory beside it), the computed grade with its rule and reasons, the
 * judgement, why higher grades were not reached, the next grade, the findings behind the grade
 * with what the evidence says of them, and the criteria and excellence factors.
 */
export function renderGradeText(result: GradeResult, options: GradeRenderOptions): string {
  const style = createStyle(options);
  const width = textWidth(options);
  const badge = (g: string) => gradeBadge(result.scheme, g);
  const gradeTitle = (g: GradeResult['grade']) => paint(style, badge(g).colour, badge(g).title.toUpperCase());
  const lines: string[] = [];
  const clean = sanitizeLine;
  const say = (text: string, hang: Hang = {}) => {
    for (const line of wrapParagraph(text, width, hang)) lines.push(line);
  };
  const judged = result.judgement !== null;

  say(`${clean(result.framework.title)} — ${clean(result.force.name)} (${clean(result.force.id)})`, { paint: style.bold });
  lines.push(`Grade: ${style.bold(gradeHeadline(result, gradeTitle))}`);
  // An advisory asks for moderation: it stands with the grade, as bold.
  for (const advisory of result.advisories) {
    say(`${advisoryTitle(advisory.code, result.scheme)}: ${clean(advisory.message)}`, { first: '! ', paint: (t) => style.bold(style.yellow(t)), paintFirst: (t) => style.bold(style.yellow(t)) });
  }
  const direction = directionSentence(result);
  if (direction) say(clean(direction), { first: 'Direction of travel: ', rest: '  ' });
  say(`Criteria ${clean(result.framework.id)} version ${clean(result.framework.version)}, sha256 ${result.framework.sha256.slice(0, 12)}`, { paint: style.dim });

  lines.push('');
  say(`${judged ? 'Computed grade' : 'Decision'}: ${clean(result.decision.title)}`, { paint: style.bold });
  for (const reason of result.decision.reasons) say(clean(reason), { first: '  ', rest: '    ' });
  if (result.judgement) {
    lines.push('');
    say(`Judgement: ${badge(result.judgement.grade).title}, by ${clean(result.judgement.by)}`, { paint: style.bold });
    say(clean(result.judgement.rationale), { first: '  ' });
  }
  if (result.decision.notReached.length > 0) {
    lines.push('', style.bold(judged ? 'Not reached by the criteria' : 'Not reached'));
    for (const { grade, reasons } of result.decision.notReached) {
      say(clean(reasons.join('; ')), { first: `  ${badge(grade).title}: `, rest: '    ' });
    }
  }
  const next = nextGradeSentence(result);
  const margin = marginSentence(result);
  if (next || margin) lines.push('');
  if (next) say(clean(next), { first: 'Next grade: ', rest: '  ', paintFirst: style.bold });
  if (margin) say(clean(margin), { first: 'Margin: ', rest: '  ', paintFirst: style.bold });
  if (result.concerns.length > 0) {
    lines.push('', style.bold('Causes of concern'));
    for (const concern of result.concerns) {
      say(clean(concern.text), { first: '  - ', rest: '    ' });
      if (concern.recommendation) say(clean(concern.recommendation), { first: '    Recommendation: ', rest: '      ' });
    }
  }
  if (result.incomplete) {
    lines.push('');
    say(`Incomplete evidence: no finding for ${clean(result.missing.join(', '))} (counted as not met)`, { paint: style.yellow, rest: '  ' });
  }
  const cited = findingsBehindGrade(result);
  if (cited.length > 0) {
    lines.push('', style.bold('Findings behind the grade'));
    for (const finding of cited) {
      const meta = STATUS_META[finding.status];
      const about = [...finding.flags, ...finding.roles].join('; ');
      const title = statusTitle({ ...finding, missing: finding.unanswered });
      say(`${clean(finding.label)}: ${paint(style, meta.colour, `${meta.symbol} ${title}`)} (${clean(about)})`, { first: '  ', rest: '    ' });
      for (const line of citationLines(finding)) say(line, line.startsWith('- ') ? { first: '    ', rest: '      ' } : { first: '    ' });
    }
  }
  lines.push('', criteriaTable(result, options, width));
  return `${lines.join('\n')}\n`;
}

/**
 * What the evidence cites for a finding, as lines: each piece of evidence as written (a quote
 * keeps its own quotation marks), then the sources; or that it cites nothing.
 */
function citationLines(finding: { evidence: readonly string[]; sources: readonly string[]; unanswered: boolean }): string[] {
  if (finding.unanswered) return ['No finding in the evidence (counted as not met).'];
  const lines = finding.evidence.map((text) => `- ${sanitizeLine(text).trim()}`);
  if (finding.sources.length > 0) lines.push(`Sources: ${sanitizeLine(finding.sources.join('; '))}`);
  return lines.length > 0 ? lines : ['No evidence or sources cited.'];
}

/** The widest the first column grows (longer ids wrap): a quarter of the table. */
const idCap = (width: number) => Math.floor(width / 4);

function criteriaTable(result: GradeResult, options: GradeRenderOptions, width: number): string {
  const style = createStyle(options);
  const rows: BoxRow[] = [];
  const ids: string[] = ['Criterion'];
  const statuses: string[] = ['Status'];
  const row = (id: string, graded: Parameters<typeof statusTitle>[0], statement: string, cited: Parameters<typeof citationLines>[0], fit = [id]) => {
    const meta = STATUS_META[graded.status];
    const label = `${meta.symbol} ${statusTitle(graded)}`;
    appendAll(ids, fit);
    statuses.push(label);
    const evidence = options.showEvidence ? citationLines(cited).map((line) => `\n${line}`).join('') : '';
    rows.push({ cells: [
      { text: id },
      { text: label, paint: (text) => paint(style, meta.colour, text) },
      { text: `${sanitizeForTerminal(statement)}${evidence}` },
    ] });
  };
  for (const group of groupCriteria(result)) {
    rows.push({ span: { text: `${group.levelTitle} · ${sanitizeLine(group.themeTitle)}`, paint: style.bold } });
    for (const criterion of group.criteria) {
      const flags = criterionFlags(criterion);
      row(sanitizeLine(criterion.id), criterion, `${criterion.text}${flags.length > 0 ? ` [${flags.join(', ')}]` : ''}`,
        { evidence: criterion.evidence, sources: criterion.sources, unanswered: criterion.missing });
    }
  }
  if (result.excellence.length > 0) {
    rows.push({ span: { text: 'Excellence factors', paint: style.bold } });
    for (const factor of result.excellence) {
      const title = sanitizeLine(factor.title);
      // A title wraps in a column as wide as the ids: only its longest word may widen it.
      row(title, factor, `${factor.text}${factor.evidenced ? '' : ' [not evidenced]'}`,
        { evidence: factor.evidence, sources: factor.sources, unanswered: !factor.evidenced }, title.split(/\s+/));
    }
  }
  const idWidth = columnWidth(ids, idCap(width));
  const statusWidth = columnWidth(statuses);
  return drawBoxTable({
    // Three columns and four borders fill the width; the statement takes what is left.
    widths: [idWidth, statusWidth, width - idWidth - statusWidth - 4],
    head: ['Criterion', 'Status', 'Statement'].map((text) => ({ text, paint: style.bold })),
    rows,
    border: style.gray,
  });
}
