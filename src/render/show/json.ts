import { excellenceTitle, type Criterion, type ExcellenceFactor } from '../../criteria/model.js';
import type { RenderOptions } from '../style.js';
import { themeTitleOf, type ShowInput } from './model.js';

/**
 * `grade show <framework> --format json`: `{schemaVersion, framework, period, thresholds, themes,
 * criteria, excellence}`; with ids, `criteria` and `excellence` hold just those, in the order asked.
 */
export function renderShowJson(input: ShowInput, _options: RenderOptions): string {
  const { criteria } = input;
  const shown = (c: Criterion) => ({
    id: c.id, level: c.level, theme: c.theme, themeTitle: themeTitleOf(criteria, c.theme),
    ...Object.fromEntries(criteria.scheme.flags.map((f) => [f.id, c.flags.includes(f.id)])), text: c.text, guidance: c.guidance ?? null,
  });
  const factor = (f: ExcellenceFactor) => ({ id: f.id, title: excellenceTitle(f), text: f.text });
  const selected = input.selected;
  const document = {
    schemaVersion: 1,
    framework: { id: criteria.framework, title: criteria.title, group: criteria.group, version: criteria.version, sha256: criteria.sha256 },
    scheme: { id: criteria.scheme.id, title: criteria.scheme.title, version: criteria.scheme.version },
    period: criteria.period ?? null,
    thresholds: criteria.thresholds,
    themes: criteria.themes,
    criteria: (selected ? selected.flatMap((s) => (s.kind === 'criterion' ? [s.criterion] : [])) : criteria.criteria).map(shown),
    excellence: (selected ? selected.flatMap((s) => (s.kind === 'factor' ? [s.factor] : [])) : criteria.excellence).map(factor),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
