import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCriteriaFile } from '../../src/criteria/load.js';
import { gradeFile } from '../../src/batch/grade-file.js';
import { runInProcess } from '../helpers/cli.js';

/** The grades the 2007 report gives Hertfordshire ("Force summary of judgements"). */
const REPORT_GRADES = {
  'neighbourhood-policing': 'good',
  'performance-management': 'good',
  'child-abuse': 'good',
  'domestic-violence': 'fair',
  'public-protection': 'fair',
  'missing-persons': 'good',
} as const;

/**
 * The grades the criteria give on an honest reading of the report (criteria/README.md, "Computed
 * and published grades"). Where they differ from the report's, the evidence records the report's
 * grade as HMIC's professional judgement, quoting its reasoning.
 */
const COMPUTED_GRADES: Record<string, string> = { ...REPORT_GRADES, 'neighbourhood-policing': 'fair' };

const FRAMEWORKS = Object.entries(REPORT_GRADES);

describe('Hertfordshire 2007: the report\'s grades, by the rules or by the report\'s own judgement', () => {
  it.each(FRAMEWORKS)('%s is %s', async (framework, grade) => {
    const criteria = await loadCriteriaFile(`criteria/${framework}.yaml`);
    if (!criteria.ok) throw new Error(JSON.stringify(criteria.diagnostics));
    expect(criteria.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const graded = await gradeFile(criteria.value, `evidence/hertfordshire-2007/${framework}.json`, { framework });
    if (!graded.ok) throw new Error(JSON.stringify(graded.diagnostics));
    expect(graded.result.grade).toBe(grade);
    expect(graded.result.computedGrade).toBe(COMPUTED_GRADES[framework]);
    if (COMPUTED_GRADES[framework] === grade) expect(graded.result.judgement).toBeNull();
    else expect(graded.result.judgement).toMatchObject({ grade, by: expect.stringContaining('HMIC') });
    expect(graded.result.incomplete).toBe(false);
  });

  it.each(FRAMEWORKS)('every finding in %s cites text and a section', (framework) => {
    const evidence = JSON.parse(readFileSync(`evidence/hertfordshire-2007/${framework}.json`, 'utf8'));
    if (COMPUTED_GRADES[framework] === REPORT_GRADES[framework as keyof typeof REPORT_GRADES]) expect(evidence.judgement).toBeUndefined();
    else expect(evidence.judgement.rationale).toContain('“');
    for (const finding of evidence.findings) {
      expect(finding.evidence.length, finding.criterion).toBeGreaterThan(0);
      for (const text of finding.evidence) expect(text.trim().length, finding.criterion).toBeGreaterThan(10);
      expect(finding.sources.length, finding.criterion).toBeGreaterThan(0);
    }
  });

  it.each(FRAMEWORKS)('%s criteria have at least 15 criteria and a schema line', (framework) => {
    const text = readFileSync(`criteria/${framework}.yaml`, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/criteria.schema.json');
    expect((text.match(/^\s+- id: /gm) ?? []).length).toBeGreaterThanOrEqual(15);
  });

  it('the CLI prints the SPEC §5 JSON for the Quick start example', async () => {
    const run = await runInProcess(['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    for (const key of ['schemaVersion', 'framework', 'force', 'grade', 'computedGrade', 'judgement', 'decision', 'counts', 'goodShare',
      'excellence', 'nextGrade', 'advisories', 'incomplete', 'missing', 'criteria']) expect(result).toHaveProperty(key);
    expect(result.framework).toMatchObject({ id: 'neighbourhood-policing', title: 'Neighbourhood Policing', version: '2007.1' });
    expect(result.force).toEqual({ id: 'hertfordshire', name: 'Hertfordshire Constabulary' });
    expect([result.grade, result.computedGrade, result.decision.rule]).toEqual(['good', 'fair', 'fair']);
    expect(result.judgement).toMatchObject({ grade: 'good' });
    expect(Object.keys(result.counts)).toEqual(['fair', 'significant', 'dominant', 'good']);
    expect(Object.keys(result.counts.good)).toEqual(expect.arrayContaining(['total', 'met', 'partlyMet', 'notMet', 'notApplicable']));
    expect(result.nextGrade.grade).toBe('good');
    expect(result.criteria[0]).toEqual(expect.objectContaining({ id: 'NP-F1', level: 'fair', significant: true, dominant: true, status: 'met' }));
  });
});
