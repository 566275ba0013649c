import { visit } from 'jsonc-parser';
import type { DocPath } from '../shared/paths.js';

const OBJECT = 1;
const ARRAY = 2;
/** Objects with more properties than this get a map of their keys the first time a path goes through. */
const SCANNED_KEYS = 8;

/**
 * The offsets of a valid JSON text's values, found by document path. One pass of jsonc-parser's
 * `visit` records each value's offset, its key's, its kind and its first child and next
 * sibling in typed arrays: about 25 bytes a value, where jsonc-parser's tree of objects took
 * about 400 MB for a 14 MB file of 200,000 findings (docs/performance.md). Key names are read
 * back from the text, and only for the objects a path goes through. The last of duplicate keys
 * wins, as in JSON.parse.
 */
export class JsonOffsets {
  private count = 0;
  private offset = new Int32Array(256);
  private keyOffset = new Int32Array(256);
  private keyLength = new Int32Array(256);
  private firstChild = new Int32Array(256);
  private nextSibling = new Int32Array(256);
  private kind = new Uint8Array(256);
  private readonly elements = new Map<number, Int32Array>();
  private readonly keys = new Map<number, Map<string, number>>();

  constructor(private readonly text: string) {
    const open: number[] = [];
    const lastChild: number[] = [];
    let key = -1;
    let length = 0;
    const add = (offset: number, kind: number): void => {
      const id = this.reserve();
      this.offset[id] = offset;
      this.keyOffset[id] = key;
      this.keyLength[id] = length;
      this.firstChild[id] = -1;
      this.nextSibling[id] = -1;
      this.kind[id] = kind;
      key = -1;
      const parent = open.length - 1;
      if (parent >= 0) {
        const previous = lastChild[parent]!;
        if (previous < 0) this.firstChild[open[parent]!] = id;
        else this.nextSibling[previous] = id;
        lastChild[parent] = id;
      }
      if (kind !== 0) {
        open.push(id);
        lastChild.push(-1);
      }
    };
    const close = (): void => {
      open.pop();
      lastChild.pop();
    };
    visit(text, {
      onObjectBegin: (offset) => add(offset, OBJECT),
      onArrayBegin: (offset) => add(offset, ARRAY),
      onObjectEnd: close,
      onArrayEnd: close,
      onObjectProperty: (_name, offset, tokenLength) => {
        key = offset;
        length = tokenLength;
      },
      onLiteralValue: (_value, offset) => add(offset, 0),
    }, { disallowComments: true, allowTrailingComma: false });
  }

  /**
   * The offset of `path`'s value, or of its key when `atKey` is set and the value is an
   * object's; the offset of the deepest value on the path that exists when the path goes astray.
   */
  locate(path: DocPath, atKey = false): number {
    if (this.count === 0) return 0;
    let node = 0;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (next < 0) return this.offset[node]!;
      node = next;
    }
    return atKey && this.keyOffset[node]! >= 0 ? this.keyOffset[node]! : this.offset[node]!;
  }

  private child(node: number, segment: string | number): number {
    if (this.kind[node] === ARRAY) {
      if (typeof segment !== 'number') return -1;
      let elements = this.elements.get(node);
      if (elements === undefined) this.elements.set(node, (elements = this.childrenOf(node)));
      return elements[segment] ?? -1;
    }
    if (this.kind[node] !== OBJECT) return -1;
    const name = String(segment);
    const byKey = this.keys.get(node);
    if (byKey !== undefined) return byKey.get(name) ?? -1;
    let found = -1;
    let seen = 0;
    for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!, seen++) if (this.keyOf(c) === name) found = c;
    if (seen > SCANNED_KEYS) {
      const map = new Map<string, number>();
      for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) map.set(this.keyOf(c), c);
      this.keys.set(node, map);
    }
    return found;
  }

  private childrenOf(node: number): Int32Array {
    let n = 0;
    for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) n++;
    const children = new Int32Array(n);
    for (let c = this.firstChild[node]!, i = 0; c >= 0; c = this.nextSibling[c]!) children[i++] = c;
    return children;
  }

  private keyOf(id: number): string {
    const token = this.text.slice(this.keyOffset[id], this.keyOffset[id]! + this.keyLength[id]!);
    return token.includes('\\') ? String(JSON.parse(token)) : token.slice(1, -1);
  }

  private reserve(): number {
    if (this.count === this.offset.length) {
      const grow = <T extends Int32Array | Uint8Array>(from: T, to: T): T => (to.set(from), to);
      const size = this.count * 2;
      this.offset = grow(this.offset, new Int32Array(size));
      this.keyOffset = grow(this.keyOffset, new Int32Array(size));
      this.keyLength = grow(this.keyLength, new Int32Array(size));
      this.firstChild = grow(this.firstChild, new Int32Array(size));
      this.nextSibling = grow(this.nextSibling, new Int32Array(size));
      this.kind = grow(this.kind, new Uint8Array(size));
    }
    return this.count++;
  }
}
