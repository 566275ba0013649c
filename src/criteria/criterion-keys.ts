import type { Issue } from '../shared/diagnostics.js';
import { itemName, nthItem } from '../shared/paths.js';
import { quote } from '../shared/quote.js';
import { describeFound } from '../shared/schema-issues.js';
import { unknownKeyHint } from '../shared/suggest.js';
import { CRITERION_KEYS } from './model.js';
import type { Scheme } from './scheme/model.js';

/**
 * A criterion's keys that are neither the criteria file's nor a flag of its scheme, and flags that
 * are not true or false. Named by its id, else by its place: it also runs on a criterion that
 * `salvageCriteria` could not read (no id or level), whose misspelt key is likely the cause.
 */
export function criterionKeyIssues(criterion: Record<string, unknown>, index: number, scheme: Scheme): Issue[] {
  const issues: Issue[] = [];
  const at = (key: string) => ['criteria', index, key];
  const name = itemName('criteria', index, criterion) ?? nthItem('criteria', index);
  const flagIds = scheme.flags.map((f) => f.id);
  const keys = [...CRITERION_KEYS, ...flagIds];
  for (const key of Object.keys(criterion)) {
    if ((CRITERION_KEYS as readonly string[]).includes(key)) continue;
    if (!flagIds.includes(key)) {
      issues.push({ code: 'unknown-key', severity: 'error', path: at(key), atKey: true,
        message: `${name}: unknown key ${quote(key)}${unknownKeyHint(key, keys)}` });
    } else if (typeof criterion[key] !== 'boolean') {
      issues.push({ code: 'invalid-type', severity: 'error', path: at(key),
        message: `${name}: ${key} must be true or false, not ${describeFound(criterion[key])}` });
    }
  }
  return issues;
}
