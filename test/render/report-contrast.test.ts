import { describe, expect, it } from 'vitest';
import { CHART_COLOURS } from '../../src/render/report/chart.js';
import { PALETTE, REPORT_CSS } from '../../src/render/report/styles.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

const variable = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(REPORT_CSS)?.[1] ?? '';

describe('report colours have sufficient contrast (WCAG 2 AA)', () => {
  it.each(Object.entries(PALETTE))('%s badges: text on background at least 7:1', (_name, colours) => {
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['body text', variable('ink'), '#ffffff', 4.5],
    ['muted text', variable('muted'), '#ffffff', 4.5],
    ['muted text on panels', variable('muted'), variable('panel'), 4.5],
    ['links and accents', variable('accent'), '#ffffff', 4.5],
    ['chart labels', CHART_COLOURS.ink, '#ffffff', 4.5],
    ['the force\'s bar and its label', CHART_COLOURS.force, '#ffffff', 4.5],
    ['other bars (graphics)', CHART_COLOURS.bar, '#ffffff', 3],
    ['the axis (graphics)', CHART_COLOURS.axis, '#ffffff', 3],
  ])('%s', (_name, foreground, background, minimum) => {
    expect(foreground).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(minimum);
  });
});
