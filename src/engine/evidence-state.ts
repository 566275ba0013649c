import type { Criteria } from '../criteria/model.js';
import { compileScheme, type CompiledScheme } from '../criteria/scheme/compile.js';
import type { Evidence } from '../evidence/model.js';
import { statusOf } from '../evidence/status.js';
import type { Pairing } from '../evidence/check.js';
import { stateOf, type GradingState } from './state.js';

/** What the conditions of a scheme see of one evidence, and the criteria it has no finding for. */
export interface EvidenceState {
  compiled: CompiledScheme;
  state: GradingState;
  /** Criterion ids without a finding (or with one not assessed yet), in criteria order. */
  missing: string[];
}

/** Per loaded framework, lists reused by every call for what never outlives it (a batch reads thousands of files against one). */
const scratch = new WeakMap<Criteria, boolean[]>();

function applicableScratch(criteria: Criteria): boolean[] {
  let list = scratch.get(criteria);
  if (!list) scratch.set(criteria, (list = criteria.criteria.map(() => true)));
  return list;
}

/** A factor's entry in the evidence: its last one assessed (a blank status is not yet evidence), or undefined. */
export function assessedFactor(evidence: Evidence, factor: string): NonNullable<Evidence['excellence']>[number] | undefined {
  let found: NonNullable<Evidence['excellence']>[number] | undefined;
  const excellence = evidence.excellence ?? [];
  for (let i = 0; i < excellence.length; i++) {
    const entry = excellence[i] as NonNullable<Evidence['excellence']>[number];
    if (entry.factor === factor && entry.status !== '') found = entry;
  }
  return found;
}

/** How many of the framework's factors the evidence gives as met. */
function factorsMet(criteria: Criteria, evidence: Evidence): number {
  let met = 0;
  const factors = criteria.excellence;
  for (let i = 0; i < factors.length; i++) if (assessedFactor(evidence, (factors[i] as Criteria['excellence'][number]).id)?.status === 'met') met++;
  return met;
}

/**
 * The grading state of evidence (SPEC §1, §7): each criterion read by its first finding, as the
 * checks paired them (`pairing`); one with none, or not assessed yet, counts as applicable and
 * unmet (the lowest score in a scored scheme) and is listed as missing. Built without the
 * per-criterion results of a justification: the one way every path (a batch, `grade`, a
 * criteria test) turns evidence into what the scheme's conditions measure. Expects evidence
 * the checks of SPEC §3 have passed; pure.
 */
export function evidenceState(criteria: Criteria, evidence: Evidence, pairing: Pairing): EvidenceState {
  const compiled = compileScheme(criteria);
  const list = criteria.criteria;
  const scores = criteria.scheme.scores;
  const lowest = scores?.min ?? 0;
  const applicable = applicableScratch(criteria);
  for (let i = 0; i < applicable.length; i++) applicable[i] = true;
  // The values afresh: the state keeps them, and may outlive the call (a criteria test asks it for margins later).
  const values: number[] = [];
  const missing: string[] = [];
  const findings = evidence.findings;
  for (let i = 0; i < list.length; i++) {
    const at = pairing[i] ?? -1;
    const finding = at >= 0 ? findings[at] : undefined;
    const status = statusOf(finding, scores?.metAt);
    if (status === undefined) {
      missing.push((list[i] as Criteria['criteria'][number]).id);
      values.push(lowest);
    } else if (status === 'not-applicable') {
      applicable[i] = false;
      values.push(lowest);
    } else if (scores) values.push(typeof finding?.score === 'number' ? finding.score : lowest);
    else values.push(status === 'met' ? 1 : 0);
  }
  let marks: boolean[] | null = null;
  const critical = evidence.critical ?? [];
  for (let m = 0; m < critical.length; m++) {
    const mark = critical[m] as NonNullable<Evidence['critical']>[number];
    // Checked evidence marks each criterion once at most: a search of the ids is enough.
    const at = compiled.ids.indexOf(mark.criterion);
    if (at < 0) continue;
    marks ??= Array.from(list, () => false);
    marks[at] = true;
  }
  const state = stateOf(compiled, applicable, marks, values, factorsMet(criteria, evidence), criteria.excellence.length, evidence.concerns?.length ?? 0);
  return { compiled, state, missing };
}
