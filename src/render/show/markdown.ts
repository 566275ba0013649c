import { excellenceTitle, type Criterion, type ExcellenceFactor } from '../../criteria/model.js';
import { escapeMarkdown, escapeMarkdownBlock } from '../markdown-escape.js';
import { formatPeriod } from '../report/sections.js';
import type { RenderOptions } from '../style.js';
import { countsSentence, flagsOf, groupForShow, themeTitleOf, thresholdsSentence, type ShowInput, levelTitleOf } from './model.js';
import { appendAll } from '../../shared/append.js';

const md = escapeMarkdown;

/** `grade show <framework> --format markdown`: headings by level and theme; with ids, those in full. */
export function renderShowMarkdown(input: ShowInput, _options: RenderOptions): string {
  const { criteria } = input;
  const about = `Framework \`${md(criteria.framework)}\`, version ${md(criteria.version)}, group ${md(criteria.group)}`
    + `${criteria.period ? `; assessment period ${formatPeriod(criteria.period)}` : ''}; sha256 \`${criteria.sha256.slice(0, 12)}\`.`;
  const out: string[] = [`# ${md(criteria.title)}`, '', about, ''];
  if (input.selected) {
    for (const item of input.selected) appendAll(out, (item.kind === 'criterion' ? criterionInFull(input, item.criterion) : factorInFull(item.factor)));
    return out.join('\n');
  }
  out.push(`${countsSentence(criteria)}. ${md(thresholdsSentence(criteria))}`, '');
  let level = '';
  for (const group of groupForShow(criteria)) {
    if (group.level !== level) out.push(`## ${group.levelHeading}`, '');
    level = group.level;
    out.push(`### ${md(group.themeTitle)}`, '');
    for (const c of group.criteria) {
      const flags = flagsOf(c);
      out.push(`- **${md(c.id)}**${flags.length > 0 ? ` (${flags.join(', ')})` : ''}: ${md(c.text)}`);
      if (c.guidance) out.push('', `  *Guidance:* ${md(c.guidance)}`);
      out.push('');
    }
  }
  if (criteria.excellence.length > 0) {
    out.push('## Excellence factors', '');
    for (const f of criteria.excellence) out.push(`- **${md(excellenceTitle(f))}** (\`${md(f.id)}\`): ${md(f.text)}`);
    out.push('');
  }
  return out.join('\n');
}

function criterionInFull(input: ShowInput, c: Criterion): string[] {
  const flags = flagsOf(c);
  return [
    `## ${md(c.id)}`, '',
    `- Level: ${levelTitleOf(input.criteria, c.level)}`,
    `- Theme: ${md(themeTitleOf(input.criteria, c.theme))}`,
    `- Flags: ${flags.length > 0 ? flags.join(', ') : 'none'}`, '',
    '**Statement**', '', escapeMarkdownBlock(c.text), '',
    '**Guidance**', '', c.guidance ? escapeMarkdownBlock(c.guidance) : '*None given.*', '',
  ];
}

function factorInFull(f: ExcellenceFactor): string[] {
  return [`## ${md(f.id)}`, '', `- Title: ${md(excellenceTitle(f))}`, '- Level: Excellence factor', '', '**Statement**', '', escapeMarkdownBlock(f.text), ''];
}
