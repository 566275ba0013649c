import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locateInJson } from '../../src/evidence/json-locate.js';
import type { DocPath } from '../../src/shared/paths.js';

/** The truth, from jsonc-parser's tree, as json-source.ts positioned every problem before the scan. */
function treeLocate(root: JsonNode, path: DocPath, atKey: boolean): number {
  let node = root;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const segment = path[depth] as string | number;
    let next: JsonNode | undefined;
    if (node.type === 'array') next = typeof segment === 'number' ? node.children?.[segment] : undefined;
    else if (node.type === 'object') next = node.children?.find((p) => String(p.children?.[0]?.value) === String(segment))?.children?.[1];
    if (next === undefined) break;
    node = next;
  }
  if (atKey && depth === path.length && node.parent?.type === 'property') return node.parent.offset;
  return node.offset;
}

/** Every path of a parsed value, with a missing key and a missing index under each container. */
function pathsOf(value: unknown, prefix: DocPath = []): DocPath[] {
  const out: DocPath[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
    out.push([...prefix, value.length], [...prefix, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
    out.push([...prefix, 'no such key', 'deeper'], [...prefix, 0]);
  } else {
    out.push([...prefix, 'under a primitive']);
  }
  return out;
}

const agree = (text: string) => {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false }) as JsonNode;
  for (const path of pathsOf(JSON.parse(text))) {
    for (const atKey of [false, true]) expect([path, atKey, locateInJson(text, path, atKey)]).toEqual([path, atKey, treeLocate(root, path, atKey)]);
  }
};

describe('positions found by scanning the text (json-locate.ts)', () => {
  it.each([
    ['escaped keys and quotes in strings', '{"a\\"b": {"c\\\\": "}]\\"", "d": [1, "x,", {"e": null}]}, "\\u0066": true}'],
    ['blank space of every kind', ' \r\n\t{ "a" \n: [ 1 ,\t2 ] , "b":{"c" :"d"} }\n'],
    ['a number key on an object and an empty array and object', '{"0": [], "1": {}, "2": [[], [0]]}'],
    ['a root array', '[{"a": 1}, 2, "three"]'],
    ['a root primitive', '  "text"  '],
  ])('agrees with jsonc-parser: %s', (_name, text) => agree(text));

  it('agrees with jsonc-parser on every path of the shipped evidence', () => {
    const root = join(import.meta.dirname, '..', '..', 'evidence', 'hertfordshire-2007');
    for (const name of readdirSync(root).filter((n) => n.endsWith('.json'))) agree(readFileSync(join(root, name), 'utf8'));
  });

  it('agrees with jsonc-parser on random documents (no key named twice)', () => {
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('a', 'a"', 'a\\', ':', '}', ']', ',', '0'));
    const value = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 6 }), fc.constantFrom('{', '"}', '\\', ',]'), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(), fc.constant(null), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
      object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    }));
    const render = (v: unknown, gap: string): string => {
      if (Array.isArray(v)) return `[${gap}${v.map((item) => render(item, gap)).join(`${gap},${gap}`)}${gap}]`;
      if (v !== null && typeof v === 'object') {
        return `{${gap}${Object.entries(v).map(([k, item]) => `${JSON.stringify(k)}${gap}:${gap}${render(item, gap)}`).join(`,${gap}`)}${gap}}`;
      }
      return JSON.stringify(v);
    };
    fc.assert(fc.property(value.object, fc.constantFrom('', ' ', '\n\t', '\r\n  '), (doc, gap) => agree(render(doc, gap))), { numRuns: 300, seed: 17 });
  });
});
