import type { Status } from '../shared/grades.js';
import { isRecord, sparseItems, stringField } from '../shared/salvage.js';
import type { Evidence, FactorFinding, Judgement } from './model.js';

/** What `salvageEvidence` could read, and whether the findings list itself was readable. */
export interface SalvagedEvidence {
  evidence: Evidence;
  /** False when `findings` is not a list: completeness cannot be judged, so it is not. */
  findingsReadable: boolean;
}

function readJudgement(value: unknown): Judgement | undefined {
  if (!isRecord(value)) return undefined;
  const rationale = stringField(value, 'rationale');
  const by = stringField(value, 'by');
  return rationale === undefined || by === undefined ? undefined : { grade: value.grade as Judgement['grade'], rationale, by };
}

/**
 * A finding's `evidence` or `sources` as far as they can be read: the texts of a list; a value
 * the schema refused (not a list, or not text) counts as citing something, since its own error names it and
 * an `uncited-finding` warning beside it would be wrong.
 */
function citations(item: Record<string, unknown>, key: 'evidence' | 'sources'): { evidence?: string[] } | { sources?: string[] } {
  const value = item[key];
  if (value === undefined) return {};
  const unreadable = '(unreadable)';
  const texts = Array.isArray(value) ? value.map((text: unknown) => (typeof text === 'string' ? text : unreadable)) : [unreadable];
  return { [key]: texts };
}

/**
 * What `checkEvidence` can still read of an evidence document that failed its schema, with
 * unreadable items left as holes (see src/shared/salvage.ts). A finding whose status or score is
 * not valid is kept (its criterion is still answered for). A `criteriaVersion` that is not text is
 * taken as the criteria's own, as the schema error already names it. Undefined when the
 * document names no framework.
 */
export function salvageEvidence(data: Record<string, unknown>, criteriaVersion: string): SalvagedEvidence | undefined {
  const framework = stringField(data, 'framework');
  if (framework === undefined) return undefined;
  const judgement = readJudgement(data.judgement);
  const evidence: Evidence = {
    framework,
    criteriaVersion: stringField(data, 'criteriaVersion') ?? criteriaVersion,
    force: { id: '', name: '' },
    findings: sparseItems(data.findings, (item) => {
      const criterion = stringField(item, 'criterion');
      // A score is kept as written, as a status is: one of the wrong type is the schema's error alone, not a missing score.
      return criterion ? { criterion, status: item.status as Status, ...(item.score !== undefined ? { score: item.score as number | null } : {}),
        ...citations(item, 'evidence'), ...citations(item, 'sources') } : undefined;
    }),
    excellence: sparseItems(data.excellence, (item) => {
      const factor = stringField(item, 'factor');
      return factor ? { factor, status: item.status as FactorFinding['status'], ...citations(item, 'evidence'), ...citations(item, 'sources') } : undefined;
    }),
    critical: sparseItems(data.critical, (item) => {
      const criterion = stringField(item, 'criterion');
      const rationale = stringField(item, 'rationale');
      return criterion && rationale !== undefined ? { criterion, rationale } : undefined;
    }),
    ...(judgement ? { judgement } : {}),
  };
  return { evidence, findingsReadable: Array.isArray(data.findings) };
}
