import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { DocPath } from '../shared/paths.js';

type Ranged = { range?: [number, number, number] | null };

function startOf(node: unknown): number | undefined {
  return (node as Ranged | null)?.range?.[0] ?? undefined;
}

/**
 * The character offset of a path in a parsed YAML document: the value's start, or the key's
 * start when `atKey` is set. A path that runs out early resolves to the deepest node found.
 */
export function yamlOffset(doc: Document, path: DocPath, atKey = false): number {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const keyStart = startOf(pair.key);
      if (last && atKey && keyStart !== undefined) return keyStart;
      node = pair.value;
      offset = startOf(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: YamlNode | undefined = node.items[segment] as YamlNode | undefined;
      if (item === undefined) return offset;
      node = item;
      offset = startOf(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}
