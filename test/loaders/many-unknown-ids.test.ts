import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse.js';
import { checkEvidence } from '../../src/evidence/check.js';
import type { Evidence } from '../../src/evidence/model.js';
import { MAX_SUGGESTED_NAMES } from '../../src/shared/suggestion-budget.js';
import { ROOT } from '../helpers/cli.js';

const loaded = parseCriteria(readFileSync(join(ROOT, 'criteria/neighbourhood-policing.yaml'), 'utf8'), 'neighbourhood-policing.yaml');
if (!loaded.ok) throw new Error('the shipped criteria do not load');
const criteria = loaded.value;
const ORIGINAL = readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8');
const evidence = (): Evidence => JSON.parse(ORIGINAL) as Evidence;
const messages = (doc: Evidence, code = 'unknown-criterion') =>
  checkEvidence(criteria, doc).filter((i) => i.code === code).map((i) => i.message);

// Each unknown id's "did you mean" compares it with every criterion: a file of 200,000 unknown
// ids spent 12 s of `validate` on suggestions no one reads. Past a fixed number of distinct
// unknown names in one file, none is looked for, and the first left without one says so.
describe('many unknown criterion ids in one file', () => {
  const typo = (i: number) => `NP-F${i}x`;

  it(`suggests for the first ${MAX_SUGGESTED_NAMES} distinct names, then says once that it stops`, () => {
    const doc = evidence();
    for (let i = 0; i < MAX_SUGGESTED_NAMES + 50; i++) doc.findings.push({ criterion: typo(i), status: 'met', evidence: ['seen'] });
    const found = messages(doc);
    expect(found).toHaveLength(MAX_SUGGESTED_NAMES + 50);
    expect(found[0]).toBe('finding for unknown criterion "NP-F0x"; did you mean "NP-F1"?');
    expect(found[MAX_SUGGESTED_NAMES - 1]).toMatch(/; did you mean /);
    expect(found[MAX_SUGGESTED_NAMES]).toBe(`finding for unknown criterion "${typo(MAX_SUGGESTED_NAMES)}"; no more suggestions in this file (more than ${MAX_SUGGESTED_NAMES} unknown names)`);
    for (const later of found.slice(MAX_SUGGESTED_NAMES + 1)) expect(later).toMatch(/^finding for unknown criterion "NP-F\d+x"$/);
  });

  it('a name seen before the limit keeps its suggestion when it comes again after it', () => {
    const doc = evidence();
    doc.findings.push({ criterion: 'NP-F1x', status: 'met', evidence: ['seen'] });
    for (let i = 0; i < MAX_SUGGESTED_NAMES + 5; i++) doc.findings.push({ criterion: `Z-${i}`, status: 'met', evidence: ['seen'] });
    doc.findings.push({ criterion: 'NP-F1x', status: 'met', evidence: ['seen'] });
    const found = messages(doc);
    expect(found.at(-1)).toBe('finding for unknown criterion "NP-F1x"; did you mean "NP-F1"?');
    expect(found.filter((m) => m.includes('no more suggestions'))).toHaveLength(1);
  });

  it('a repeated typo still explains each missing criterion in turn, as before', () => {
    const doc = evidence();
    doc.findings = doc.findings.filter((f) => f.criterion !== 'NP-F1' && f.criterion !== 'NP-F2');
    doc.findings.push({ criterion: 'NP-F', status: 'met', evidence: ['a'] }, { criterion: 'NP-F', status: 'met', evidence: ['b'] },
      { criterion: 'NP-F', status: 'met', evidence: ['c'] });
    expect(messages(doc)).toEqual([
      'finding for unknown criterion "NP-F"; did you mean "NP-F1", which has no finding?',
      'finding for unknown criterion "NP-F"; did you mean "NP-F2", which has no finding?',
      'finding for unknown criterion "NP-F"; did you mean "NP-F1"?',
    ]);
  });

  it('critical marks share the limit', () => {
    const doc = evidence();
    for (let i = 0; i < MAX_SUGGESTED_NAMES; i++) doc.findings.push({ criterion: `Z-${i}`, status: 'met', evidence: ['seen'] });
    doc.critical = [{ criterion: 'NP-F1x', rationale: 'Seen at the panel.' }];
    expect(messages(doc).at(-1)).toBe(`critical mark for unknown criterion "NP-F1x"; no more suggestions in this file (more than ${MAX_SUGGESTED_NAMES} unknown names)`);
  });
});
