import { gradeEvidence } from '../../src/engine/grade.js';
import type { Scheme } from '../../src/criteria/scheme/model.js';
import type { GradeResult } from '../../src/engine/result.js';
import { evidenceFor, frameworkFor, type CriterionSpec, type FindingsSpec } from './scheme-framework.js';
import { schemeFrom } from './schemes.js';

/** How a one-condition test scheme is built and its framework set up. */
export interface ConditionOptions {
  /** A scored scheme, scores 1 to 4, met at 3. */
  scored?: boolean;
  /** The criteria file's own threshold values. */
  thresholds?: Record<string, number>;
  /** The criteria file's own excellence factors (default f1, f2, f3). */
  factors?: string[];
}

const schemes = new Map<string, Scheme>();

/**
 * A two-grade scheme whose first rule (`holds`, grade `high`) has the one condition given and
 * whose last (`fails`, grade `low`) is otherwise: levels a and b, flag `key` on both, factors
 * f1-f3, thresholds seven 0.7, band 0.75, twoThirds 0.6667. Parsed from YAML text once per condition.
 */
export function conditionScheme(condition: string, scored = false): Scheme {
  const text = `scheme: test-scheme
title: Condition tests
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: a, title: A }, { id: b, title: B }]
flags: { key: { levels: [a, b] } }
factors: [f1, f2, f3]
thresholds: { seven: 0.7, band: 0.75, twoThirds: 0.6667 }
${scored ? 'scores: { min: 1, max: 4, metAt: 3 }\n' : ''}rules:
  - { id: holds, grade: high, when: [${condition}] }
  - { id: fails, grade: low, otherwise: true }
`;
  let scheme = schemes.get(text);
  if (!scheme) schemes.set(text, (scheme = schemeFrom(text)));
  return scheme;
}

/** The result of grading the findings given against the one-condition scheme. */
export function conditionResult(condition: string, criteria: readonly CriterionSpec[], findings: FindingsSpec, options: ConditionOptions = {}): GradeResult {
  const framework = frameworkFor(conditionScheme(condition, options.scored), criteria, options);
  return gradeEvidence(framework, evidenceFor(framework, findings));
}

/** Whether the condition holds for the findings given: its rule decided, with its grade. */
export function conditionHolds(condition: string, criteria: readonly CriterionSpec[], findings: FindingsSpec, options: ConditionOptions = {}): boolean {
  const result = conditionResult(condition, criteria, findings, options);
  return result.decision.rule === 'holds' && result.computedGrade === 'high';
}
