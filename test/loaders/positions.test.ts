import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteriaFile } from '../../src/criteria/load.js';
import { parseCriteria } from '../../src/criteria/parse.js';
import { parseJsonSource } from '../../src/evidence/json-source.js';
import { didYouMean } from '../../src/shared/suggest.js';

/** The 1-based line and column of the first occurrence of `needle` in `text`, worked out independently of the loaders. */
function positionOf(text: string, needle: string): [number, number] {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split(/\r\n|\n/);
  return [before.length, (before.at(-1) ?? '').length + 1];
}

describe('JSON syntax errors are positioned even when V8 gives no position', () => {
  it.each([
    // A trailing comma is pointed at itself, not at the bracket on the next line.
    ['trailing comma in an array', '{\n  "a": [1, 2,\n  ]\n}', '2,', 1],
    ['a misspelt literal', '{\n  "a": tru\n}', 'tru'],
    ['NaN', '{ "a": NaN }', 'NaN'],
    ['a missing comma (V8 position)', '{\n  "a": 1\n  "b": 2\n}', '"b"'],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', '1,', 1],
  ])('%s', (_name, text, token, shift = 0) => {
    const parsed = parseJsonSource(text, 'x.json');
    expect(parsed.ok).toBe(false);
    const [d] = parsed.diagnostics;
    const [line, column] = positionOf(text, token);
    expect([d?.code, d?.line, d?.column]).toEqual(['syntax-error', line, column + shift]);
  });

  it('fails on duplicate keys but keeps the parsed value, so other checks can run', () => {
    const parsed = parseJsonSource('{\n  "a": 1,\n  "a": 2\n}', 'x.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['duplicate-key', 3, 3]]);
    if (!parsed.ok) expect(parsed.partial?.data).toEqual({ a: 2 });
  });
});

describe('YAML positions', () => {
  const base = 'framework: x\ntitle: T\ngroup: G\nversion: "1"\ncriteria:\n  - { id: F1, level: fair, significant: true, dominant: true, text: t, guidance: g }\n  - { id: G1, level: good, text: t }\n';

  it.each([
    ['an unclosed double-quoted string, at its opening quote', base.replace('title: T', 'title: "T'), '"T'],
    ['an unclosed single-quoted string with an escaped quote inside', base.replace('title: T', "title: 'it''s"), "'it"],
    ['an unknown alias, at the alias', base.replace('title: T', 'title: *nope'), '*nope'],
    ['a tab used as indentation', base.replace('  - { id: G1', '\t- { id: G1'), '\t'],
  ])('%s', (_name, text, token) => {
    const loaded = parseCriteria(text, 'x.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => ['syntax-error', d.line, d.column].join(':'))).toContain(['syntax-error', ...positionOf(text, token)].join(':'));
  });

  it('reports schema and semantic problems of a criteria file together', () => {
    const text = base.replace('title: T', 'titel: T').replace('id: G1', 'id: F1');
    const loaded = parseCriteria(text, 'x.yaml');
    expect(loaded.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(expect.arrayContaining([
      ['unknown-key', ...positionOf(text, 'titel')],
      ['duplicate-id', ...positionOf(text, 'F1, level: good')],
    ]));
  });

  it('does not count criteria by kind when one could not be read', () => {
    const loaded = parseCriteria(base.replace('level: good', 'level: god'), 'x.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['unknown-level']);
  });
});

describe('criteria provenance', () => {
  it('hashes the file bytes, byte-order mark and all, as sha256sum does', async () => {
    const text = 'framework: bom\ntitle: T\ngroup: G\nversion: "1"\ncriteria:\n  - { id: F1, level: fair, significant: true, dominant: true, text: t, guidance: g }\n  - { id: G1, level: good, text: t }\n';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]);
    const file = join(mkdtempSync(join(tmpdir(), 'grade-sha-')), 'bom.yaml');
    writeFileSync(file, bytes);
    const loaded = await loadCriteriaFile(file);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('did you mean', () => {
  it.each([
    ['titel', ['title', 'group'], 'title'],
    ['signficant', ['significant', 'dominant'], 'significant'],
    ['NP-F01', ['NP-F1', 'NP-F10'], 'NP-F1'],
    ['completely-different', ['title'], undefined],
  ])('%s', (name, candidates, expected) => {
    expect(didYouMean(name, candidates)).toBe(expected === undefined ? '' : `; did you mean "${expected}"?`);
  });
});
