import type { Distribution } from '../../batch/report-model.js';
import type { GradeBadge } from '../display.js';
import { escapeHtml } from '../html-escape.js';

/** Chart geometry, in viewBox units; the SVG scales to its container's width. */
const WIDTH = 480;
const HEIGHT = 230;
const TOP = 30;
const BOTTOM = 52;
const SIDE = 16;
const BAR = 64;

/** Colours with at least 4.5:1 contrast on white (text) and 3:1 (bars), as WCAG asks. */
export const CHART_COLOURS = { ink: '#1f2328', muted: '#5b6570', bar: '#6b7785', force: '#0b4f8a', axis: '#59636e' };

/** What a chart draws: its element id, its accessible caption, the counts and the force's grade. */
export interface ChartInput {
  id: string;
  caption: string;
  distribution: Distribution;
  highlight: string;
  /** The scale's grades, best first: one bar each. */
  grades: readonly GradeBadge[];
}

/**
 * A national grade distribution as an inline SVG bar chart: one bar per grade (Excellent to
 * Poor), each labelled with its count, the force's grade drawn in a darker colour, its label in
 * bold and marked "this force" (so the highlight does not rest on colour alone). The caption is
 * the chart's accessible name (`role="img"` with a `<title>`).
 */
export function renderChartSvg(input: ChartInput): string {
  const { distribution, highlight, grades } = input;
  const titleId = `${input.id}-title`;
  const slot = (WIDTH - 2 * SIDE) / grades.length;
  const baseline = HEIGHT - BOTTOM;
  const plot = baseline - TOP;
  const max = Math.max(1, ...grades.map((g) => distribution[g.id] ?? 0));
  const c = CHART_COLOURS;
  const bars = grades.map((badge, index) => {
    const grade = badge.id;
    const count = distribution[grade] ?? 0;
    const height = Math.round((count / max) * plot * 10) / 10;
    const centre = SIDE + slot * index + slot / 2;
    const x = centre - BAR / 2;
    const isForce = grade === highlight;
    const weight = isForce ? ' font-weight="700"' : '';
    return [
      `<g class="bar${isForce ? ' bar-force' : ''}">`,
      `<rect x="${x}" y="${baseline - height}" width="${BAR}" height="${height}" fill="${isForce ? c.force : c.bar}"/>`,
      `<text x="${centre}" y="${baseline - height - 8}" text-anchor="middle" font-size="16" fill="${c.ink}"${weight}>${count}</text>`,
      `<text x="${centre}" y="${baseline + 20}" text-anchor="middle" font-size="15" fill="${c.ink}"${weight}>${escapeHtml(badge.title)}</text>`,
      isForce ? `<text x="${centre}" y="${baseline + 40}" text-anchor="middle" font-size="13" fill="${c.force}" font-weight="700">this force</text>` : '',
      '</g>',
    ].join('');
  });
  return [
    `<svg class="chart" id="${escapeHtml(input.id)}" role="img" aria-labelledby="${escapeHtml(titleId)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg" font-family="inherit">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(input.caption)}</title>`,
    ...bars,
    `<line x1="${SIDE}" y1="${baseline}" x2="${WIDTH - SIDE}" y2="${baseline}" stroke="${c.axis}" stroke-width="1.5"/>`,
    '</svg>',
  ].join('\n');
}
