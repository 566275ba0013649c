import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { writeSchemeFixture } from '../helpers/scheme-fixture.js';

const fixture = writeSchemeFixture();
afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));
const BATCH = ['batch', fixture.evidence, '--criteria', fixture.criteria, '--forces', fixture.forces];

// Each expectation is worked out by hand from MY_SCHEME and MY_SCORED (test/helpers/scheme-fixture.ts).
const MY_FRAMEWORK_CASES = `framework: my-framework
cases:
  - name: "Gold: every finding and spark met; one factor fewer is silver"
    default: met
    excellence: { spark: met }
    expect: { grade: gold, rule: gold, changesNeeded: null, margin: 1, limiters: [] }
  - name: "Capped: gold by rule, silver for a cause of concern that no finding lifts"
    default: met
    excellence: { spark: met }
    concerns: ["Synthetic: a cause of concern"]
    expect: { grade: silver, computedGrade: silver, rule: gold, changesNeeded: null, margin: 1, limiters: [concern-cap] }
  - name: "Bronze: the essential C1 not met; met again it gives silver"
    default: met
    findings: { C1: not-met }
    expect: { grade: bronze, rule: essential-missed, changesNeeded: 1, margin: null, limiters: [] }
  - name: "Bronze otherwise: 1 of 4 Extra met (25%)"
    default: not-met
    findings: { C1: met, X1: met }
    expect: { grade: bronze, rule: bronze, changesNeeded: 1, margin: null }
  - name: "Silver at the edge: 2 of 4 Extra met (50%)"
    default: met
    findings: { X3: not-met, X4: partly-met }
    expect: { grade: silver, rule: silver, changesNeeded: 2, margin: 1 }
`;

const MY_SCORED_CASES = `framework: my-scored-framework
cases:
  - name: "Green: 12 of 12 points; a 4 lowered to 1 brings the floor (3 points)"
    default: 4
    expect: { grade: green, rule: green, changesNeeded: null, margin: 3, limiters: [] }
  - name: "Floored: 9 of 12 (75%) is green by rule, amber for S3 scored 1"
    findings: { S1: 4, S2: 4, S3: 1 }
    expect: { grade: amber, rule: green, changesNeeded: 1, margin: 2, limiters: [floor] }
  - name: "Amber: 8 of 12 (66.7%) with 2 met; one point either way"
    findings: { S1: 3, S2: 3, S3: 2 }
    expect: { grade: amber, rule: amber, changesNeeded: 1, margin: 1, limiters: [] }
  - name: "Red: 6 of 12 and none met; two statements raised to 3"
    default: 2
    expect: { grade: red, rule: red, changesNeeded: 2, margin: null }
  - name: "Not applicable leaves 8 of 8: green, 3 points from either edge"
    default: 4
    findings: { S3: not-applicable }
    expect: { grade: green, rule: green, changesNeeded: null, margin: 3 }
`;

describe('grade test with inline cases of schemes from the --criteria folder', () => {
  it('passes every case, with scores and causes of concern', async () => {
    const tests = join(fixture.dir, 'tests');
    mkdirSync(tests);
    writeFileSync(join(tests, 'my-framework.test.yaml'), MY_FRAMEWORK_CASES);
    writeFileSync(join(tests, 'my-scored-framework.test.yaml'), MY_SCORED_CASES);
    const run = await runInProcess(['test', tests, '--criteria', fixture.criteria, '--format', 'json']);
    const out = JSON.parse(run.stdout) as { summary: Record<string, number>; files: Array<{ framework: string; cases: Array<{ name: string; status: string; mismatches: unknown[] }> }> };
    const failed = out.files.flatMap((f) => f.cases.filter((c) => c.status !== 'pass'));
    expect(failed).toEqual([]);
    expect(run.status).toBe(0);
    expect(out.files.map((f) => [f.framework, f.cases.length])).toEqual([['my-framework', 5], ['my-scored-framework', 5]]);
  });
});

describe('grade batch with several schemes', async () => {
  const json = JSON.parse((await runInProcess([...BATCH, '--format', 'json'])).stdout);
  const text = await runInProcess(BATCH);

  it('summary counts each framework\'s final grades on its own scheme\'s scale, best first', () => {
    expect(json.errors).toEqual([]);
    expect(Object.keys(json.summary['my-framework'])).toEqual(['gold', 'silver', 'bronze']);
    expect(json.summary).toEqual({
      'neighbourhood-policing': { excellent: 0, good: 1, fair: 0, poor: 0 },
      'my-framework': { gold: 0, silver: 2, bronze: 0 },
      'my-scored-framework': { green: 0, amber: 1, red: 0 },
    });
  });

  it('names each framework\'s scheme and each scheme\'s grades', () => {
    expect(json.frameworks.map((f: { id: string; scheme: string }) => [f.id, f.scheme])).toEqual([
      ['neighbourhood-policing', 'hmic-2007'], ['my-framework', 'my-scheme'], ['my-scored-framework', 'my-scored']]);
    expect(json.schemes['my-scheme']).toEqual({ grades: [{ id: 'bronze', title: 'Bronze award' }, { id: 'silver', title: 'Silver award' }, { id: 'gold', title: 'Gold award' }] });
    expect(Object.keys(json.schemes)).toEqual(['hmic-2007', 'my-scheme', 'my-scored']);
  });

  it('text prints one national summary table per scheme, with that scheme\'s grade titles', () => {
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    const tables = text.stdout.slice(text.stdout.indexOf('National summary of judgements'), text.stdout.indexOf('Force summary of judgements'));
    const heads = [...tables.matchAll(/^(\S+)\n┌.*\n│ +│(.*)│\n/gm)].map((m) => [m[1], m[2]!.split('│').map((s) => s.trim())]);
    expect(heads).toEqual([
      ['hmic-2007', ['Excellent', 'Good', 'Fair', 'Poor']],
      ['my-scheme', ['Gold award', 'Silver award', 'Bronze award']],
      ['my-scored', ['Green', 'Amber', 'Red']],
    ]);
    expect(tables).toMatch(/│ {3}My framework +│ +0 │ +2 │ +0 │/);
    expect(tables).toMatch(/│ {3}Neighbourhood Policing │ +0 │ +1 │ +0 │ +0 │/);
  });
});
