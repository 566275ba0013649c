import { describe, expect, it } from 'vitest';
import { assembleReport, frameworksOf, type Distribution } from '../../src/batch/report-model.js';
import { gradedFramework } from './helpers.js';

const recommendations = (n: number, prefix: string) => ({ recommendations: Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`) });

describe('assembleReport', () => {
  it('sorts frameworks with compareFrameworks and groups adjacent ones under their group heading', () => {
    const report = assembleReport([
      gradedFramework('missing-persons', { group: 'Protecting vulnerable people', order: 60 }),
      gradedFramework('neighbourhood-policing', { group: 'Neighbourhood Policing', order: 10 }),
      gradedFramework('child-abuse', { group: 'Protecting vulnerable people', order: 30 }),
      gradedFramework('performance-management', { group: 'Performance management', order: 20 }),
    ], null);
    expect(report.groups.map((g) => [g.title, g.frameworks.map((f) => f.result.framework.id)])).toEqual([
      ['Neighbourhood Policing', ['neighbourhood-policing']],
      ['Performance management', ['performance-management']],
      ['Protecting vulnerable people', ['child-abuse', 'missing-persons']],
    ]);
  });

  it('numbers recommendations 1..n across the report in framework order', () => {
    const report = assembleReport([
      gradedFramework('c', { order: 3, report: recommendations(3, 'C') }),
      gradedFramework('a', { order: 1, report: recommendations(2, 'A') }),
      gradedFramework('b', { order: 2 }),
      gradedFramework('d', { order: 4, report: recommendations(1, 'D') }),
    ], null);
    expect(frameworksOf(report).map((f) => [f.result.framework.id, f.firstRecommendation])).toEqual([['a', 1], ['b', 3], ['c', 3], ['d', 6]]);
  });

  it.each([
    ['one period', [{ from: '2006-04-01', to: '2007-07-31' }], { from: '2006-04-01', to: '2007-07-31' }],
    ['periods that differ: earliest start, latest end', [{ from: '2006-05-01', to: '2007-07-31' }, { from: '2006-04-01', to: '2007-06-30' }], { from: '2006-04-01', to: '2007-07-31' }],
    ['no period', [undefined], null],
  ])('takes the assessment period from %s', (_name, periods, expected) => {
    const results = periods.map((period, i) => gradedFramework(`f${i}`, period ? { period } : {}));
    expect(assembleReport(results, null).period).toEqual(expected);
  });

  it('attaches each framework\'s national distribution, null where the summary has none', () => {
    const np: Distribution = { excellent: 6, good: 14, fair: 21, poor: 2 };
    const report = assembleReport([gradedFramework('np', { order: 1 }), gradedFramework('pm', { order: 2 })], new Map([['np', np]]));
    expect(report.hasNational).toBe(true);
    expect(frameworksOf(report).map((f) => f.national)).toEqual([np, null]);
    expect(assembleReport([gradedFramework('np')], null).hasNational).toBe(false);
  });

  it('refuses to assemble a report of nothing', () => {
    expect(() => assembleReport([], null)).toThrow(/at least one/);
  });
});
