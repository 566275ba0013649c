import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, MAX_GLOB_LENGTH, type Glob } from '../../src/shared/glob.js';

const glob = (pattern: string): Glob => {
  const compiled = compileGlob(pattern);
  if ('error' in compiled) throw new Error(compiled.error);
  return compiled;
};
/** An entry at `below` under the folder `root`. */
const entry = (below: string, root = 'evidence') => ({ name: below.split('/').at(-1) ?? below, below, shown: `${root}/${below}` });

describe('--exclude patterns', () => {
  it.each([
    ['package.json', 'package.json', true],
    ['package.json', 'tools/package.json', true],
    ['package.json', 'package.json.bak', false],
    ['*.draft.json', 'kent/child-abuse.draft.json', true],
    ['*.draft.json', 'kent/child-abuse.json', false],
    ['force-0?', 'force-01', true],
    ['force-0?', 'force-012', false],
    ['drafts', 'drafts', true],
    ['drafts/', 'drafts', true],
    ['./drafts', 'a/drafts', true],
    ['drafts/*.json', 'drafts/a.json', true],
    ['drafts/*.json', 'drafts/x/a.json', false],
    ['drafts/*.json', 'x/drafts/a.json', false],
    ['drafts/**', 'drafts/x/y/a.json', true],
    ['drafts/**', 'drafts', true],
    ['**/old/**', 'a/b/old/c.json', true],
    ['**/old/**', 'old', true],
    ['**/*.json', 'a.json', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/x/y/c', false],
    ['evidence/drafts/**', 'drafts/a.json', true], // the path as shown
    ['*', 'anything', true],
    ['**', 'any/thing', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    // Everything but * ? ** stands for itself: no regular expression is made of a pattern.
    ['[ab].json', 'a.json', false],
    ['[ab].json', '[ab].json', true],
    ['(.*)', 'x', false],
    ['a+.json', 'aa.json', false],
    ['a+.json', 'a+.json', true],
    ['{a,b}.json', 'a.json', false],
    ['^a$', '^a$', true],
    // Case-sensitive, as the file system is.
    ['Package.json', 'package.json', false],
  ])('%s against %s: %s', (pattern, below, expected) => {
    expect(glob(pattern).matches(entry(below))).toBe(expected);
  });

  it('a Windows separator in a pattern is a folder separator', () => {
    expect(glob('drafts\\*.json').matches(entry('drafts/a.json'))).toBe(true);
  });

  it('refuses an empty or over-long pattern', () => {
    expect(compileGlob('')).toHaveProperty('error');
    expect(compileGlob('/')).toHaveProperty('error');
    expect(compileGlob('./')).toHaveProperty('error');
    expect(compileGlob('a'.repeat(MAX_GLOB_LENGTH + 1))).toHaveProperty('error');
  });

  it('stays fast on patterns and names built to backtrack', () => {
    const started = Date.now();
    const stars = glob(`${'*a'.repeat(40)}b`);
    expect(stars.matches(entry('a'.repeat(200)))).toBe(false);
    const deep = glob(`${'**/'.repeat(30)}x`);
    expect(deep.matches(entry(`${'d/'.repeat(60)}y`))).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a literal pattern matches exactly the names equal to it', () => {
    const part = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/).filter((s) => s !== '.');
    fc.assert(fc.property(part, part, (pattern, name) => {
      expect(glob(pattern).matches(entry(name))).toBe(pattern === name);
    }));
  });
});
