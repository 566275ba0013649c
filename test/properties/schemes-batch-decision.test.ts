import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Criteria } from '../../src/criteria/model.js';
import type { Scheme } from '../../src/criteria/scheme/model.js';
import type { Evidence } from '../../src/evidence/model.js';
import { gradedArb } from '../helpers/scheme-findings.js';
import { evidenceFor } from '../helpers/scheme-framework.js';
import { CQC_SAF, HMIC_2007, PEEL_2021 } from '../helpers/schemes.js';
import { expectBatchAgreesWithGrade } from '../helpers/batch-agrees.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const settings = { numRuns: RUNS, seed: process.env.FUZZ_SEED === undefined ? 20240101 : Number(process.env.FUZZ_SEED) };

/** Ways evidence goes wrong; each a change SPEC §3's checks have something to say about. */
const OFF_PATH: Record<string, (criteria: Criteria, evidence: Evidence, pick: number) => void> = {
  'a finding removed': (_c, e, pick) => { e.findings.splice(pick % e.findings.length, 1); },
  'a finding repeated': (_c, e, pick) => { e.findings.push({ ...e.findings[pick % e.findings.length]! }); },
  'a critical mark on a not-applicable finding': (_c, e, pick) => {
    const finding = e.findings[pick % e.findings.length]!;
    finding.status = 'not-applicable';
    delete finding.score;
    e.critical = [...(e.critical ?? []), { criterion: finding.criterion, rationale: 'risk' }];
  },
  'every finding not applicable': (_c, e) => { for (const f of e.findings) { f.status = 'not-applicable'; delete f.score; } },
  'a status where a score belongs, or a score where a status does': (c, e, pick) => {
    const finding = e.findings[pick % e.findings.length]!;
    if (c.scheme.scores) finding.status = 'met';
    else finding.score = 1;
  },
};

const offPathArb = fc.option(fc.tuple(fc.constantFrom(...Object.keys(OFF_PATH)), fc.nat()), { nil: undefined, freq: 3 });

describe.each<[string, Scheme]>([['hmic-2007', HMIC_2007], ['peel-2021', PEEL_2021], ['cqc-saf', CQC_SAF]])('the batch decision in %s', (_name, scheme) => {
  const judgementArb = fc.option(fc.record({ grade: fc.constantFrom(...scheme.grades.map((g) => g.id)), rationale: fc.constant('moderated'), by: fc.constant('Lead inspector') }), { nil: undefined, freq: 3 });

  it("is grade's: the same checks, the same state, the same decision, on clean evidence and on evidence gone wrong", () => {
    fc.assert(fc.property(gradedArb(fc.constant(scheme), () => 8), judgementArb, offPathArb, fc.boolean(), ({ criteria, findings }, judgement, offPath, allowIncomplete) => {
      const evidence: Evidence = { ...evidenceFor(criteria, findings), ...(judgement ? { judgement } : {}) };
      if (offPath) OFF_PATH[offPath[0]]!(criteria, evidence, offPath[1]);
      expectBatchAgreesWithGrade(criteria, evidence, allowIncomplete);
    }), settings);
  });
});
