import { describe, expect, it } from 'vitest';
import { conditionResult } from '../helpers/condition-scheme.js';
import { plainCriteria } from '../helpers/scheme-framework.js';

/**
 * A rule as a requirement (`scheme.rules[].title`, `grade show`'s "Graded by" text): its
 * comparator is said with `all` as with a number, so a rule never reads as its opposite.
 */
const titleOf = (condition: string) =>
  conditionResult(condition, plainCriteria('a', 3), { values: ['met', 'met', 'met'] }).scheme.rules[0]?.title;

describe('a count compared with all, in words', () => {
  it.each([
    ['{ count: { level: a }, of: met, atLeast: all }', 'High: every A criterion met'],
    ['{ count: { level: a }, of: unmet, atLeast: all }', 'High: every A criterion not met'],
    ['{ count: { level: a }, of: met, below: all }', 'High: less than all A criteria met'],
    ['{ count: { level: a }, of: unmet, moreThan: all }', 'High: more than all A criteria not met'],
    ['{ count: { level: a }, of: met, atMost: all }', 'High: at most all A criteria met'],
  ])('%s', (condition, title) => {
    expect(titleOf(condition)).toBe(title);
  });
});
