import fc from 'fast-check';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { JsonOffsets } from '../../src/evidence/json-offsets.js';
import type { DocPath } from '../../src/shared/paths.js';

/** The positioning that `JsonOffsets` replaced: jsonc-parser's whole tree, walked by path. */
function treeOffset(text: string, path: DocPath, atKey: boolean): number {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return 0;
  let node: JsonNode = root;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const segment = path[depth]!;
    let next: JsonNode | undefined;
    if (node.type === 'array') next = typeof segment === 'number' ? node.children?.[segment] : undefined;
    else if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key !== undefined && value !== undefined && String(key.value) === String(segment)) next = value;
      }
    }
    if (next === undefined) break;
    node = next;
  }
  if (atKey && depth === path.length && node.parent?.type === 'property') return node.parent.offset;
  return node.offset;
}

/** Paths into `value`, most of them real, some going astray at the end. */
function pathsOf(value: unknown, picks: number[]): DocPath[] {
  const paths: DocPath[] = [[]];
  let at = value;
  const path: Array<string | number> = [];
  for (const pick of picks) {
    if (Array.isArray(at) && at.length > 0) {
      const i = pick % (at.length + 1);
      path.push(i);
      at = at[i];
    } else if (at !== null && typeof at === 'object') {
      const keys = Object.keys(at);
      const key = keys[pick % (keys.length + 1)] ?? `absent${pick}`;
      path.push(key);
      at = (at as Record<string, unknown>)[key];
    } else {
      path.push(pick % 2 === 0 ? pick : String(pick));
    }
    paths.push([...path]);
  }
  return paths;
}

const layouts: Array<number | string | undefined> = [undefined, 2, '\t', ' \r\n '];

describe('JsonOffsets', () => {
  it('positions every path as the whole tree did, keys and duplicates included', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.array(fc.nat(20), { maxLength: 6 }), fc.constantFrom(...layouts), fc.boolean(),
      (value, picks, layout, atKey) => {
        const text = JSON.stringify(value, null, layout) ?? 'null';
        const offsets = new JsonOffsets(text);
        for (const path of pathsOf(value, picks)) expect(offsets.locate(path, atKey)).toBe(treeOffset(text, path, atKey));
      }), { numRuns: 400 });
  });

  it.each([
    ['a duplicate key: the last wins, as in JSON.parse', '{"a": 1, "b": 2, "a": [3, 4]}', ['a', 1], false],
    ['an escaped key', '{"a\\u0062": {"c": true}}', ['ab', 'c'], true],
    ['a key the tree shows as a number', '{"0": ["x"]}', [0, 0], false],
    ['a large object', `{${Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k7": "last"}`, ['k7'], true],
    ['past a scalar', '[1, {"a": null}]', [1, 'a', 'b'], false],
    ['a negative index', '[1, 2]', [-1], false],
  ])('%s', (_what, text, path, atKey) => {
    expect(new JsonOffsets(text).locate(path, atKey)).toBe(treeOffset(text, path, atKey));
  });
});
