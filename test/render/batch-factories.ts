import type { BatchFramework, BatchRun, BatchResult } from '../../src/batch/model.js';
type Grade = string;
import { HMIC_2007 } from '../helpers/schemes.js';

/** Two frameworks in one group, as a batch reports them. */
export const FRAMEWORKS: BatchFramework[] = [
  { id: 'neighbourhood-policing', title: 'Neighbourhood Policing', group: 'Neighbourhood Policing', version: '2007.1', scheme: 'hmic-2007', grades: HMIC_2007.grades },
  { id: 'child-abuse', title: 'Child abuse', group: 'Protecting vulnerable people', version: '2007.1', scheme: 'hmic-2007', grades: HMIC_2007.grades },
];

/** A graded file's short form. */
export function batchResult(force: { id: string; name: string }, framework: string, grade: Grade = 'good', extra: Partial<BatchResult> = {}): BatchResult {
  return {
    file: `${force.id}/${framework}.json`, force, framework, grade, computedGrade: grade, judged: false, goodShare: 0.5,
    rule: 'good', limiters: [], margin: null, direction: null, incomplete: false, missing: [], advisories: [], ...extra,
  };
}

/** A batch report of the given results (sorted by the caller), with its summary counted. */
export function batchReport(results: BatchResult[], extra: Partial<BatchRun> = {}): BatchRun {
  const summary: BatchRun['summary'] = {};
  for (const f of FRAMEWORKS) summary[f.id] = { excellent: 0, good: 0, fair: 0, poor: 0 };
  for (const r of results) {
    const counts = summary[r.framework];
    if (counts) counts[r.grade] = (counts[r.grade] ?? 0) + 1;
  }
  return {
    schemaVersion: 1, frameworks: FRAMEWORKS, summary, results, errors: [], warnings: [], skipped: [], excluded: 0,
    registry: null, missing: {}, movement: null, moderation: [], ...extra,
  };
}

/** A report with one force of the given name (graded on both frameworks) and one ordinary force. */
export function reportWithName(name: string, extra: Partial<BatchRun> = {}): BatchRun {
  const long = { id: 'force-01', name };
  const short = { id: 'force-02', name: 'Synthetic Force 02' };
  return batchReport([batchResult(long, 'neighbourhood-policing', 'fair', { judged: true }), batchResult(long, 'child-abuse', 'poor'),
    batchResult(short, 'child-abuse', 'excellent')], extra);
}
