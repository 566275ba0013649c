import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse.js';
import { expectRefusal } from '../helpers/scheme-texts.js';

/**
 * SPEC §7: a share "over the applicable criteria in SEL … an empty set is an input error". A
 * share whose selection matches no criterion of the file at all (a theme or flag it lacks) can
 * never be taken, so the criteria file is refused, as for a level that a share selects.
 */
const SCHEME = `scheme: themed
title: Themed shares
version: "1"
grades: [{ id: low, title: Low }, { id: high, title: High }]
levels: [{ id: core, title: Core }]
flags:
  pilot: { levels: [core] }
rules:
  - { id: high, grade: high, when: [{ share: { level: core }, of: met, atLeast: 0.5 }] }
  - { id: low, grade: low, otherwise: true }
limiters:
  - { id: digital-cap, cap: low, when: [{ share: { theme: digital }, of: unmet, atLeast: 0.5 }] }
  - { id: pilot-cap, cap: low, when: [{ share: [{ flag: pilot }, { theme: ops }], of: unmet, atLeast: 0.5 }] }
`;

const criteria = (themes: string, rows: string) => `framework: themed-sample
scheme: themed
title: Sample
group: Samples
version: "1"
themes: [${themes}]
criteria:
${rows}`;

const DIGITAL = '{ id: digital, title: Digital }';
const OPS = '{ id: ops, title: Operations }';

const dir = mkdtempSync(join(tmpdir(), 'grade-share-selection-'));
mkdirSync(join(dir, 'schemes'));
writeFileSync(join(dir, 'schemes', 'themed.yaml'), SCHEME);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FILE = join(dir, 'themed-sample.yaml');

describe('every share condition selects at least one criterion (SPEC §7)', () => {
  it('accepts a file in which each share selects something (a union needs one of its selectors)', () => {
    const loaded = parseCriteria(criteria(`${DIGITAL}, ${OPS}`, '  - { id: T1, level: core, theme: digital, text: a }\n  - { id: T2, level: core, theme: ops, text: b }\n'), FILE);
    expect(loaded.ok).toBe(true);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses a file with no criterion of the theme a share selects', () => {
    const loaded = parseCriteria(criteria(OPS, '  - { id: T2, level: core, theme: ops, text: b }\n'), FILE);
    expect(loaded.ok).toBe(false);
    const refusal = expectRefusal(loaded.diagnostics, { code: 'require-unmatched', line: 8, column: 3,
      message: /the framework has no criterion of theme "digital" \(its scheme, themed, takes a share of them in limiter digital-cap\)/ });
    expect(refusal.file).toBe(FILE);
  });

  it('refuses a file in which no selector of a share\'s union matches', () => {
    const loaded = parseCriteria(criteria(DIGITAL, '  - { id: T1, level: core, theme: digital, text: a }\n'), FILE);
    expect(loaded.ok).toBe(false);
    expectRefusal(loaded.diagnostics, { code: 'require-unmatched', line: 8, column: 3,
      message: /the framework has no pilot Core criterion or criterion of theme "ops" \(its scheme, themed, takes a share of them in limiter pilot-cap\)/ });
  });
});
