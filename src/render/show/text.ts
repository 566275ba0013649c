import { excellenceTitle, type Criterion, type ExcellenceFactor } from '../../criteria/model.js';
import { sanitizeForTerminal } from '../../shared/sanitize.js';
import { wrapText } from '../wrap-text.js';
import { formatPeriod } from '../report/sections.js';
import { createStyle, textWidth, type RenderOptions } from '../style.js';
import { countsSentence, flagsOf, groupForShow, themeTitleOf, thresholdsSentence, type ShowInput, levelTitleOf } from './model.js';
import { appendAll } from '../../shared/append.js';

/** Untrusted prose made safe, wrapped to `width` less the indent, each line indented (and painted). */
type Wrap = (text: string, indent: number, paint?: (line: string) => string) => string[];

function wrapperOf(width: number): Wrap {
  return (text, indent, paint = (line) => line) => {
    const pad = ' '.repeat(indent);
    return wrapText(sanitizeForTerminal(text), width - indent).map((line) => `${pad}${paint(line.trimEnd())}`);
  };
}

/** `grade show <framework>`: the whole framework, grouped; with ids, just those in full. Wrapped to the width (`textWidth`). */
export function renderShowText(input: ShowInput, options: RenderOptions): string {
  const style = createStyle(options);
  const wrapped = wrapperOf(textWidth(options));
  const { criteria } = input;
  const lines: string[] = [];
  const heading = `${criteria.title} (${criteria.framework}, version ${criteria.version})`;
  if (input.selected) {
    for (const item of input.selected) {
      if (lines.length > 0) lines.push('');
      appendAll(lines, (item.kind === 'criterion' ? criterionInFull(input, item.criterion, wrapped, style.bold) : factorInFull(item.factor, wrapped, style.bold)));
    }
    appendAll(lines, [''], wrapped(`From ${heading}.`, 0, style.dim));
    return `${lines.join('\n')}\n`;
  }
  appendAll(lines, wrapped(heading, 0, style.bold));
  const about = [`Group: ${criteria.group}`, ...(criteria.period ? [`assessment period ${formatPeriod(criteria.period)}`] : []), `sha256 ${criteria.sha256.slice(0, 12)}`];
  appendAll(lines, wrapped(about.join('; '), 0), wrapped(`${countsSentence(criteria)}.`, 0), wrapped(thresholdsSentence(criteria), 0));
  let level = '';
  for (const group of groupForShow(criteria)) {
    if (group.level !== level) appendAll(lines, [''], wrapped(group.levelHeading, 0, style.bold));
    level = group.level;
    appendAll(lines, [''], wrapped(group.themeTitle, 2, style.bold));
    for (const c of group.criteria) {
      const flags = flagsOf(c);
      appendAll(lines, [''], wrapped(`${c.id}${flags.length > 0 ? `  [${flags.join(', ')}]` : ''}`, 4, style.bold), wrapped(c.text, 6));
      if (c.guidance) appendAll(lines, wrapped(`Guidance: ${c.guidance}`, 6));
    }
  }
  if (criteria.excellence.length > 0) {
    lines.push('', style.bold('Excellence factors'));
    for (const f of criteria.excellence) appendAll(lines, [''], wrapped(factorHeading(f), 4, style.bold), wrapped(f.text, 6));
  }
  return `${lines.join('\n')}\n`;
}

function criterionInFull(input: ShowInput, c: Criterion, wrapped: Wrap, bold: (text: string) => string): string[] {
  const flags = flagsOf(c);
  return [
    ...wrapped(`${c.id}: a ${levelTitleOf(input.criteria, c.level)} criterion`, 0, bold),
    ...wrapped(`Theme: ${themeTitleOf(input.criteria, c.theme)}`, 2),
    ...wrapped(`Flags: ${flags.length > 0 ? flags.join(', ') : 'none'}`, 2),
    '  Statement:',
    ...wrapped(c.text, 4),
    '  Guidance:',
    ...wrapped(c.guidance ?? '(none given)', 4),
  ];
}

function factorInFull(f: ExcellenceFactor, wrapped: Wrap, bold: (text: string) => string): string[] {
  return [...wrapped(`${factorHeading(f)}: an excellence factor`, 0, bold), '  Statement:', ...wrapped(f.text, 4)];
}

/** "Beacon to others (beacon)": the factor's title, and the id that `grade show` and evidence name it by. */
function factorHeading(f: ExcellenceFactor): string {
  return `${excellenceTitle(f)} (${f.id})`;
}
