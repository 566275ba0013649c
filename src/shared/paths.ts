import { quote } from './quote.js';

/** A place in a parsed document: object keys and array indices from the root. */
export type DocPath = readonly (string | number)[];

/** `criteria[3].level`-style display of a document path; `(root)` for the empty path. */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${quote(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Splits an ajv `instancePath` (a JSON Pointer) into path segments; digits become indices. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}
