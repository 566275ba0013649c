import type { GradeResult } from '../../engine/result.js';
import { GRADE_META, RULE_META, STATUS_META } from '../display.js';
import { sanitizeForTerminal, sanitizeLine } from '../../shared/sanitize.js';
import { columnWidth, drawBoxTable, type BoxRow } from '../box-table.js';
import { createStyle, paint, textWidth, type RenderOptions } from '../style.js';
import { wrapParagraph } from '../wrap.js';
import { criterionFlags, gradeHeadline, groupCriteria, nextGradeSentence } from './sections.js';

/** The default human-readable report for one graded file, wrapped to the width asked for. */
export function renderGradeText(result: GradeResult, options: RenderOptions): string {
  const style = createStyle(options);
  const width = textWidth(options);
  const gradeTitle = (g: GradeResult['grade']) => paint(style, GRADE_META[g].colour, GRADE_META[g].title.toUpperCase());
  const lines: string[] = [];
  const clean = sanitizeLine;
  const say = (text: string, hang: Parameters<typeof wrapParagraph>[2] = {}) => {
    for (const line of wrapParagraph(text, width, hang)) lines.push(line);
  };

  say(`${clean(result.framework.title)} — ${clean(result.force.name)} (${clean(result.force.id)})`, { paint: style.bold });
  lines.push(`Grade: ${style.bold(gradeHeadline(result, gradeTitle))}`);
  say(`Criteria ${clean(result.framework.id)} version ${clean(result.framework.version)}, sha256 ${result.framework.sha256.slice(0, 12)}`, { paint: style.dim });
  if (result.judgement) {
    say(clean(result.judgement.rationale), { first: `Judgement by ${clean(result.judgement.by)}: `, rest: '  ' });
  }
  lines.push('');
  say(`Decision: ${RULE_META[result.decision.rule].title}`, { paint: style.bold });
  for (const reason of result.decision.reasons) say(clean(reason), { first: '  ', rest: '    ' });
  if (result.decision.notReached.length > 0) {
    lines.push('', style.bold('Not reached'));
    for (const { grade, reasons } of result.decision.notReached) {
      say(clean(reasons.join('; ')), { first: `  ${GRADE_META[grade].title}: `, rest: '    ' });
    }
  }
  const next = nextGradeSentence(result);
  if (next) {
    lines.push('');
    say(clean(next), { first: 'Next grade: ', rest: '  ', paintFirst: style.bold });
  }
  if (result.advisories.length > 0) {
    lines.push('', style.bold('Advisories'));
    for (const advisory of result.advisories) {
      say(clean(advisory.message), { first: `  ${style.yellow('!')} ${advisory.code}: `, rest: '    ' });
    }
  }
  if (result.incomplete) {
    lines.push('');
    say(`Incomplete evidence: no finding for ${result.missing.join(', ')} (counted as not met)`, { paint: style.yellow, rest: '  ' });
  }
  lines.push('', criteriaTable(result, options, width));
  return `${lines.join('\n')}\n`;
}

/** The widest the criterion column grows (longer ids wrap): a quarter of the table. */
const idCap = (width: number) => Math.floor(width / 4);

function criteriaTable(result: GradeResult, options: RenderOptions, width: number): string {
  const style = createStyle(options);
  const rows: BoxRow[] = [];
  const ids: string[] = ['Criterion'];
  const statuses: string[] = ['Status'];
  for (const group of groupCriteria(result)) {
    rows.push({ span: { text: `${group.levelTitle} · ${sanitizeLine(group.themeTitle)}`, paint: style.bold } });
    for (const criterion of group.criteria) {
      const meta = STATUS_META[criterion.status];
      const flags = criterionFlags(criterion);
      const id = sanitizeLine(criterion.id);
      const status = `${meta.symbol} ${meta.title}`;
      ids.push(id);
      statuses.push(status);
      rows.push({ cells: [
        { text: id },
        { text: status, paint: (text) => paint(style, meta.colour, text) },
        { text: sanitizeForTerminal(`${criterion.text}${flags.length > 0 ? ` [${flags.join(', ')}]` : ''}`) },
      ] });
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
