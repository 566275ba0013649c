import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../src/criteria/model.js';
import { checkAndPair } from '../../src/evidence/check.js';
import { evidenceState } from '../../src/engine/evidence-state.js';
import { compileScheme } from '../../src/criteria/scheme/compile.js';
import { stateOf } from '../../src/engine/state.js';
import type { Evidence } from '../../src/evidence/model.js';
import { HMIC_GRADES as GRADES } from '../helpers/schemes.js';
import { gradedArb } from '../helpers/arbitraries.js';
import { expectBatchAgreesWithGrade } from '../helpers/batch-agrees.js';

/**
 * The state as a deliberately plain second implementation builds it: each criterion's first
 * finding looked up by id, applicable unless not-applicable, a criterion with none (or a blank
 * one) unmet and missing, a factor counted by its last assessed entry.
 */
function plainState(criteria: Criteria, evidence: Evidence) {
  const scores = criteria.scheme.scores;
  const first = new Map<string, Evidence['findings'][number]>();
  for (const f of evidence.findings) if (!first.has(f.criterion)) first.set(f.criterion, f);
  const statusOf = (f: Evidence['findings'][number] | undefined) => {
    if (f === undefined) return undefined;
    if (f.status) return f.status;
    return scores && typeof f.score === 'number' ? (f.score >= scores.metAt ? 'met' : 'not-met') : undefined;
  };
  const marked = new Set((evidence.critical ?? []).map((m) => m.criterion));
  const statuses = criteria.criteria.map((c) => statusOf(first.get(c.id)));
  const assessed = new Map((evidence.excellence ?? []).filter((f) => f.status !== '').map((f) => [f.factor, f.status]));
  return {
    state: stateOf(compileScheme(criteria), statuses.map((s) => s !== 'not-applicable'), criteria.criteria.map((c) => marked.has(c.id)),
      criteria.criteria.map((c, i) => {
        const score = first.get(c.id)?.score;
        if (scores) return statuses[i] !== undefined && statuses[i] !== 'not-applicable' && typeof score === 'number' ? score : scores.min;
        return statuses[i] === 'met' ? 1 : 0;
      }),
      criteria.excellence.filter((f) => assessed.get(f.id) === 'met').length, criteria.excellence.length, evidence.concerns?.length ?? 0),
    missing: criteria.criteria.filter((_c, i) => statuses[i] === undefined).map((c) => c.id),
  };
}

/** What the conditions see of a state: its histogram over its classes, factors and concerns. */
const seen = (s: ReturnType<typeof stateOf>) => ({ inSelection: s.inSelection, hist: s.hist, width: s.width,
  classOf: Array.from(s.classOf), factorsMet: s.factorsMet, factorsTotal: s.factorsTotal, concerns: s.concerns });

const judgementArb = fc.option(fc.record({
  grade: fc.constantFrom(...GRADES),
  rationale: fc.constantFrom('moderated', '', '  '),
  by: fc.constantFrom('Lead inspector', ''),
}), { nil: undefined });

type Mutation = (criteria: Criteria, evidence: Evidence, pick: number) => void;
const at = <T>(list: T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];

/** Ways evidence goes wrong in practice; each leaves it schema-valid. */
const MUTATIONS: Record<string, Mutation> = {
  'a finding removed': (_c, e, pick) => { e.findings.splice(pick % e.findings.length, 1); },
  'a finding repeated': (_c, e, pick) => { e.findings.push({ ...e.findings[pick % e.findings.length]! }); },
  'a finding repeated with another status': (_c, e, pick) => {
    const first = e.findings[pick % e.findings.length]!;
    e.findings.push({ ...first, status: first.status === 'met' ? 'not-met' : 'met' });
  },
  'a factor met, then given again not assessed yet': (_c, e, pick) => {
    const factor = pick % 2 === 0 ? 'beacon' : 'innovation';
    e.excellence = [{ factor, status: 'met', evidence: ['seen'] }, { factor, status: '' }];
  },
  'a finding for an unknown criterion': (_c, e, pick) => { e.findings[pick % e.findings.length]!.criterion = 'NOPE-1'; },
  'a dominant criterion not applicable': (c, e, pick) => {
    const id = at(c.criteria.filter((x) => x.flags.includes('dominant')), pick)?.id;
    const finding = e.findings.find((f) => f.criterion === id);
    if (finding) finding.status = 'not-applicable';
  },
  'a critical mark on a not-applicable criterion': (_c, e, pick) => {
    const finding = at(e.findings, pick)!;
    finding.status = 'not-applicable';
    e.critical = [...(e.critical ?? []), { criterion: finding.criterion, rationale: 'risk' }];
  },
  'a critical mark that is unknown, repeated or without rationale': (_c, e, pick) => {
    const id = at(e.findings, pick)!.criterion;
    e.critical = [...(e.critical ?? []), [{ criterion: 'NOPE-2', rationale: 'r' }, { criterion: id, rationale: ' ' }][pick % 2]!, ...(pick % 3 === 0 ? [{ criterion: id, rationale: 'again' }] : [])];
  },
  'an unknown or repeated excellence factor': (_c, e, pick) => {
    e.excellence = [...(e.excellence ?? []), pick % 2 === 0 ? { factor: 'genius', status: 'met' } : { factor: 'beacon', status: 'met' }, { factor: 'beacon', status: 'not-met' }];
  },
  'every Good criterion not applicable': (c, e) => {
    for (const f of e.findings) if (c.criteria.find((x) => x.id === f.criterion)?.level === 'good') f.status = 'not-applicable';
  },
  'a finding not assessed yet (blank status)': (_c, e, pick) => { e.findings[pick % e.findings.length]!.status = ''; },
  'an excellence factor not assessed yet (blank status)': (_c, e, pick) => {
    e.excellence = [...(e.excellence ?? []).filter((f) => f.factor !== 'beacon'), { factor: 'beacon', status: pick % 2 === 0 ? '' : 'met' }];
  },
  'a finding dated outside the period, or on no real day': (c, e, pick) => {
    c.period = { from: '2006-04-01', to: '2007-07-31' };
    e.findings[pick % e.findings.length]!.date = ['2007-07-31', '2006-03-31', '2007-08-01', '2007-02-30', '2006-04-01'][pick % 5]!;
  },
  'a met finding that cites nothing (or only blank text)': (_c, e, pick) => {
    const finding = at(e.findings, pick)!;
    finding.status = 'met';
    if (pick % 2 === 0) { delete finding.evidence; delete finding.sources; } else { finding.evidence = [' ']; finding.sources = ['\u200b']; }
  },
  'a met excellence factor that cites nothing': (_c, e, pick) => {
    e.excellence = [{ factor: pick % 2 === 0 ? 'beacon' : 'innovation', status: 'met', ...(pick % 3 === 0 ? { evidence: [] } : {}) }];
  },
  'another criteria version': (_c, e) => { e.criteriaVersion = '0'; },
  'another framework': (_c, e) => { e.framework = 'other'; },
};

describe('a batch decides by the same checks and the same state as grade', () => {
  const sameOutcome = expectBatchAgreesWithGrade;

  it('the state of evidence is what a plain second implementation builds, for any evidence', () => {
    fc.assert(fc.property(gradedArb, fc.option(fc.constantFrom(...Object.keys(MUTATIONS)), { nil: undefined }), fc.nat(), (graded, name, pick) => {
      const criteria: Criteria = { ...graded.criteria };
      const evidence: Evidence = structuredClone(graded.evidence);
      if (name) MUTATIONS[name]!(criteria, evidence, pick);
      const { state, missing } = evidenceState(criteria, evidence, checkAndPair(criteria, evidence).pairing);
      const plain = plainState(criteria, evidence);
      expect(seen(state)).toEqual(seen(plain.state));
      expect(missing).toEqual(plain.missing);
    }), { numRuns: 1000, seed: 11 });
  });

  it('clean evidence, with or without a professional judgement: the same decision and diagnostics as grade', () => {
    fc.assert(fc.property(gradedArb, judgementArb, fc.boolean(), ({ criteria, evidence }, judgement, allowIncomplete) => {
      sameOutcome(criteria, { ...evidence, ...(judgement ? { judgement } : {}) }, allowIncomplete);
    }), { numRuns: 1000, seed: 12 });
  });

  it('evidence gone wrong: the same refusals, warnings and decisions as grade', () => {
    fc.assert(fc.property(gradedArb, fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), fc.boolean(), (graded, name, pick, allowIncomplete) => {
      // Copies: a mutation may change the criteria too (their period).
      const criteria: Criteria = { ...graded.criteria };
      const broken: Evidence = structuredClone(graded.evidence);
      MUTATIONS[name]!(criteria, broken, pick);
      sameOutcome(criteria, broken, allowIncomplete);
    }), { numRuns: 2000, seed: 13 });
  });
});
