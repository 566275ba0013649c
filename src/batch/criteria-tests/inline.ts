import type { Criteria } from '../../criteria/model.js';
import type { LoadedEvidence } from '../../evidence/load.js';
import type { Evidence, Finding } from '../../evidence/model.js';
import type { Issue } from '../../shared/diagnostics.js';
import type { DocPath } from '../../shared/paths.js';
import type { Position } from '../../shared/positions.js';
import type { InlineEvidence, TestCase } from './model.js';
import type { LoadedTestFile } from './load.js';

/** The force every inline case is graded as: clearly synthetic (SPEC §6). */
export const TEST_FORCE = { id: 'criteria-test', name: 'Criteria test (synthetic force)' } as const;

/**
 * Evidence for an inline case: the findings named, in the order written, then `default` for
 * every other criterion; the criteria's own version. Unknown ids are kept so that the evidence
 * checks report them.
 */
export function inlineEvidence(criteria: Criteria, inline: InlineEvidence): Evidence {
  const named = Object.entries(inline.findings ?? {});
  const finding = (criterion: string, value: InlineEvidence['default'] & {}): Finding =>
    (typeof value === 'number' ? { criterion, score: value } : { criterion, status: value });
  const findings: Finding[] = named.map(([criterion, value]) => finding(criterion, value));
  if (inline.default !== undefined) {
    for (const c of criteria.criteria) {
      if (!Object.hasOwn(inline.findings ?? {}, c.id)) findings.push(finding(c.id, inline.default));
    }
  }
  return {
    framework: criteria.framework,
    criteriaVersion: criteria.version,
    force: { ...TEST_FORCE },
    findings,
    excellence: Object.entries(inline.excellence ?? {}).map(([factor, status]) => ({ factor, status })),
    critical: Object.entries(inline.critical ?? {}).map(([criterion, rationale]) => ({ criterion, rationale })),
    ...(inline.judgement ? { judgement: inline.judgement } : {}),
    ...(inline.concerns ? { concerns: inline.concerns.map((text) => ({ text })) } : {}),
  };
}

/**
 * Where in the case file a path of the inline evidence was written: a finding, factor or
 * critical mark is its key in the case's map (its status or rationale, the value); a finding
 * that came from `default`, the default.
 */
export function casePath(inline: InlineEvidence, index: number, path: DocPath): { path: DocPath; atKey: boolean } {
  const base = ['cases', index];
  const [section, item, field] = path;
  const keys = (map: Record<string, unknown> | undefined) => Object.keys(map ?? {});
  const mapped = (key: 'findings' | 'excellence' | 'critical', valueField: string) => {
    const names = keys(inline[key]);
    if (typeof item !== 'number') return { path: [...base, key], atKey: false };
    if (item >= names.length) return { path: [...base, 'default'], atKey: false };
    return { path: [...base, key, names[item] as string], atKey: field !== valueField };
  };
  if (section === 'findings') return mapped('findings', typeof field === 'string' && field === 'score' ? 'score' : 'status');
  if (section === 'concerns') return { path: [...base, 'concerns', ...(typeof item === 'number' ? [item] : [])], atKey: false };
  if (section === 'excellence') return mapped('excellence', 'status');
  if (section === 'critical') return mapped('critical', 'rationale');
  if (section === 'judgement') return { path: [...base, ...path], atKey: false };
  if (section === 'framework') return { path: ['framework'], atKey: false };
  return { path: base, atKey: false };
}

/** An inline case as loaded evidence whose issues are positioned in the case file. */
export function loadInlineCase(criteria: Criteria, loaded: LoadedTestFile, testCase: TestCase & { source: { kind: 'inline' } }): LoadedEvidence {
  const evidence = inlineEvidence(criteria, testCase.source);
  const locate = (path: DocPath): Position => {
    const where = casePath(testCase.source, testCase.index, path);
    const issue: Issue = { code: 'invalid-value', severity: 'error', message: '', path: where.path, atKey: where.atKey };
    const { line, column } = loaded.locate(issue);
    return { line, column };
  };
  return { file: loaded.testFile.file, evidence, source: { data: evidence, locate } };
}
