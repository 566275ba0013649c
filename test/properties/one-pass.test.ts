import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideInOnePass } from '../../src/engine/one-pass.js';
import type { Criteria } from '../../src/criteria/model.js';
import { checkJudgementShift } from '../../src/engine/judgement.js';
import { decideGrade, type GradeDecision } from '../../src/engine/grade.js';
import { checkEvidence } from '../../src/evidence/check.js';
import type { Evidence } from '../../src/evidence/model.js';
import { HMIC_GRADES as GRADES } from '../helpers/schemes.js';
import { gradedArb } from '../helpers/arbitraries.js';

/** What the full path of a batch decides: the checks of SPEC §3, the rules, the judgement's step limit. */
function fullPath(criteria: Criteria, evidence: Evidence): GradeDecision | undefined {
  if (checkEvidence(criteria, evidence).some((i) => i.severity === 'error')) return undefined;
  const decision = decideGrade(criteria, evidence);
  return checkJudgementShift(decision, criteria.scheme).length > 0 ? undefined : decision;
}

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

describe('the quick decision of a batch', () => {
  it('decides clean evidence, always, exactly as the full path', () => {
    fc.assert(fc.property(gradedArb, ({ criteria, evidence }) => {
      const quick = decideInOnePass(criteria, evidence);
      expect(quick).toBeDefined();
      expect(quick).toEqual(fullPath(criteria, evidence));
      expect(checkEvidence(criteria, evidence)).toEqual([]);
    }), { numRuns: 1000, seed: 11 });
  });

  it('with a professional judgement: the same decision, or none when the full path refuses it', () => {
    fc.assert(fc.property(gradedArb, judgementArb, ({ criteria, evidence }, judgement) => {
      const judged: Evidence = { ...evidence, ...(judgement ? { judgement } : {}) };
      expect(decideInOnePass(criteria, judged)).toEqual(fullPath(criteria, judged));
    }), { numRuns: 1000, seed: 12 });
  });

  it('never decides evidence the full path would refuse, and agrees whenever it does decide', () => {
    fc.assert(fc.property(gradedArb, fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), (graded, name, pick) => {
      // Copies: a mutation may change the criteria too (their period).
      const criteria: Criteria = { ...graded.criteria };
      const broken: Evidence = structuredClone(graded.evidence);
      MUTATIONS[name]!(criteria, broken, pick);
      const quick = decideInOnePass(criteria, broken);
      const full = fullPath(criteria, broken);
      if (full === undefined) expect(quick).toBeUndefined();
      else if (quick !== undefined) expect(quick).toEqual(full);
      // What the checks report, warnings too, the batch must show: the quick path never hides it.
      if (checkEvidence(criteria, broken).length > 0) expect(quick).toBeUndefined();
    }), { numRuns: 2000, seed: 13 });
  });
});
