import { describe, expect, it } from 'vitest';
import { parseScheme } from '../../src/criteria/scheme/parse.js';
import { HMIC_2007 } from '../helpers/schemes.js';
import { expectRefusal, removeLines, replaceLine, SAMPLE_SCHEME as VALID, SCORED_SCHEME as SCORED, type Refusal } from '../helpers/scheme-texts.js';

interface Case extends Refusal { name: string; text: string; file?: string }

const at = (line: number, replacement: string) => replaceLine(VALID, line, replacement);
const scored = (line: number, replacement: string) => ({ text: replaceLine(SCORED, line, replacement), file: 'schemes/scored.yaml' });
const thresholds = (values: string) => at(16, `thresholds: { ${values} }`);
const goodShare = (value: string) => at(34, `           { share: { level: good }, of: met, moreThan: ${value} }]`);
const significantCount = (rest: string) => at(25, `    when: [{ count: { flag: significant }, ${rest} }]`);
const LATE_RULE = '  - id: late\n    grade: good\n    when: [{ factors: { atLeast: 1 } }]';

// The semantic refusals of SPEC §7, each at the value or key at fault (lines of SAMPLE_SCHEME).
const CASES: Case[] = [
  { name: 'scheme id not the file stem', text: VALID, file: 'schemes/other.yaml', code: 'scheme-id-mismatch', line: 1, column: 9, message: /scheme id "sample" must equal the file stem "other"/ },
  { name: 'a rule after the otherwise rule', text: at(37, `    otherwise: true\n${LATE_RULE}`), code: 'unreachable-rule', line: 38, column: 5, message: /rule "late" can never be reached: rule "fair" before it is otherwise/ },
  { name: 'two otherwise rules', text: removeLines(at(33, '    otherwise: true'), 34, 34),
    code: 'unreachable-rule', line: 34, column: 5, message: /rule "fair" can never be reached: rule "good" before it is otherwise: true \(only the last rule may be\)/ },
  { name: 'no otherwise rule last', text: at(37, '    when: [{ factors: { atLeast: 0 } }]'), code: 'otherwise-rule', line: 35, column: 5, message: /the last rule must be `otherwise: true`/ },
  { name: 'an otherwise rule with when', text: at(37, '    otherwise: true\n    when: [{ factors: { atLeast: 0 } }]'), code: 'otherwise-rule', line: 38, column: 5, message: /rule fair is otherwise: true and so has no "when"/ },
  { name: 'a rule with no when that is not otherwise', text: at(22, ''), code: 'missing-key', line: 20, column: 5, message: /rule dominant needs "when"/ },
  { name: 'unknown grade of a rule', text: at(21, '    grade: pooor'), code: 'unknown-grade', line: 21, column: 12, message: /"pooor" is not a grade of this scheme \(poor, fair, good, excellent\); did you mean "poor"\?/ },
  { name: 'unknown grade of a limiter', text: at(38, 'limiters: [{ id: cap, cap: god, when: [{ factors: { atMost: 0 } }] }]'), code: 'unknown-grade', line: 38, column: 28, message: /"god" is not a grade.*did you mean "good"\?/ },
  { name: 'unknown level in a selector', text: at(33, '    when: [{ count: { level: fiar }, of: unmet, atMost: 0 },'), code: 'unknown-level', line: 33, column: 30, message: /level "fiar" is not a level of this scheme \(fair, good\); did you mean "fair"\?/ },
  { name: 'unknown level of a flag', text: at(13, '  significant: { levels: [fiar] }'), code: 'unknown-level', line: 13, column: 27, message: /flag significant: level "fiar".*did you mean "fair"\?/ },
  { name: 'a flag named as a key every criterion has', text: at(13, '  text: { levels: [fair] }'), code: 'invalid-value', line: 13, column: 3,
    message: /^flag "text" is named as a key every criterion has \(id, level, theme, text, guidance\), so no criterion could set it; give the flag another name$/ },
  { name: 'unknown level in require', text: at(18, 'require: [{ level: fair }, { flag: significant }, { level: goood }]'), code: 'unknown-level', line: 18, column: 60, message: /did you mean "good"\?/ },
  { name: 'unknown flag in a selector', text: at(25, '    when: [{ count: { flag: signficant }, of: unmet, atLeast: 1 }]'), code: 'unknown-flag', line: 25, column: 29,
    message: /flag "signficant" is not a flag of this scheme \(significant, dominant\); did you mean "significant"\?/ },
  { name: 'unknown flag in flags.implies', text: at(14, '  dominant: { levels: [fair], implies: signifcant, alwaysApplicable: true }'), code: 'unknown-flag', line: 14, column: 40,
    message: /flag dominant implies "signifcant", which is not a flag of this scheme; did you mean "significant"\?/ },
  { name: 'unknown threshold in a comparator', text: goodShare('mots'), code: 'unknown-threshold', line: 34, column: 57, message: /"mots" is not a threshold of this scheme \(most, vastMajority, wellShort\); did you mean "most"\?/ },
  { name: 'unknown threshold in an advisory', text: at(26, '    advisory: { code: borderline-poor, when: [{ share: { flag: significant }, of: unmet, below: wellshort }] }'),
    code: 'unknown-threshold', line: 26, column: 97, message: /did you mean "wellShort"\?/ },
  { name: 'maxJudgementShift as a comparator', text: goodShare('maxJudgementShift'), code: 'unknown-threshold', line: 34, column: 57, message: /"maxJudgementShift" is not a threshold of this scheme/ },
  { name: 'unknown threshold in increasing', text: at(17, 'increasing: [most, vastMajorty]'), code: 'unknown-threshold', line: 17, column: 20, message: /"vastMajorty" is not a threshold.*did you mean "vastMajority"\?/ },
  { name: 'no comparator', text: significantCount('of: unmet'), code: 'comparator', line: 25, column: 14, message: /the count condition needs one comparator: atLeast, moreThan, atMost, below/ },
  { name: 'two comparators', text: significantCount('of: unmet, atLeast: 1, atMost: 3'), code: 'comparator', line: 25, column: 67, message: /has 2 comparators \(atLeast, atMost\); it takes exactly one/ },
  { name: 'a comparator beside factors', text: at(30, '           { share: { level: good }, of: met, atLeast: vastMajority }, { factors: {}, atLeast: all }]'),
    code: 'comparator', line: 30, column: 87, message: /"atLeast" goes inside the factors object/ },
  { name: 'a comparator beside concerns', text: at(25, '    when: [{ concerns: { atLeast: 1 }, atMost: 2 }]'), code: 'comparator', line: 25, column: 40, message: /"atMost" goes inside the concerns object/ },
  { name: 'a condition with no kind', text: at(25, '    when: [{ of: unmet, atLeast: 1 }]'), code: 'condition-kind', line: 25, column: 12, message: /a condition needs one of count, share, score, factors, concerns/ },
  { name: 'a condition with two kinds', text: significantCount('share: { flag: significant }, of: unmet, atLeast: 1'), code: 'condition-kind', line: 25, column: 12, message: /this one has count and share/ },
  { name: 'a share compared with 0', text: goodShare('0'), code: 'threshold-range', line: 34, column: 57, message: /a share is compared with a value in \(0, 1\]; got 0$/ },
  { name: 'a share compared with 1.5', text: goodShare('1.5'), code: 'threshold-range', line: 34, column: 57, message: /got 1\.5$/ },
  { name: 'a share compared with -0.2', text: goodShare('-0.2'), code: 'threshold-range', line: 34, column: 57, message: /got -0\.2$/ },
  { name: 'a score compared with 0', ...scored(14, '    when: [{ score: { level: statement }, atLeast: 0 }]'), code: 'threshold-range', line: 14, column: 52, message: /a score is compared with a value in \(0, 1\]; got 0$/ },
  { name: 'a score compared with 1.5', ...scored(14, '    when: [{ score: { level: statement }, atLeast: 1.5 }]'), code: 'threshold-range', line: 14, column: 52, message: /got 1\.5$/ },
  { name: 'a score compared with -0.2', ...scored(14, '    when: [{ score: { level: statement }, atLeast: -0.2 }]'), code: 'threshold-range', line: 14, column: 52, message: /got -0\.2$/ },
  { name: 'a threshold of 0', text: thresholds('most: 0, vastMajority: 0.8, wellShort: 0.25'), code: 'threshold-range', line: 16, column: 21, message: /thresholds\.most must be in \(0, 1\]; got 0/ },
  { name: 'a threshold above 1', text: thresholds('most: 0.5, vastMajority: 1.5, wellShort: 0.25'), code: 'threshold-range', line: 16, column: 40, message: /thresholds\.vastMajority must be in \(0, 1\]; got 1\.5/ },
  { name: 'increasing thresholds out of order', text: thresholds('most: 0.8, vastMajority: 0.5, wellShort: 0.25'), code: 'threshold-order', line: 17, column: 20,
    message: /thresholds\.most \(0\.8\) must be less than thresholds\.vastMajority \(0\.5\)/ },
  { name: 'increasing thresholds equal', text: thresholds('most: 0.8, vastMajority: 0.8'), code: 'threshold-order', line: 17, column: 20, message: /must be less than/ },
  { name: 'implies cycle a -> b -> a', text: at(13, '  significant: { levels: [fair], implies: dominant }'), code: 'implies-cycle', line: 13, column: 43, message: /significant -> dominant -> significant/ },
  { name: 'implies cycle a -> a', text: at(13, '  significant: { levels: [fair], implies: significant }'), code: 'implies-cycle', line: 13, column: 43, message: /flag significant implies itself through significant -> significant/ },
  { name: 'a score condition in a scheme without scores', text: at(25, '    when: [{ score: { flag: significant }, atLeast: 0.5 }]'), code: 'condition-unusable', line: 25, column: 14, message: /a score condition needs a scored scheme/ },
  { name: 'counting by score in a scheme without scores', text: significantCount('of: { scoreAtLeast: 2 }, atLeast: 1'), code: 'condition-unusable', line: 25, column: 48, message: /counting by score needs a scored scheme/ },
  { name: 'scores with min equal to max', ...scored(10, 'scores: { min: 4, max: 4, metAt: 4 }'), code: 'invalid-value', line: 10, column: 9, message: /scores need min < metAt <= max; got min 4, metAt 4, max 4/ },
  { name: 'scores with min above max', ...scored(10, 'scores: { min: 5, max: 4, metAt: 4 }'), code: 'invalid-value', line: 10, column: 9, message: /got min 5, metAt 4, max 4/ },
  { name: 'metAt above max', ...scored(10, 'scores: { min: 1, max: 4, metAt: 5 }'), code: 'invalid-value', line: 10, column: 9, message: /got min 1, metAt 5, max 4/ },
  { name: 'metAt at min', ...scored(10, 'scores: { min: 1, max: 4, metAt: 1 }'), code: 'invalid-value', line: 10, column: 9, message: /got min 1, metAt 1, max 4/ },
  { name: 'a score scale wider than 100 points', ...scored(10, 'scores: { min: 0, max: 101, metAt: 50 }'), code: 'invalid-value', line: 10, column: 24, message: /scores span at most 100 points from min to max .*got 0 to 101/ },
  { name: 'a score scale of a billion points', ...scored(10, 'scores: { min: -5, max: 1000000000, metAt: 5 }'), code: 'invalid-value', line: 10, column: 25, message: /got -5 to 1000000000/ },
  { name: 'all with a share', text: goodShare('all'), code: 'invalid-value', line: 34, column: 57, message: /"all" is the size of a set: it compares a count or factors, not a share/ },
  { name: 'all with a score', ...scored(14, '    when: [{ score: { level: statement }, atLeast: all }]'), code: 'invalid-value', line: 14, column: 52, message: /not a score/ },
  { name: 'a count compared with a fraction', text: significantCount('of: unmet, atLeast: 0.5'), code: 'invalid-value', line: 25, column: 64, message: /a count is compared with a whole number; got 0\.5/ },
  { name: 'a count compared with a threshold (a share)', text: significantCount('of: unmet, atLeast: most'), code: 'invalid-value', line: 25, column: 64,
    message: /a count is compared with a whole number or "all", not the threshold "most" \(a share\)/ },
  { name: 'a count by a score outside the scores', ...scored(63, '    when: [{ count: { level: statement }, of: { scoreAtLeast: 9 }, atLeast: 1 }]'), code: 'invalid-value', line: 63, column: 63,
    message: /scoreAtLeast 9 is outside the scheme's scores, 1 to 4/ },
  { name: 'factors compared with a fraction', text: at(25, '    when: [{ factors: { atLeast: 0.5 } }]'), code: 'invalid-value', line: 25, column: 34, message: /^a count of factors is compared with a whole number; got 0.5$/ },
  { name: 'duplicate grade id', text: at(7, '  - { id: fair, title: Good }'), code: 'duplicate-id', line: 7, column: 11, message: /duplicate grade id "fair"/ },
  { name: 'duplicate level id', text: at(11, '  - { id: fair, title: Good }'), code: 'duplicate-id', line: 11, column: 11, message: /duplicate level id "fair"/ },
  { name: 'duplicate rule id', text: at(31, '  - id: excellent'), code: 'duplicate-id', line: 31, column: 9, message: /duplicate rule id "excellent"/ },
];

describe('scheme file semantic errors (SPEC §7) are positioned', () => {
  it('the base text is hmic-2007 under another id', () => {
    const loaded = parseScheme(VALID, 'schemes/sample.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect({ ...loaded.value, id: HMIC_2007.id, title: HMIC_2007.title, version: HMIC_2007.version, file: '' }).toEqual({ ...HMIC_2007, file: '' });
  });

  it('the scored base text is valid', () => {
    expect(parseScheme(SCORED, 'schemes/scored.yaml')).toMatchObject({ ok: true, diagnostics: [] });
  });

  it('a limiter that caps at the top grade is a warning: it can never lower a grade', () => {
    const loaded = parseScheme(at(38, 'limiters: [{ id: cap, cap: excellent, when: [{ factors: { atMost: 0 } }] }]'), 'schemes/sample.yaml');
    expect(loaded.ok).toBe(true);
    expect(loaded.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message])).toEqual([
      ['rule-never-holds', 'warning', 38, 28, 'limiter cap caps at the top grade excellent, so it can never lower a grade']]);
  });

  it('a scale of exactly 100 points is valid', () => {
    expect(parseScheme(replaceLine(SCORED, 10, 'scores: { min: 0, max: 100, metAt: 50 }'), 'schemes/scored.yaml')).toMatchObject({ ok: true, diagnostics: [] });
  });

  it('a long cycle of implies is said per flag in a few names, and found in time linear in the flags', () => {
    const ring = (n: number) => Array.from({ length: n }, (_v, i) => `  f${i}: { levels: [fair], implies: f${(i + 1) % n} }`).join('\n');
    const loaded = parseScheme(at(13, `  significant: { levels: [fair] }\n${ring(12)}`), 'schemes/sample.yaml');
    expect(loaded.ok).toBe(false);
    const cycles = loaded.diagnostics.filter((d) => d.code === 'implies-cycle');
    expect(cycles.map((d) => d.line)).toEqual(Array.from({ length: 12 }, (_v, i) => 14 + i));
    expect(cycles[3]?.message).toBe('flag f3 implies itself through a cycle of 12 flags: f3 -> f4 -> f5 -> f6 -> f7 -> f8 -> f9 -> f10 -> … -> f3');
    // A long cycle: each flag walked once (a walk from every flag, searching its chain, was cubic).
    const big = parseScheme(at(13, `  significant: { levels: [fair] }\n${ring(4000)}`), 'schemes/sample.yaml');
    expect(big.diagnostics.filter((d) => d.code === 'implies-cycle')).toHaveLength(4000);
  });

  it.each(CASES)('$name', ({ text, file, ...refusal }) => {
    const loaded = parseScheme(text, file ?? 'schemes/sample.yaml');
    expect(loaded.ok).toBe(false);
    expectRefusal(loaded.diagnostics, refusal);
  });
});
