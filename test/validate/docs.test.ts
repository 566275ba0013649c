import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_META } from '../../src/shared/diagnostic-meta.js';

describe('docs/validate.md', () => {
  const doc = readFileSync('docs/validate.md', 'utf8');

  it.each(Object.entries(DIAGNOSTIC_META))('lists the rule %s with its level and description', (code, meta) => {
    expect(doc).toContain(`| \`${code}\` | ${meta.severity ?? 'error'} | ${meta.description} |`);
  });
});
