import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse.js';
import { expectRefusal, removeLines, replaceLine, SAMPLE_SCHEME, type Refusal } from '../helpers/scheme-texts.js';

/** A three-grade scheme with two levels, two flags (vital implies key) and ordered thresholds. */
const TRI = `scheme: tri
title: Three grades
version: "1"
grades: [{ id: weak, title: Weak }, { id: sound, title: Sound }, { id: strong, title: Strong }]
levels: [{ id: core, title: Core }, { id: stretch, title: Stretch }]
flags:
  key: { levels: [core] }
  vital: { levels: [core], implies: key }
thresholds: { half: 0.5, most: 0.75 }
increasing: [half, most]
require: [{ flag: key }]
rules:
  - { id: vital-failed, grade: weak, when: [{ count: { flag: vital }, of: unmet, atLeast: 1 }] }
  - { id: strong, grade: strong, when: [{ share: { level: stretch }, of: met, atLeast: most }] }
  - { id: sound, grade: sound, when: [{ share: { level: core }, of: met, moreThan: half }] }
  - { id: weak, grade: weak, otherwise: true }
`;

/** A criteria file valid against TRI; cases replace or remove lines to break it in one way. */
const VALID = `framework: sample
scheme: tri
title: Sample
group: Samples
version: "1"
criteria:
  - id: S-C1
    level: core
    key: true
    vital: true
    text: Vital core statement.
    guidance: Look for it.
  - id: S-C2
    level: core
    text: Core statement.
    guidance: Look for it.
  - id: S-S1
    level: stretch
    text: Stretch statement.
`;

const dir = mkdtempSync(join(tmpdir(), 'grade-criteria-scheme-'));
mkdirSync(join(dir, 'schemes'));
writeFileSync(join(dir, 'schemes', 'tri.yaml'), TRI);
const BROKEN_SCHEME = join(dir, 'schemes', 'broken.yaml');
writeFileSync(BROKEN_SCHEME, replaceLine(TRI, 1, 'scheme: broken').replace('grade: strong,', 'grade: strnog,'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = join(dir, 'sample.yaml');
const at = (line: number, replacement: string) => replaceLine(VALID, line, replacement);

const CASES: Array<Refusal & { name: string; text: string }> = [
  { name: 'an unknown scheme', text: at(2, 'scheme: trii'), code: 'unknown-scheme', line: 2, column: 9,
    message: /unknown grading scheme "trii"; the schemes are broken, cqc-saf, hmic-2007, peel-2021, tri; did you mean "tri"\?/ },
  { name: 'a level not in the scheme', text: at(8, '    level: cor'), code: 'unknown-level', line: 8, column: 12,
    message: /^criterion S-C1: level must be core or stretch; got "cor"; did you mean "core"\?$/ },
  { name: 'a hmic-2007 level in another scheme', text: at(18, '    level: good'), code: 'unknown-level', line: 18, column: 12, message: /^criterion S-S1: level must be core or stretch; got "good"$/ },
  { name: 'a flag the scheme does not define', text: at(9, '    kye: true'), code: 'unknown-key', line: 9, column: 5, message: /criterion S-C1: unknown key "kye"; did you mean "key"\?/ },
  { name: 'a hmic-2007 flag in another scheme', text: at(9, '    significant: true'), code: 'unknown-key', line: 9, column: 5, message: /criterion S-C1: unknown key "significant"/ },
  { name: 'a flag that is not true or false', text: at(9, '    key: yes'), code: 'invalid-type', line: 9, column: 10, message: /criterion S-C1: key must be true or false, not the text "yes"/ },
  { name: 'a flag on a level it is not allowed on', text: at(18, '    level: stretch\n    key: true'), code: 'flag-level', line: 19, column: 5,
    message: /"key" is only allowed on a Core criterion; S-S1 is a Stretch criterion/ },
  { name: 'a missing implied flag', text: removeLines(VALID, 9, 9), code: 'missing-implied-flag', line: 9, column: 5,
    message: /S-C1 is vital but not key; a vital criterion must also be marked key: true/ },
  { name: 'a require selector that matches nothing', text: removeLines(VALID, 9, 10), code: 'require-unmatched', line: 7, column: 3,
    message: /the framework has no key Core criterion \(its scheme, tri, needs one\)/ },
  { name: 'no criterion at a level a share selects', text: removeLines(VALID, 17, 19), code: 'require-unmatched', line: 7, column: 3,
    message: /the framework has no Stretch criterion \(its scheme, tri, needs one\)/ },
  { name: 'a threshold the scheme does not name', text: `${VALID}thresholds: { mots: 0.6 }\n`, code: 'unknown-threshold', line: 20, column: 15,
    message: /"mots" is not a threshold of scheme tri \(half, most\); did you mean "most"\?/ },
  { name: 'a hmic-2007 threshold in another scheme', text: `${VALID}thresholds: { vastMajority: 0.8 }\n`, code: 'unknown-threshold', line: 20, column: 15, message: /"vastMajority" is not a threshold of scheme tri/ },
  { name: 'thresholds out of the scheme order', text: `${VALID}thresholds: { half: 0.8, most: 0.6 }\n`, code: 'threshold-order', line: 20, column: 21,
    message: /thresholds\.half \(0\.8\) must be less than thresholds\.most \(0\.6\)/ },
  { name: 'a threshold out of order with the scheme value', text: `${VALID}thresholds: { half: 0.8 }\n`, code: 'threshold-order', line: 20, column: 21, message: /thresholds\.most \(0\.75\)/ },
  { name: 'a threshold out of range', text: `${VALID}thresholds: { half: 0 }\n`, code: 'threshold-range', line: 20, column: 21, message: /thresholds\.half must be in \(0, 1\]; got 0/ },
];

describe('a criteria file is checked against its scheme (SPEC §2, §7)', () => {
  it('accepts the valid base file, with the scheme from the schemes/ folder beside it', () => {
    const loaded = parseCriteria(VALID, FILE);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.value.scheme).toMatchObject({ id: 'tri', file: join(dir, 'schemes', 'tri.yaml') });
    expect(loaded.value.thresholds).toEqual({ half: 0.5, most: 0.75 });
    expect(loaded.value.criteria[0]?.flags).toEqual(['key', 'vital']);
  });

  it.each(CASES)('$name', ({ text, name: _, ...refusal }) => {
    const loaded = parseCriteria(text, FILE);
    expect(loaded.ok).toBe(false);
    const diagnostic = expectRefusal(loaded.diagnostics, refusal);
    expect(diagnostic.file).toBe(FILE);
  });

  it('an invalid scheme: scheme-invalid at `scheme:`, and the scheme file\'s own diagnostics', () => {
    const loaded = parseCriteria(at(2, 'scheme: broken'), FILE);
    expect(loaded.ok).toBe(false);
    const own = expectRefusal(loaded.diagnostics, { code: 'unknown-grade', line: 14, column: 26, message: /"strnog" is not a grade of this scheme \(weak, sound, strong\); did you mean "strong"\?/ });
    expect(own.file).toBe(BROKEN_SCHEME);
    const invalid = expectRefusal(loaded.diagnostics, { code: 'scheme-invalid', line: 2, column: 9, message: /the grading scheme "broken" is invalid/ });
    expect(invalid.file).toBe(FILE);
    expect(invalid.message).toContain(`(${BROKEN_SCHEME}:14:26: "strnog" is not a grade`);
  });

  it('warns of a flag that no criterion carries, and still loads', () => {
    const loaded = parseCriteria(removeLines(VALID, 10, 10), FILE);
    expect(loaded.ok).toBe(true);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: 'unused-flag', severity: 'warning', line: 7, column: 3, message: 'the framework flags no vital criterion' })]);
  });

  it('a schemes/hmic-2007.yaml beside the criteria replaces the shipped default', () => {
    const local = mkdtempSync(join(tmpdir(), 'grade-local-hmic-'));
    try {
      mkdirSync(join(local, 'schemes'));
      const file = join(local, 'schemes', 'hmic-2007.yaml');
      writeFileSync(file, replaceLine(SAMPLE_SCHEME, 1, 'scheme: hmic-2007').replace('most: 0.5,', 'most: 0.7,'));
      const criteria = 'framework: local\ntitle: L\ngroup: G\nversion: "1"\ncriteria:\n  - { id: L-F1, level: fair, significant: true, text: x, guidance: y }\n  - { id: L-G1, level: good, text: z }\n';
      const loaded = parseCriteria(criteria, join(local, 'local.yaml'));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
      expect(loaded.value.scheme.file).toBe(file);
      expect(loaded.value.thresholds.most).toBe(0.7);
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });
});
