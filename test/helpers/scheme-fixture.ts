import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/**
 * A scheme written from SPEC §7's text alone: three grades, a `count`, two `share`s, a `factors`
 * condition and a limiter on `concerns`.
 */
export const MY_SCHEME = `scheme: my-scheme
title: My three-grade scheme
version: "3.1"
grades:
  - { id: bronze, title: Bronze award }
  - { id: silver, title: Silver award }
  - { id: gold, title: Gold award }
levels:
  - { id: core, title: Core }
  - { id: extra, title: Extra }
flags:
  essential: { levels: [core] }
factors: [spark]
thresholds: { some: 0.5, plenty: 0.75, maxJudgementShift: 1 }
increasing: [some, plenty]
require: [{ flag: essential }, { level: extra }]
rules:
  - id: essential-missed
    grade: bronze
    when: [{ count: { flag: essential }, of: unmet, atLeast: 1 }]
  - id: gold
    grade: gold
    when: [{ share: { level: extra }, of: met, atLeast: plenty }, { factors: { atLeast: all } }]
  - id: silver
    grade: silver
    when: [{ share: { level: extra }, of: met, atLeast: some }]
  - id: bronze
    grade: bronze
    otherwise: true
limiters:
  - id: concern-cap
    cap: silver
    when: [{ concerns: { atLeast: 1 } }]
`;

/** A scored scheme from SPEC §7: a `score` share, a count of met scores, a limiter on a score of 1. */
export const MY_SCORED = `scheme: my-scored
title: My scored scheme
version: "1"
grades: [{ id: red, title: Red }, { id: amber, title: Amber }, { id: green, title: Green }]
levels: [{ id: statement, title: Statement, one: statement, many: statements }]
thresholds: { greenBand: 0.75 }
scores: { min: 1, max: 4, metAt: 3 }
rules:
  - { id: green, grade: green, when: [{ score: { level: statement }, atLeast: greenBand }] }
  - { id: amber, grade: amber, when: [{ count: { level: statement }, of: met, atLeast: 2 }] }
  - { id: red, grade: red, otherwise: true }
limiters:
  - { id: floor, cap: amber, when: [{ count: { level: statement }, of: { scoreAtMost: 1 }, atLeast: 1 }] }
`;

const MY_FRAMEWORK = `framework: my-framework
scheme: my-scheme
title: My framework
group: My schemes
version: "1"
excellence: [{ id: spark, text: Something others copy. }]
criteria:
  - { id: C1, level: core, essential: true, text: Essential core statement., guidance: Look for it. }
  - { id: C2, level: core, text: Core statement., guidance: Look for it. }
  - { id: X1, level: extra, text: Extra statement one. }
  - { id: X2, level: extra, text: Extra statement two. }
  - { id: X3, level: extra, text: Extra statement three. }
  - { id: X4, level: extra, text: Extra statement four. }
`;

const MY_SCORED_FRAMEWORK = `framework: my-scored-framework
scheme: my-scored
title: My scored framework
group: My schemes
version: "1"
criteria:
  - { id: S1, level: statement, text: Statement one. }
  - { id: S2, level: statement, text: Statement two. }
  - { id: S3, level: statement, text: Statement three. }
`;

type Finding = { criterion: string; status?: string; score?: number; evidence: string[] };

/** An evidence file of a synthetic force for one of the frameworks above. */
export function evidence(framework: string, force: string, findings: Record<string, string | number>, more: Record<string, unknown> = {}): string {
  const list: Finding[] = Object.entries(findings).map(([criterion, value]) =>
    ({ criterion, ...(typeof value === 'number' ? { score: value } : { status: value }), evidence: [`Synthetic: ${criterion}`] }));
  return `${JSON.stringify({ framework, criteriaVersion: '1', force: { id: force, name: `Synthetic ${force}` }, findings: list, ...more }, null, 2)}\n`;
}

/** Silver by rule `silver`: C1 met, 2 of 4 Extra met (50%), spark not met. */
export const SILVER = evidence('my-framework', 'synthetic-a', { C1: 'met', C2: 'partly-met', X1: 'met', X2: 'met', X3: 'not-met', X4: 'not-met' },
  { excellence: [{ factor: 'spark', status: 'not-met', evidence: ['Synthetic: spark'] }] });
/** Gold by rule `gold` (every finding and spark met), capped at silver by one cause of concern. */
export const CAPPED = evidence('my-framework', 'synthetic-b', { C1: 'met', C2: 'met', X1: 'met', X2: 'met', X3: 'met', X4: 'met' },
  { excellence: [{ factor: 'spark', status: 'met', evidence: ['Synthetic: spark'] }], concerns: [{ text: 'Synthetic: a cause of concern' }] });
/** Scores 4, 4, 1 (9 of 12, 75%): green by rule, capped at amber by `floor`. */
export const SCORED_FLOORED = evidence('my-scored-framework', 'synthetic-c', { S1: 4, S2: 4, S3: 1 });

const FORCES = `title: Synthetic forces of the scheme tests
forces:
  - { id: hertfordshire, name: Hertfordshire Constabulary }
  - { id: synthetic-a, name: Synthetic synthetic-a }
  - { id: synthetic-b, name: Synthetic synthetic-b }
  - { id: synthetic-c, name: Synthetic synthetic-c }
`;

/** Where writeSchemeFixture wrote: the temp folder, its criteria and evidence folders, the registry. */
export interface SchemeFixture { dir: string; criteria: string; evidence: string; forces: string }

/**
 * A temp folder: `criteria/` (the two frameworks, `schemes/my-scheme.yaml`, `schemes/my-scored.yaml`,
 * and neighbourhood-policing with its hmic-2007 default), `evidence/` with the files above and
 * Hertfordshire's neighbourhood-policing evidence, and `forces.yaml` registering their forces.
 */
export function writeSchemeFixture(): SchemeFixture {
  const dir = mkdtempSync(join(tmpdir(), 'grade-schemes-cli-'));
  const criteria = join(dir, 'criteria');
  const evidenceDir = join(dir, 'evidence');
  mkdirSync(join(criteria, 'schemes'), { recursive: true });
  mkdirSync(evidenceDir);
  writeFileSync(join(criteria, 'schemes', 'my-scheme.yaml'), MY_SCHEME);
  writeFileSync(join(criteria, 'schemes', 'my-scored.yaml'), MY_SCORED);
  writeFileSync(join(criteria, 'my-framework.yaml'), MY_FRAMEWORK);
  writeFileSync(join(criteria, 'my-scored-framework.yaml'), MY_SCORED_FRAMEWORK);
  copyFileSync(join(ROOT, 'criteria', 'neighbourhood-policing.yaml'), join(criteria, 'neighbourhood-policing.yaml'));
  writeFileSync(join(evidenceDir, 'silver.json'), SILVER);
  writeFileSync(join(evidenceDir, 'capped.json'), CAPPED);
  writeFileSync(join(evidenceDir, 'scored.json'), SCORED_FLOORED);
  copyFileSync(join(ROOT, 'evidence', 'hertfordshire-2007', 'neighbourhood-policing.json'), join(evidenceDir, 'hertfordshire-np.json'));
  writeFileSync(join(dir, 'forces.yaml'), FORCES);
  return { dir, criteria, evidence: evidenceDir, forces: join(dir, 'forces.yaml') };
}
