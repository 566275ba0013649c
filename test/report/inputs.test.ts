import { describe, expect, it } from 'vitest';
import { parseEvidence, type LoadedEvidence } from '../../src/evidence/load.js';
import { checkReportInputs } from '../../src/evidence/report-inputs.js';

function loaded(file: string, framework: string, forceId: string): LoadedEvidence {
  const text = JSON.stringify({ framework, criteriaVersion: '1', force: { id: forceId, name: forceId }, findings: [] }, null, 2);
  const parsed = parseEvidence(text, file);
  if (!parsed.ok) throw new Error('fixture should parse');
  return parsed.value;
}

const FRAMEWORKS = ['child-abuse', 'neighbourhood-policing', 'other'];

describe('checkReportInputs', () => {
  it('accepts one force\'s files, one per framework', () => {
    expect(checkReportInputs([loaded('a.json', 'child-abuse', 'force-a'), loaded('b.json', 'neighbourhood-policing', 'force-a')], FRAMEWORKS)).toEqual([]);
  });

  it.each([
    ['evidence for a second force', [loaded('a.json', 'child-abuse', 'force-a'), loaded('b.json', 'neighbourhood-policing', 'force-b')],
      { code: 'mixed-forces', file: 'b.json', line: 5, column: 11 }, 'is for force "force-b", but the report\'s other evidence (a.json) is for "force-a"'],
    ['one file for another force among several', [loaded('a.json', 'child-abuse', 'force-b'), loaded('b.json', 'neighbourhood-policing', 'force-a'), loaded('c.json', 'other', 'force-a')],
      { code: 'mixed-forces', file: 'a.json', line: 5, column: 11 }, 'other evidence (2 files, such as b.json) is for "force-a"'],
    ['two files for one framework', [loaded('a.json', 'child-abuse', 'force-a'), loaded('b.json', 'child-abuse', 'force-a')],
      { code: 'duplicate-evidence', file: 'b.json', line: 2, column: 16 }, 'a second evidence file for child-abuse (the first is a.json)'],
    ['a framework without criteria', [loaded('a.json', 'child-abuze', 'force-a')],
      { code: 'unknown-framework', file: 'a.json', line: 2, column: 16 }, 'no criteria for framework "child-abuze"; did you mean "child-abuse"?'],
  ])('refuses %s, positioned in the offending file', (_name, files, at, message) => {
    const diagnostics = checkReportInputs(files, FRAMEWORKS);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ...at, severity: 'error' });
    expect(diagnostics[0]?.message).toContain(message);
  });
});
