import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCriteriaFile } from '../../src/criteria/load.js';
import { parseCriteria } from '../../src/criteria/parse.js';

/**
 * A rule, limiter or advisory whose count asks for more criteria (or excellence factors) than the
 * framework has, or for fewer than none, can never apply: a `rule-never-holds` warning, at the
 * framework's criteria list. The file still loads and grades.
 */
const scheme = (rules: string, limiters = '[]') => `scheme: counted
title: Counted
version: "1"
grades: [{ id: low, title: Low }, { id: mid, title: Mid }, { id: high, title: High }]
levels: [{ id: core, title: Core }, { id: extra, title: Extra }]
flags:
  key: { levels: [core] }
factors: [spark]
rules:
${rules}
  - { id: low, grade: low, otherwise: true }
limiters: ${limiters}
`;

const CRITERIA = `framework: counted-sample
scheme: counted
title: Sample
group: Samples
version: "1"
themes: [{ id: t, title: T }]
criteria:
  - { id: C1, level: core, theme: t, key: true, text: a }
  - { id: C2, level: core, theme: t, text: b }
  - { id: E1, level: extra, theme: t, text: c }
excellence:
  - { id: spark, title: Spark, text: d }
`;

const dir = mkdtempSync(join(tmpdir(), 'grade-never-holds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function load(rules: string, limiters?: string, criteria = CRITERIA) {
  const folder = join(dir, String(n++));
  mkdirSync(join(folder, 'schemes'), { recursive: true });
  writeFileSync(join(folder, 'schemes', 'counted.yaml'), scheme(rules, limiters));
  const loaded = parseCriteria(criteria, join(folder, 'counted-sample.yaml'));
  return { ok: loaded.ok, warnings: loaded.diagnostics.filter((d) => d.code === 'rule-never-holds').map((d) => [d.message, d.line, d.column]) };
}

describe('rule-never-holds', () => {
  it.each([
    ['more core criteria than there are', '  - { id: high, grade: high, when: [{ count: { level: core }, of: met, atLeast: 3 }] }',
      'rule high (grade high) can never hold for this framework: it needs at least 3 Core criteria, and the framework has 2'],
    ['more than all of them', '  - { id: high, grade: high, when: [{ count: { level: core }, of: met, moreThan: 2 }] }',
      'rule high (grade high) can never hold for this framework: it needs more than 2 Core criteria, and the framework has 2'],
    ['more excellence factors than the framework has', '  - { id: high, grade: high, when: [{ factors: { atLeast: 2 } }] }',
      'rule high (grade high) can never hold for this framework: it needs at least 2 excellence factors, and the framework has 1'],
    ['fewer than none', '  - { id: high, grade: high, when: [{ count: { level: extra }, of: unmet, below: 0 }] }',
      'rule high (grade high) can never hold for this framework: it needs fewer than 0 Extra criteria, and the framework has 1'],
  ])('warns of a count that asks for %s', (_name, rules, message) => {
    const { ok, warnings } = load(rules);
    expect(ok).toBe(true);
    expect(warnings).toEqual([[message, 8, 3]]);
  });

  it('warns of limiters and advisories too', () => {
    const { warnings } = load('  - { id: high, grade: high, when: [{ count: { level: core }, of: met, atLeast: 1 }], advisory: { code: near, when: [{ count: { level: extra }, of: met, atLeast: 2 }] } }',
      '[{ id: cap, cap: mid, when: [{ count: [{ level: extra }, { flag: key }], of: unmet, atLeast: 3 }] }]');
    expect(warnings.map(([m]) => m)).toEqual([
      'the advisory of rule high can never hold for this framework: it needs at least 2 Extra criteria, and the framework has 1',
      'limiter cap can never hold for this framework: it needs at least 3 Extra criteria or key Core criteria, and the framework has 2',
    ]);
  });

  it.each([
    ['exactly as many as there are', '  - { id: high, grade: high, when: [{ count: { level: core }, of: met, atLeast: 2 }] }'],
    ['all of them', '  - { id: high, grade: high, when: [{ count: { level: core }, of: met, atLeast: all }, { factors: { atLeast: all } }] }'],
    ['none at most', '  - { id: high, grade: high, when: [{ count: { level: core }, of: unmet, atMost: 0 }] }'],
    ['criteria marked critical (evidence may mark any)', '  - { id: high, grade: high, when: [{ count: [{ critical: true }], of: unmet, atLeast: 3 }] }'],
    ['a share', '  - { id: high, grade: high, when: [{ share: { level: core }, of: met, atLeast: 1 }] }'],
  ])('says nothing of a count that can hold: %s', (_name, rules) => {
    expect(load(rules).warnings).toEqual([]);
  });

  // A criteria file without an `excellence` list has its scheme's default factors (SPEC §7 `factors`).
  const WITHOUT_EXCELLENCE = CRITERIA.slice(0, CRITERIA.indexOf('excellence:'));
  it.each([
    ['at least 1', '  - { id: high, grade: high, when: [{ factors: { atLeast: 1 } }] }', []],
    ['more than 0', '  - { id: high, grade: high, when: [{ factors: { moreThan: 0 } }] }', []],
    ['at least 2', '  - { id: high, grade: high, when: [{ factors: { atLeast: 2 } }] }',
      ['rule high (grade high) can never hold for this framework: it needs at least 2 excellence factors, and the framework has 1']],
  ])('counts the scheme\'s default factors of a framework that lists none: %s', (_name, rules, messages) => {
    expect(load(rules, undefined, WITHOUT_EXCELLENCE).warnings.map(([m]) => m)).toEqual(messages);
  });

  it.each([
    ['a count of at least none', '  - { id: high, grade: high, when: [{ count: { level: core }, of: met, atLeast: 0 }] }\n  - { id: mid, grade: mid, when: [{ count: { level: core }, of: met, atLeast: 1 }] }',
      'rule high (grade high) always holds for this framework, so rules mid, low can never decide a grade'],
    ['at most as many as there are', '  - { id: high, grade: high, when: [{ count: { level: core }, of: unmet, atMost: 2 }, { share: { level: core }, of: met, atMost: 1 }] }',
      'rule high (grade high) always holds for this framework, so rule low can never decide a grade'],
    ['fewer than more than there are', '  - { id: high, grade: high, when: [{ factors: { below: 2 } }, { concerns: { atLeast: 0 } }] }',
      'rule high (grade high) always holds for this framework, so rule low can never decide a grade'],
  ])('warns of the rules after one that always holds: %s', (_name, rules, message) => {
    expect(load(rules).warnings.map(([m]) => m)).toEqual([message]);
  });

  it('warns of a limiter that always holds', () => {
    const { warnings } = load('  - { id: high, grade: high, when: [{ count: { level: core }, of: met, atLeast: 1 }] }',
      '[{ id: cap, cap: mid, when: [{ count: { level: extra }, of: unmet, atMost: all }] }]');
    expect(warnings.map(([m]) => m)).toEqual(['limiter cap always holds for this framework: no grade above mid can be given']);
  });

  it('says nothing of a rule that holds only sometimes', () => {
    expect(load('  - { id: high, grade: high, when: [{ count: { level: core }, of: unmet, atMost: 1 }] }').warnings).toEqual([]);
    expect(load('  - { id: high, grade: high, when: [{ concerns: { atMost: 3 } }] }').warnings).toEqual([]);
  });

  it('finds nothing to say of the shipped criteria', async () => {
    const folder = join(process.cwd(), 'criteria');
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
      const loaded = await loadCriteriaFile(join(folder, name));
      expect(loaded.diagnostics.filter((d) => d.code === 'rule-never-holds'), name).toEqual([]);
    }
  });
});
