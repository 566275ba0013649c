import { describe, expect, it } from 'vitest';
import { gradeEvidence } from '../../src/engine/grade.js';
import type { Status } from '../../src/shared/grades.js';
import { goods, makeCriteria, makeEvidence } from '../helpers/factories.js';

const criteria = makeCriteria(); // F1 dominant, F2 significant, F3-F4 Fair, G1-G10 Good

const CASES: Array<{
  name: string; statuses?: Record<string, Status>; factors?: Record<string, 'met' | 'not-met' | 'partly-met'>;
  next: { grade: string; changesNeeded: number; required: string[]; additional: number; candidates: string[] } | null;
}> = [
  { name: 'Excellent has no next grade', factors: { beacon: 'met', innovation: 'met' }, next: null },
  {
    name: 'Poor to Fair needs every failed dominant and significant criterion',
    statuses: { F1: 'not-met', F2: 'partly-met', F3: 'not-met' },
    next: { grade: 'fair', changesNeeded: 2, required: ['F1', 'F2'], additional: 0, candidates: ['F1', 'F2'] },
  },
  {
    name: 'Fair to Good needs the failed Fair criteria and enough Good ones (5 of 10 met -> 6)',
    statuses: { F3: 'not-met', ...goods(5, 'not-met', 6) },
    next: { grade: 'good', changesNeeded: 2, required: ['F3'], additional: 1, candidates: ['F3', 'G6', 'G7', 'G8', 'G9', 'G10'] },
  },
  {
    name: 'Fair to Good with enough Good already needs only the Fair failures',
    statuses: { F3: 'partly-met', F4: 'not-met' },
    next: { grade: 'good', changesNeeded: 2, required: ['F3', 'F4'], additional: 0, candidates: ['F3', 'F4'] },
  },
  {
    name: 'Good to Excellent needs enough Good (6 -> 8) and the factors',
    statuses: goods(4, 'not-met', 7), factors: { beacon: 'met' },
    next: { grade: 'excellent', changesNeeded: 3, required: ['innovation'], additional: 2, candidates: ['G7', 'G8', 'G9', 'G10', 'innovation'] },
  },
];

describe('nextGrade: the fewest findings to change for the next grade up', () => {
  it.each(CASES)('$name', ({ statuses, factors, next }) => {
    const result = gradeEvidence(criteria, makeEvidence(criteria, { statuses, factors }));
    expect(result.nextGrade).toEqual(next);
  });

  it('agrees with a brute-force search over single-step improvements', () => {
    // Flip the candidates the result names, as many as changesNeeded says, and the grade must rise.
    const statuses = { F3: 'not-met' as Status, ...goods(6, 'partly-met', 5) };
    const result = gradeEvidence(criteria, makeEvidence(criteria, { statuses }));
    const next = result.nextGrade!;
    const improved: Record<string, Status> = { ...statuses };
    for (const id of next.required) improved[id] = 'met';
    next.candidates.filter((id) => !next.required.includes(id)).slice(0, next.additional).forEach((id) => { improved[id] = 'met'; });
    expect(gradeEvidence(criteria, makeEvidence(criteria, { statuses: improved })).computedGrade).toBe(next.grade);
    // One fewer change is never enough.
    const fewer: Record<string, Status> = { ...statuses };
    for (const id of next.required) fewer[id] = 'met';
    next.candidates.filter((id) => !next.required.includes(id)).slice(0, next.additional - 1).forEach((id) => { fewer[id] = 'met'; });
    expect(gradeEvidence(criteria, makeEvidence(criteria, { statuses: fewer })).computedGrade).toBe(result.computedGrade);
  });
});

describe('decision reasons', () => {
  it('states the rule with its counts, as SPEC §1 shows', () => {
    const result = gradeEvidence(criteria, makeEvidence(criteria, { statuses: goods(3, 'not-met', 8) }));
    expect(result.decision.summary).toBe('all 4 Fair criteria met; 7 of 10 Good criteria met (70%), Good needs more than 50%');
    expect(result.decision.notReached.map((n) => n.grade)).toEqual(['excellent']);
    expect(result.decision.notReached[0]!.reasons.join(' ')).toMatch(/7 of 10 Good criteria met \(70%\), Excellent needs at least 80%/);
  });

  it('names dominant failures with their text', () => {
    const result = gradeEvidence(criteria, makeEvidence(criteria, { statuses: { F1: 'not-met' } }));
    expect(result.decision.deciding).toEqual([{ id: 'F1', text: 'Fair statement 1', status: 'not-met', reason: 'dominant' }]);
    expect(result.decision.reasons.join('\n')).toContain('F1 (dominant) is not-met: "Fair statement 1"');
    expect(result.decision.notReached.map((n) => n.grade)).toEqual(['fair', 'good', 'excellent']);
  });
});
