import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePattern } from '../../src/shared/schema-issues.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

/** Every `pattern` in the shipped JSON Schemas. */
function schemaPatterns(): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'pattern' && typeof value === 'string') found.add(value);
        else visit(value);
      }
    }
  };
  const dir = join(ROOT, 'schemas');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) visit(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  return [...found].sort();
}

describe('a value that does not match a schema pattern is told in words, never as a regular expression', () => {
  it.each(schemaPatterns())('%s', (pattern) => {
    const words = describePattern(pattern);
    expect(words).not.toContain(pattern);
    expect(words).not.toMatch(/[\^$\\]|\[a-z|\{\d/);
  });

  it('a judged grade written "Good" says what a grade id looks like', async () => {
    const evidence = JSON.parse(readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8'));
    evidence.judgement.grade = 'Good';
    const file = join(mkdtempSync(join(tmpdir(), 'grade-patterns-')), 'evidence.json');
    writeFileSync(file, JSON.stringify(evidence));
    const run = await runInProcess(['neighbourhood-policing', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the judgement: grade must be an id of lower-case letters and digits');
    expect(run.stderr).not.toContain('^[a-z0-9]');
  });
});
