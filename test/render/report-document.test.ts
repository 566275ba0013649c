import { describe, expect, it } from 'vitest';
import { gradesBestFirst } from '../../src/render/display.js';
import { HMIC_2007 } from '../helpers/schemes.js';
import { assembleReport } from '../../src/batch/report-model.js';
import type { Block } from '../../src/render/report/document-model.js';
import { renderChartSvg } from '../../src/render/report/chart.js';
import { sentence } from '../../src/render/report/justification.js';
import { formatDate } from '../../src/render/report/sections.js';
import { reportDocument } from '../../src/render/report/build-document.js';
import { reportRenderers } from '../../src/render/report/index.js';
import { escapeHtml } from '../../src/render/html-escape.js';
import { escapeMarkdown } from '../../src/render/markdown-escape.js';
import { goods } from '../helpers/factories.js';
import { gradedFramework } from '../report/helpers.js';

const options = { color: false };

function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'section': return texts(b.blocks);
      case 'heading': case 'paragraph': return [b.text];
      case 'advisory': return [b.title, b.text];
      case 'findings': return b.items.flatMap((f) => [f.label, f.about, ...(f.citations.none ? [f.citations.none] : f.citations.evidence)]);
      case 'list': case 'recommendations': return b.items;
      case 'practice': return [b.title, ...b.fields.flatMap((f) => f.text)];
      case 'table': return [...(b.caption === undefined ? [] : [b.caption]), ...b.bodies.flatMap((body) => body.rows.flatMap((row) => row.flatMap((c) => (c.suffix ? [c.text, c.suffix.trim()] : [c.text]))))];
      case 'chart': return [b.caption];
      case 'terms': return b.items.map((t) => t.description);
      case 'contents': return b.items.map((i) => i.text);
    }
  });
}

function sample() {
  return assembleReport([
    gradedFramework('np', { order: 1, group: 'Neighbourhood Policing', title: 'Neighbourhood Policing', period: { from: '2006-04-01', to: '2007-07-31' },
      statuses: goods(4, 'not-met'),
      report: { contextualFactors: ['Context one.'], strengths: ['Strength one & two.'], workInProgress: ['Progress.'], areasForImprovement: ['Improve <this>.'],
        recommendations: ['That the force does A.', 'That the force does B.'],
        developingPractice: [{ title: 'A practice', problem: 'The problem.', solution: 'The solution.', outcomes: ['Outcome one.'], contact: 'A. Person' }] } }),
    gradedFramework('dv', { order: 2, group: 'Protecting vulnerable people', title: 'Domestic violence', statuses: { F3: 'partly-met' },
      judgement: { grade: 'good', rationale: 'The panel moderated the grade', by: 'Moderation panel' },
      report: { recommendations: ['That the force does C.'] } }),
  ], new Map([['np', { excellent: 6, good: 14, fair: 21, poor: 2 }]]));
}

describe('report document', () => {
  it('carries every figure and sentence into both the HTML and the Markdown', () => {
    const report = sample();
    const html = reportRenderers.html(report, options);
    const markdown = reportRenderers.markdown(report, options);
    const all = texts(reportDocument(report));
    expect(all.length).toBeGreaterThan(40);
    for (const text of all) {
      expect(html).toContain(escapeHtml(text));
      expect(markdown).toContain(escapeMarkdown(text).replace(/^([-+=])/, '\\$1'));
    }
  });

  it('numbers recommendations across frameworks and marks the judged grade with the computed one beside it', () => {
    const markdown = reportRenderers.markdown(sample(), options);
    expect(markdown).toMatch(/\*\*Recommendation 1\.\*\* That the force does A\.[\s\S]*\*\*Recommendation 2\.\*\*[\s\S]*\*\*Recommendation 3\.\*\* That the force does C\./);
    expect(markdown).toContain('| Domestic violence | Good (judged) | Professional judgement by Moderation panel; computed grade Fair |');
    expect(markdown).toContain('#### Grade: Good (professional judgement; computed grade Fair)');
    expect(markdown).toContain('The grade is a professional judgement by Moderation panel: The panel moderated the grade.');
    expect(markdown).toContain('By the criteria, Good was not reached:');
    expect(markdown).toContain('*Not available: the national summary has no entry for Domestic violence.*');
  });

  it('says the national distributions are left out when no summary was given', () => {
    const report = { ...sample(), hasNational: false };
    const html = reportRenderers.html(report, options);
    expect(html).toContain('National grade distributions are not included: no national summary was given for this report.');
    expect(html).not.toContain('<svg');
  });

  it('is deterministic: the same report renders byte-identically', () => {
    for (const render of Object.values(reportRenderers)) expect(render(sample(), options)).toBe(render(sample(), options));
  });
});

describe('sentence and formatDate', () => {
  it.each([
    ['all 10 Fair criteria met', 'All 10 Fair criteria met.'],
    ['already a sentence.', 'Already a sentence.'],
    ['ends with a quote: "the text."', 'Ends with a quote: "the text."'],
    ['  padded ', 'Padded.'],
  ])('sentence(%j) = %j', (input, expected) => expect(sentence(input)).toBe(expected));

  it.each([
    ['2006-04-01', '1 April 2006'],
    ['2007-07-31', '31 July 2007'],
    ['2007-13-01', '2007-13-01'],
    ['April 2006', 'April 2006'],
  ])('formatDate(%j) = %j', (input, expected) => expect(formatDate(input)).toBe(expected));
});

describe('renderChartSvg', () => {
  const chart = (distribution = { excellent: 6, good: 14, fair: 21, poor: 2 }, highlight: 'good' | 'poor' = 'good') =>
    renderChartSvg({ id: 'chart-np', caption: 'National grade distribution <np>', distribution, highlight, grades: gradesBestFirst(HMIC_2007) });

  it('is an image with a title, one bar per grade, counts labelled and the force\'s grade highlighted', () => {
    const svg = chart();
    expect(svg).toMatch(/^<svg class="chart" id="chart-np" role="img" aria-labelledby="chart-np-title"/);
    expect(svg).toContain('<title id="chart-np-title">National grade distribution &lt;np&gt;</title>');
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg.match(/class="bar bar-force"/g)).toHaveLength(1);
    expect(svg).toMatch(/<g class="bar bar-force">.*>14<\/text>.*>Good<\/text>.*this force/);
    for (const count of ['6', '21', '2']) expect(svg).toContain(`>${count}</text>`);
  });

  it('scales bars to the largest count and draws zero counts without dividing by zero', () => {
    const heights = (svg: string) => [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    const [excellent, good, fair, poor] = heights(chart());
    expect(fair).toBeGreaterThan(good ?? 0);
    expect(good).toBeGreaterThan(excellent ?? 0);
    expect(poor).toBeLessThan(excellent ?? 0);
    const empty = chart({ excellent: 0, good: 0, fair: 0, poor: 0 }, 'poor');
    expect(heights(empty)).toEqual([0, 0, 0, 0]);
    expect(empty).not.toContain('NaN');
  });
});

describe('the grades section (found by an independent check: the grading process and the rules read as two definitions of Poor)', () => {
  const withAdvisory = () => {
    const base = sample();
    return assembleReport(base.groups.flatMap((g) => g.frameworks.map((f) => f.result)), null, [], null,
      new Map([['hmic-2007', ['Poor by rule "significant" is referred to moderation (borderline-poor) when less than 25% of significant Fair criteria not met.']]]));
  };

  it('is in the contents, and says how the rules read the grading process and when a grade goes to moderation', () => {
    const all = texts(reportDocument(withAdvisory()));
    expect(all).toContain('The grades');
    expect(all.filter((t) => t === 'The grades')).toHaveLength(2); // the heading and its contents entry
    expect(all).toContain('How the criteria give each grade: the rules of the grading scheme.');
    expect(all).toContain('Poor by rule "significant" is referred to moderation (borderline-poor) when less than 25% of significant Fair criteria not met.');
  });
});

describe('a national summary that counts no force at this force\'s grade (found by an independent check: a bold zero)', () => {
  const report = (national: Record<string, number>) => assembleReport([gradedFramework('np', { order: 1, statuses: {} })], new Map([['np', national]]));

  it('marks nothing as this force\'s and says why, in the table and the chart', () => {
    const doc = report({ excellent: 1, good: 0, fair: 2, poor: 0 });
    const grade = doc.groups[0]?.frameworks[0]?.result.grade;
    expect(grade).toBe('good');
    const markdown = reportRenderers.markdown(doc, options);
    expect(markdown).not.toMatch(/\*\*0\*\*/);
    expect(markdown).not.toContain('(this force)');
    expect(markdown).toContain('which the national summary counts no force at: it does not include this force');
  });

  it('still marks the force\'s grade when the summary counts it', () => {
    const markdown = reportRenderers.markdown(report({ excellent: 1, good: 3, fair: 2, poor: 0 }), options);
    expect(markdown).toContain('**3** (this force)');
    expect(markdown).not.toContain('does not include this force');
  });
});
