import fc from 'fast-check';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonSource } from '../../src/evidence/json-source.js';

const duplicates = (text: string): string[] => {
  const parsed = parseJsonSource(text, 'x.json');
  return parsed.ok ? [] : parsed.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => `${d.line}:${d.column}`);
};

/** The truth, from a full syntax tree: does any object name a key twice? */
function treeHasDuplicate(text: string): boolean {
  const stack: JsonNode[] = [parseTree(text) as JsonNode];
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode;
    if (node.type === 'object') {
      const keys = (node.children ?? []).map((p) => String(p.children?.[0]?.value));
      if (new Set(keys).size !== keys.length) return true;
    }
    stack.push(...(node.children ?? []));
  }
  return false;
}

describe('duplicate keys found without a syntax tree', () => {
  it.each([
    ['no duplicates, colons inside strings', '{"a": "x: y", "b": "\\": not a key", "c": {"d": ":"}}', []],
    ['an escaped backslash before the closing quote of a key', '{"a\\\\": 1, "a\\\\" : 2}', ['1:12']],
    ['a key ending in an escaped quote', '{"a\\"": 1, "b": "\\"", "a\\"":3}', ['1:23']],
    ['whitespace of every kind before the colon', '{"a"\t\r\n : 1, "a"\n:2}', ['2:7']],
    ['the same key in different objects is fine', '{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}', []],
    ['a nested duplicate', '{"list": [{"k": 1, "k": 2}]}', ['1:20']],
    ['unicode escapes spell the same key', '{"\\u0061": 1, "a": 2}', ['1:15']],
    ['a string that starts with a colon (counted as a key: only the careful path notices)', '{"a": ":x", "b": " :y"}', []],
    ['the same, with a real duplicate', '{"a": ":x", "a": 1}', ['1:13']],
  ])('%s', (_name, text, expected) => {
    expect(duplicates(text)).toEqual(expected);
  });

  it('agrees with a full syntax tree on random documents, with and without a repeated key', () => {
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('a', 'a"', 'a\\', ':', '":', '\\":'));
    const value = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
      object: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }),
    }));
    const render = (v: unknown, gap: string): string => {
      if (Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string')) {
        return `{${(v as Array<[string, unknown]>).map(([k, item]) => `${JSON.stringify(k)}${gap}:${gap}${render(item, gap)}`).join(',')}}`;
      }
      if (Array.isArray(v)) return `[${v.map((item) => render(item, gap)).join(',')}]`;
      return JSON.stringify(v);
    };
    fc.assert(fc.property(value.object, fc.constantFrom('', ' ', '\n\t'), (pairs, gap) => {
      const text = render(pairs, gap);
      expect(duplicates(text).length > 0).toBe(treeHasDuplicate(text));
    }), { numRuns: 400, seed: 7 });
  });

  it('refuses nesting past the limit even when JSON.parse accepts it', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    const parsed = parseJsonSource(deep, 'deep.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics[0]?.code).toBe('nesting-too-deep');
    expect(parseJsonSource(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`, 'ok.json').ok).toBe(true);
  });
});
