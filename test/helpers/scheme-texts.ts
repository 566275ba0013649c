/**
 * Scheme texts for loader tests: valid files that a case breaks in one way by replacing a line,
 * so that every expected position can be read off the numbered lines below.
 */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/shared/diagnostics.js';

/** hmic-2007 (criteria/schemes/hmic-2007.yaml) without its comments, as the scheme `sample`. */
export const SAMPLE_SCHEME = `scheme: sample
title: Sample grading
version: "1"
grades:
  - { id: poor, title: Poor }
  - { id: fair, title: Fair }
  - { id: good, title: Good }
  - { id: excellent, title: Excellent }
levels:
  - { id: fair, title: Fair }
  - { id: good, title: Good }
flags:
  significant: { levels: [fair] }
  dominant: { levels: [fair], implies: significant, alwaysApplicable: true }
factors: [beacon, innovation]
thresholds: { most: 0.5, vastMajority: 0.8, wellShort: 0.25, maxJudgementShift: 1 }
increasing: [most, vastMajority]
require: [{ level: fair }, { flag: significant }, { level: good }]
rules:
  - id: dominant
    grade: poor
    when: [{ count: [{ flag: dominant }, { critical: true }], of: unmet, atLeast: 1 }]
  - id: significant
    grade: poor
    when: [{ count: { flag: significant }, of: unmet, atLeast: 1 }]
    advisory: { code: borderline-poor, when: [{ share: { flag: significant }, of: unmet, below: wellShort }] }
  - id: excellent
    grade: excellent
    when: [{ count: { level: fair }, of: unmet, atMost: 0 },
           { share: { level: good }, of: met, atLeast: vastMajority }, { factors: { atLeast: all } }]
  - id: good
    grade: good
    when: [{ count: { level: fair }, of: unmet, atMost: 0 },
           { share: { level: good }, of: met, moreThan: most }]
  - id: fair
    grade: fair
    otherwise: true
limiters: []
`;

/** A small scored scheme (scores 1 to 4, met from 3), as the scheme `scored`. */
export const SCORED_SCHEME = `scheme: scored
title: Scored grading
version: "1"
grades:
  - { id: low, title: Low }
  - { id: high, title: High }
levels:
  - { id: statement, title: Statement }
thresholds: { band: 0.6 }
scores: { min: 1, max: 4, metAt: 3 }
rules:
  - id: high
    grade: high
    when: [{ score: { level: statement }, atLeast: band }]
  - id: low
    grade: low
    otherwise: true
`;

/** The text with its 1-based line `line` replaced (the replacement may hold several lines). */
export function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

/** The text without its 1-based lines `first` to `last`. */
export function removeLines(text: string, first: number, last: number): string {
  const lines = text.split('\n');
  lines.splice(first - 1, last - first + 1);
  return lines.join('\n');
}

/** A refusal a case expects: its code, 1-based position, and a key part of its message. */
export interface Refusal {
  code: string;
  line: number;
  column: number;
  message: RegExp;
}

/**
 * The diagnostic of a refusal: one with its code whose message matches, at its line and column.
 * Fails with every diagnostic when there is none, so a wrong position shows what was said.
 */
export function expectRefusal(diagnostics: readonly Diagnostic[], refusal: Refusal): Diagnostic {
  const found = diagnostics.find((d) => d.code === refusal.code && refusal.message.test(d.message));
  expect(found, JSON.stringify(diagnostics, null, 1)).toBeDefined();
  expect({ line: found!.line, column: found!.column }).toEqual({ line: refusal.line, column: refusal.column });
  return found!;
}
