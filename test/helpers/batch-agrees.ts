import { expect } from 'vitest';
import type { Criteria } from '../../src/criteria/model.js';
import { decideLoaded, gradeLoaded } from '../../src/engine/sequence.js';
import { parseEvidence } from '../../src/evidence/load.js';
import type { Evidence } from '../../src/evidence/model.js';

/**
 * Holds that a batch's lean decision (`decideLoaded`) and `grade`'s justified result
 * (`gradeLoaded`) of the same evidence say the same: the same diagnostics, refusals and warnings
 * alike, and the same decision (grade, rule, limiters, share, advisories, missing, margin, direction).
 */
export function expectBatchAgreesWithGrade(criteria: Criteria, evidence: Evidence, allowIncomplete: boolean): void {
  const parsed = parseEvidence(JSON.stringify(evidence), 'generated.json');
  if (!parsed.ok) throw new Error(`the generated evidence is not schema-valid: ${parsed.diagnostics[0]?.message}`);
  const lean = decideLoaded(criteria, parsed.value, { allowIncomplete });
  const full = gradeLoaded(criteria, parsed.value, { allowIncomplete });
  expect(lean.diagnostics).toEqual(full.diagnostics);
  expect(lean.ok).toBe(full.ok);
  if (!lean.ok || !full.ok) return;
  const r = full.result;
  expect(lean.decision).toEqual({ grade: r.grade, computedGrade: r.computedGrade, judgement: r.judgement, rule: r.decision.rule,
    scheme: r.scheme.id, limiters: r.limiters.map((l) => l.id), goodShare: r.goodShare, thresholds: r.thresholds, advisories: r.advisories,
    incomplete: r.incomplete, missing: r.missing, margin: r.margin && { grade: r.margin.grade, changesNeeded: r.margin.changesNeeded }, direction: r.direction });
}
