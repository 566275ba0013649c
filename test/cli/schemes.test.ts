import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { MY_SCHEME, writeSchemeFixture } from '../helpers/scheme-fixture.js';

const fixture = writeSchemeFixture();
afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));
const CRITERIA = ['--criteria', fixture.criteria];
const graded = async (framework: string, file: string, ...more: string[]) => runInProcess([framework, join(fixture.evidence, file), ...CRITERIA, ...more]);
const gradedJson = async (framework: string, file: string) => JSON.parse((await graded(framework, file, '--format', 'json')).stdout);

describe('grade with a scheme from the --criteria folder (SPEC §7)', () => {
  it('gives the grade, rule, scheme, nextGrade and margin worked out by hand', async () => {
    const result = await gradedJson('my-framework', 'silver.json');
    // C1 (essential) met; 2 of 4 Extra met is 50%: not the 75% of gold, at least the 50% of silver.
    expect(result).toMatchObject({ grade: 'silver', computedGrade: 'silver', decision: { rule: 'silver' }, limiters: [],
      scheme: { id: 'my-scheme', title: 'My three-grade scheme', version: '3.1' } });
    // Gold needs a third Extra met (75%) and spark; one worse (C1, or X1/X2: 25%) gives bronze.
    expect(result.nextGrade).toMatchObject({ grade: 'gold', changesNeeded: 2, candidates: ['X3', 'X4', 'spark'], required: ['spark'] });
    expect(result.margin).toMatchObject({ grade: 'bronze', changesNeeded: 1, candidates: ['C1', 'X1', 'X2'] });
  });

  it('lists a limiter that capped the grade; decision.rule stays the rule that held', async () => {
    const result = await gradedJson('my-framework', 'capped.json');
    expect(result).toMatchObject({ grade: 'silver', computedGrade: 'silver', decision: { rule: 'gold' },
      limiters: [{ id: 'concern-cap', cap: 'silver', reasons: ['1 cause of concern recorded, at least 1'] }] });
    // No finding lifts a cause of concern; only C1 failing drops silver to bronze.
    expect(result.nextGrade).toMatchObject({ grade: 'gold', changesNeeded: null, candidates: [] });
    expect(result.margin).toMatchObject({ grade: 'bronze', changesNeeded: 1, candidates: ['C1'] });
  });

  it('a scored scheme: the score share, its limiter, and changes counted in score points', async () => {
    const result = await gradedJson('my-scored-framework', 'scored.json');
    // 9 of 12 points is 75%: green by rule, capped at amber by S3's score of 1. S3 from 1 to 2
    // lifts the cap (10 of 12); red needs fewer than 2 met, so a 4 lowered to 2 (2 points).
    expect(result).toMatchObject({ grade: 'amber', decision: { rule: 'green' }, goodShare: 0.75, limiters: [{ id: 'floor', cap: 'amber' }],
      nextGrade: { grade: 'green', changesNeeded: 1, candidates: ['S3'] }, margin: { grade: 'red', changesNeeded: 2, candidates: ['S1', 'S2'] } });
  });

  it('text output names the scheme\'s grade titles, never hmic-2007\'s', async () => {
    const run = await graded('my-framework', 'silver.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Grade: SILVER AWARD');
    expect(run.stdout).toContain('Decision: Silver award: at least 50% of Extra criteria met');
    expect(run.stdout).toMatch(/Next grade: Gold award is 2 findings away from Silver award: spark must become met; and 1 more of\s+X3, X4/);
    expect(run.stdout).toContain('Margin: Silver award holds by 1 finding (a worse one gives Bronze award): C1 or X1 or X2');
    expect(run.stdout).not.toMatch(/Excellent|Poor|Fair/);
  });

  it('text output of a scored scheme speaks of score points, not findings becoming met', async () => {
    const run = await graded('my-scored-framework', 'scored.json');
    expect(run.stdout).toContain('Grade: AMBER');
    expect(run.stdout).toContain('capped at Amber by floor: 1 of 3 statements scored 1');
    expect(run.stdout).toContain('Next grade: Green is 1 score point away from Amber: S3 must score higher');
    expect(run.stdout).toContain('Margin: Amber holds by 2 score points (worse ones give Red): all on one of S1, S2');
    expect(run.stdout).toContain('S3: ✘ Not met, scored 1 (kept the grade from Green; must score higher for Green)');
    expect(run.stdout).not.toMatch(/must become met|any \d+ of/);
  });
});

describe('list and validate with schemes in the --criteria folder', () => {
  it('grade list shows each framework\'s scheme', async () => {
    const run = await runInProcess(['list', ...CRITERIA]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/│ Scheme +│/);
    expect(run.stdout).toMatch(/│ my-framework +│.*│ my-scheme +│ 1 +│ 6: 2 Core \(1 essential\), 4 Extra/);
    expect(run.stdout).toMatch(/│ my-scored-framework +│.*│ my-scored +│/);
    expect(run.stdout).toMatch(/│ neighbourhood-policing +│.*│ hmic-2007 +│/);
  });

  it('grade validate checks the scheme files, kind "scheme"', async () => {
    const run = await runInProcess(['validate', fixture.criteria, '--format', 'json']);
    expect(run.status).toBe(0);
    const files = JSON.parse(run.stdout).files as Array<{ file: string; kind: string; valid: boolean }>;
    expect(files.filter((f) => f.kind === 'scheme').map((f) => [f.file, f.valid])).toEqual([
      [join(fixture.criteria, 'schemes', 'my-scheme.yaml'), true], [join(fixture.criteria, 'schemes', 'my-scored.yaml'), true]]);
  });

  it('grade validate reports a broken scheme file with positions, and the criteria that use it', async () => {
    const broken = join(fixture.dir, 'broken');
    cpSync(fixture.criteria, broken, { recursive: true });
    const schemeFile = join(broken, 'schemes', 'my-scheme.yaml');
    writeFileSync(schemeFile, MY_SCHEME.replace('    grade: gold\n', '    grade: goldd\n'));
    const text = await runInProcess(['validate', broken]);
    expect(text.status).toBe(1);
    expect(text.stdout + text.stderr).toContain(`${schemeFile}:22:12: error: "goldd" is not a grade of this scheme (bronze, silver, gold); did you mean "gold"? [unknown-grade]`);
    expect(text.stdout + text.stderr).toMatch(/my-framework\.yaml:2:9: error: the grading scheme "my-scheme" is invalid.*\[scheme-invalid\]/);
    const json = JSON.parse((await runInProcess(['validate', broken, '--format', 'json'])).stdout);
    const scheme = json.files.find((f: { file: string }) => f.file === schemeFile);
    expect(scheme).toMatchObject({ kind: 'scheme', valid: false, errors: 1, diagnostics: [{ code: 'unknown-grade', line: 22, column: 12 }] });
  });
});

describe('a schemes/hmic-2007.yaml in the --criteria folder replaces the shipped one', () => {
  // Missing persons without its own thresholds, so that the scheme's `most` decides.
  const criteria = readFileSync(join(ROOT, 'criteria', 'missing-persons.yaml'), 'utf8').replace(/^thresholds:.*\n/m, '');
  const hertfordshire = join(ROOT, 'evidence', 'hertfordshire-2007', 'missing-persons.json');
  const gradeWith = async (scheme?: string) => {
    const dir = join(fixture.dir, scheme === undefined ? 'shipped-hmic' : 'local-hmic');
    cpSync(fixture.criteria, dir, { recursive: true });
    writeFileSync(join(dir, 'missing-persons.yaml'), criteria);
    if (scheme !== undefined) writeFileSync(join(dir, 'schemes', 'hmic-2007.yaml'), scheme);
    return JSON.parse((await runInProcess(['missing-persons', hertfordshire, '--criteria', dir, '--format', 'json'])).stdout);
  };

  it('most: 0.7 takes Hertfordshire\'s 6 of 11 missing persons Good criteria (54.5%) from Good to Fair', async () => {
    expect(criteria).not.toMatch(/^thresholds:/m);
    const shipped = await gradeWith();
    expect(shipped).toMatchObject({ grade: 'good', decision: { rule: 'good' }, thresholds: { most: 0.5 } });
    const text = readFileSync(join(ROOT, 'criteria', 'schemes', 'hmic-2007.yaml'), 'utf8');
    expect(text).toContain('most: 0.5,');
    const local = await gradeWith(text.replace('most: 0.5,', 'most: 0.7,'));
    expect(local).toMatchObject({ grade: 'fair', decision: { rule: 'fair' }, thresholds: { most: 0.7 }, scheme: { id: 'hmic-2007' } });
    const good = local.decision.notReached.find((n: { grade: string }) => n.grade === 'good');
    expect(good.reasons).toContain('6 of 11 Good criteria met (55%), Good needs more than 70%');
  });
});
