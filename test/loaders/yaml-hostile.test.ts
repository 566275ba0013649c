import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseForces } from '../../src/batch/forces.js';
import { parseCriteria } from '../../src/criteria/parse.js';
import { parseTestFile } from '../../src/batch/criteria-tests/load.js';
import { parseYamlSource } from '../../src/criteria/yaml-source.js';

/**
 * YAML the loaders refuse rather than read otherwise than written: tags outside the core schema
 * (the parser would keep the value as a string, or build a Buffer, a Set, a Date) and mapping keys
 * that are not plain text (the parser would stringify them and print a process warning).
 */
const CASES: Array<{ name: string; text: string; code: string; line: number; column: number; message: RegExp }> = [
  { name: 'an application tag', text: "title: !!js/function 'function () {}'\n", code: 'unknown-tag', line: 1, column: 8, message: /tag !!js\/function is not supported/ },
  { name: 'a local tag', text: 'title: !foo bar\n', code: 'unknown-tag', line: 1, column: 8, message: /tag !foo is not supported/ },
  { name: 'a YAML 1.1 binary', text: 'a: 1\ntitle: !!binary aGVsbG8=\n', code: 'unknown-tag', line: 2, column: 8, message: /tag !!binary / },
  { name: 'a YAML 1.1 set', text: 'title: !!set {a, b}\n', code: 'unknown-tag', line: 1, column: 8, message: /tag !!set / },
  { name: 'a YAML 1.1 timestamp', text: 'title: !!timestamp 2001-12-14\n', code: 'unknown-tag', line: 1, column: 8, message: /tag !!timestamp / },
  { name: 'a 1.1 type under a %YAML 1.1 directive', text: '%YAML 1.1\n---\ntitle: !!binary aGk=\n', code: 'unknown-tag', line: 3, column: 8, message: /tag !!binary / },
  { name: 'a tag in a list', text: 'items:\n  - ok\n  - !foo x\n', code: 'unknown-tag', line: 3, column: 5, message: /tag !foo / },
  { name: 'a tag on a mapping', text: 'a: !thing\n  b: 1\n', code: 'unknown-tag', line: 1, column: 4, message: /tag !thing / },
  { name: 'a verbatim tag', text: 'a: !<tag:example.com,2000:x> y\n', code: 'unknown-tag', line: 1, column: 4, message: /tag !<tag:example.com,2000:x> / },
  { name: 'a %TAG handle', text: '%TAG !e! tag:example.com,2000:\n---\na: !e!foo x\n', code: 'unknown-tag', line: 3, column: 4, message: /tag !e!foo / },
  { name: 'a tagged key', text: '? !foo k\n: v\n', code: 'unknown-tag', line: 1, column: 3, message: /key must be plain text, not tagged !foo/ },
  { name: 'a core tag its value does not fit', text: 'a: !!int abc\n', code: 'invalid-value', line: 1, column: 4, message: /tagged !!int is not a whole number/ },
  { name: 'a !!bool on a YAML 1.1 boolean', text: 'a: !!bool yes\n', code: 'invalid-value', line: 1, column: 4, message: /tagged !!bool is not true or false/ },
  { name: 'a flow sequence key', text: 'a: 1\n[a, b]: 1\n', code: 'complex-key', line: 2, column: 1, message: /not a list or mapping/ },
  { name: 'an explicit sequence key', text: '? [a, b]\n: 1\n', code: 'complex-key', line: 1, column: 3, message: /not a list or mapping/ },
  { name: 'a flow mapping key', text: '{a: 1}: x\n', code: 'complex-key', line: 1, column: 1, message: /not a list or mapping/ },
  { name: 'a nested mapping key', text: 'a:\n  {x: 1}: 2\n', code: 'complex-key', line: 2, column: 3, message: /not a list or mapping/ },
  { name: 'a block sequence key', text: '? - a\n  - b\n: 1\n', code: 'complex-key', line: 1, column: 3, message: /not a list or mapping/ },
  { name: 'an alias key', text: 'x: &k key\n*k : 1\n', code: 'complex-key', line: 2, column: 1, message: /not an alias \(\*k\)/ },
  // The parser's own words were "please use YAML.parseAllDocuments()", advice for a programmer.
  { name: 'a second document', text: 'a: 1\n---\nb: 2\n', code: 'syntax-error', line: 2, column: 1,
    message: /^a second YAML document starts at this "---" line: a test file is one document; remove the line, or split the file in two$/ },
  { name: 'a second document after blank lines', text: 'a: 1\n\n---\nb: 2\n', code: 'syntax-error', line: 3, column: 1, message: /^a second YAML document/ },
];

describe('YAML tags and keys the loaders refuse', () => {
  let warnings: unknown[];
  const onWarning = (warning: unknown) => { warnings.push(warning); };
  beforeEach(() => { warnings = []; process.on('warning', onWarning); });
  afterEach(() => { process.off('warning', onWarning); });

  it.each(CASES)('$name', ({ text, code, line, column, message }) => {
    const emit = vi.spyOn(process, 'emitWarning');
    try {
      const { data, diagnostics } = parseYamlSource(text, 'x.yaml', 'a test file');
      expect(data).toBeUndefined();
      expect(diagnostics.map((d) => d.code), JSON.stringify(diagnostics)).toContain(code);
      const diagnostic = diagnostics.find((d) => d.code === code)!;
      expect(diagnostic).toMatchObject({ severity: 'error', file: 'x.yaml', line, column });
      expect(diagnostic.message).toMatch(message);
      expect(emit).not.toHaveBeenCalled();
    } finally {
      emit.mockRestore();
    }
  });

  it('emits no process warning for a complex key (the parser would print one on stderr)', async () => {
    parseYamlSource('? [a, b]\n: 1\n{a: 1}: x\n', 'x.yaml', 'a test file');
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  });

  it.each([
    ['!!str', 'a: !!str 2007.1\n', { a: '2007.1' }],
    ['!!int', "a: !!int '12'\n", { a: 12 }],
    ['!!float', 'a: !!float 1.5\n', { a: 1.5 }],
    ['!!bool', 'a: !!bool true\n', { a: true }],
    ['!!null', 'a: !!null\n', { a: null }],
    ['!!seq', 'a: !!seq [1]\n', { a: [1] }],
    ['!!map', 'a: !!map {b: 1}\n', { a: { b: 1 } }],
    ['the non-specific tag !', 'a: ! 12\n', { a: '12' }],
    ['a verbatim core tag', 'a: !<tag:yaml.org,2002:str> 12\n', { a: '12' }],
    ['a !!str key', '? !!str k\n: v\n', { k: 'v' }],
  ])('allows the core schema tag %s', (_name, text, value) => {
    const { data, diagnostics } = parseYamlSource(text, 'x.yaml', 'a test file');
    expect(diagnostics).toEqual([]);
    expect(data).toEqual(value);
  });

  it('reads keys as written: 1 and "1" are one key, so writing both is a duplicate', () => {
    const { diagnostics } = parseYamlSource('1: a\n"1": b\n', 'x.yaml', 'a test file');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['duplicate-key', 2]]);
  });

  it('reads a %YAML 1.1 document with the core schema: yes stays a string, 010 a decimal', () => {
    const { data } = parseYamlSource('%YAML 1.1\n---\na: yes\nb: 010\n', 'x.yaml', 'a test file');
    expect(data).toEqual({ a: 'yes', b: 10 });
  });

  it('every YAML loader refuses them: criteria, criteria tests, forces registry', () => {
    const tagged = 'framework: !!js/function x\n';
    for (const loaded of [parseCriteria(tagged, 'sample.yaml'), parseTestFile(tagged, 'sample.test.yaml'), parseForces('title: !foo x\nforces: []\n', 'forces.yaml')]) {
      expect(loaded.ok).toBe(false);
      expect(loaded.diagnostics[0]).toMatchObject({ code: 'unknown-tag', line: 1 });
    }
    const keyed = parseForces('forces:\n  - {id: a, name: A}\n? [x]\n: 1\n', 'forces.yaml');
    expect(keyed.ok).toBe(false);
    expect(keyed.diagnostics[0]).toMatchObject({ code: 'complex-key', line: 3, column: 3 });
  });
});

describe('the YAML mistakes people make are told what to do (found by an independent check)', () => {
  it.each([
    ['a colon and space in a plain text', 'criteria:\n  - id: A\n    text: Trends: analysed\n', 3, 11, /^Nested mappings are not allowed in compact mappings; a text with ": " in it needs quotes \(text: "Trends: analysed"\)$/],
    ['a list item indented one space less', 'criteria:\n    - id: A\n      level: fair\n   - id: B\n', 4, 1, /; check this line's indentation: the items of one list or mapping start in the same column$/],
    ['a mapping key out of line', 'list:\n  - a\n  b: 1\n', 3, 1, /; check this line's indentation: the items of one list or mapping start in the same column$/],
  ])('%s', (_name, text, line, column, message) => {
    const { diagnostics } = parseYamlSource(text, 'x.yaml', 'a criteria file');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'syntax-error', line, column });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it('a merge key is said to be unsupported, not suggested as another key', () => {
    const text = 'framework: x\ntitle: X\ngroup: X\nversion: "1"\nbase: &base { level: fair, text: T }\ncriteria:\n  - <<: *base\n    id: X-F1\n';
    const loaded = parseCriteria(text, 'x.yaml');
    const messages = loaded.diagnostics.map((d) => d.message);
    expect(messages.some((m) => m.includes('unknown key "<<"; YAML merge keys (<<: *anchor) are not supported: write the keys out'))).toBe(true);
  });
});
