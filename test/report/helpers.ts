import type { Criteria } from '../../src/criteria/model.js';
import { gradeEvidence } from '../../src/engine/grade.js';
import type { GradeResult } from '../../src/engine/result.js';
import type { Evidence } from '../../src/evidence/model.js';
import { makeCriteria, makeEvidence } from '../helpers/factories.js';

/** A graded synthetic framework for report tests: its id, group and order, and what its evidence says. */
export function gradedFramework(id: string, options: {
  group?: string; order?: number; title?: string;
  period?: Criteria['period'];
  statuses?: NonNullable<Parameters<typeof makeEvidence>[1]>['statuses'];
  judgement?: Evidence['judgement'];
  report?: Evidence['report'];
  force?: Evidence['force'];
} = {}): GradeResult {
  const base = makeCriteria();
  const criteria: Criteria = {
    ...base, framework: id, title: options.title ?? `Framework ${id}`, group: options.group ?? 'Group',
    ...(options.order === undefined ? {} : { order: options.order }),
    ...(options.period ? { period: options.period } : {}),
  };
  const evidence: Evidence = {
    ...makeEvidence(criteria, { statuses: options.statuses ?? {}, ...(options.judgement ? { judgement: options.judgement } : {}) }),
    ...(options.report ? { report: options.report } : {}),
    ...(options.force ? { force: options.force } : {}),
  };
  return gradeEvidence(criteria, evidence);
}
