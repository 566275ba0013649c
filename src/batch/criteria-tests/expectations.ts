import type { Criteria } from '../../criteria/model.js';
import { gradeIds } from '../../criteria/scheme/model.js';
import type { Issue } from '../../shared/diagnostics.js';
import { quote } from '../../shared/quote.js';
import { didYouMean } from '../../shared/suggest.js';
import type { TestCase } from './model.js';

/** One kind of name a case may expect, and where the scheme keeps the names it can be. */
interface NameKind {
  key: 'grade' | 'computedGrade' | 'rule' | 'limiters' | 'advisories';
  code: 'unknown-grade' | 'unknown-rule';
  what: string;
  names: (criteria: Criteria) => string[];
}

const KINDS: readonly NameKind[] = [
  { key: 'grade', code: 'unknown-grade', what: 'grade', names: (c) => gradeIds(c.scheme) },
  { key: 'computedGrade', code: 'unknown-grade', what: 'grade', names: (c) => gradeIds(c.scheme) },
  { key: 'rule', code: 'unknown-rule', what: 'rule', names: (c) => c.scheme.rules.map((r) => r.id) },
  { key: 'limiters', code: 'unknown-rule', what: 'limiter', names: (c) => c.scheme.limiters.map((l) => l.id) },
  { key: 'advisories', code: 'unknown-rule', what: 'advisory', names: (c) => c.scheme.rules.flatMap((r) => (r.advisory ? [r.advisory.code] : [])) },
];

/**
 * What a case expects that its framework's scheme can never give: a grade, rule, limiter or
 * advisory the scheme does not have (a typo would otherwise only show as a failed case, or pass
 * unnoticed under `validate`). Each names the closest the scheme has.
 */
export function expectationIssues(criteria: Criteria, testCase: TestCase): Issue[] {
  const issues: Issue[] = [];
  const expect = testCase.expect as Partial<Record<NameKind['key'], string | string[]>>;
  for (const kind of KINDS) {
    const given = expect[kind.key];
    if (given === undefined) continue;
    const names = kind.names(criteria);
    const check = (name: string, path: Array<string | number>) => {
      if (names.includes(name)) return;
      const scheme = criteria.scheme.id;
      const hint = didYouMean(name, names) || (names.length > 0 ? ` (it has ${names.map((n) => quote(n)).join(', ')})` : ' (it has none)');
      issues.push({ code: kind.code, severity: 'error', path,
        message: `case ${quote(testCase.name)} expects ${kind.what} ${quote(name)}, which ${scheme} does not have${hint}` });
    };
    const at = ['cases', testCase.index, 'expect', kind.key];
    if (Array.isArray(given)) given.forEach((name, i) => check(name, [...at, i]));
    else check(given, at);
  }
  return issues;
}
