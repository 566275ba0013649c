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

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`…: a 1-based place in a list, in words. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * How the items of a list are named in messages, by the list's key: the noun, the keys whose
 * value names an item (the first that is a non-empty string wins), and the word between them
 * ("finding for NP-G7", "critical mark on NP-G3", "criterion HC-G7"). The keys are those of every
 * document the tool reads (evidence, criteria, criteria tests, forces registries, force narratives).
 */
const NAMED_ITEMS: Readonly<Record<string, { noun: string; by: readonly string[]; link?: string }>> = {
  findings: { noun: 'finding', by: ['criterion'], link: 'for' },
  critical: { noun: 'critical mark', by: ['criterion'], link: 'on' },
  excellence: { noun: 'excellence factor', by: ['factor', 'id'] },
  criteria: { noun: 'criterion', by: ['id'] },
  themes: { noun: 'theme', by: ['id'] },
  forces: { noun: 'force', by: ['id'] },
  cases: { noun: 'test case', by: ['name'] },
  developingPractice: { noun: 'developing practice', by: ['title'] },
  groups: { noun: 'overview', by: ['group'], link: 'of' },
  sections: { noun: 'section', by: ['title'] },
};

/** Top-level objects an inspector knows by name. */
const NAMED_OBJECTS: Readonly<Record<string, string>> = {
  judgement: 'the judgement',
  force: 'the force',
  report: 'the report',
  overview: 'the force overview',
  introduction: 'the introduction',
};

/** An id as prose shows it: bare when it is a plain id (`NP-G7`), else quoted visibly. */
export function showId(id: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/.test(id) ? id : quote(id);
}

/** `the 2nd finding`, `the 4th criterion`: an item of a list by its place (`item 3 of list` for other lists). */
export function nthItem(list: string, index: number): string {
  const kind = NAMED_ITEMS[list];
  return kind === undefined ? `item ${index + 1} of ${list}` : `the ${ordinal(index + 1)} ${kind.noun}`;
}

/** `finding for NP-G7`, or `the 17th finding` when the item names nothing readable. */
export function itemName(list: string, index: number, item: unknown): string | undefined {
  const kind = NAMED_ITEMS[list];
  if (kind === undefined) return undefined;
  const record = item !== null && typeof item === 'object' && !Array.isArray(item) ? item as Record<string, unknown> : {};
  for (const key of kind.by) {
    const name = record[key];
    if (typeof name === 'string' && name.trim() !== '') return `${kind.noun} ${kind.link ? `${kind.link} ` : ''}${showId(name)}`;
  }
  return nthItem(list, index);
}

/** A place in a document in words: what it belongs to (`subject`), and the rest of the path (`field`). */
export interface Place {
  /** The deepest named thing on the path (`finding for NP-G7`, `criterion HC-G7`, `the judgement`), if any. */
  subject?: string;
  /** The path after the subject, as `status`, `evidence item 3` or `thresholds.most`; empty when the path ends at the subject. */
  field: string;
}

/**
 * Describes a path in a document the way an inspector names things: `findings[16].status` is
 * `{subject: 'finding for NP-G7', field: 'status'}`, `criteria[2]` is `{subject: 'criterion HC-G7'}`,
 * `judgement.grade` is `{subject: 'the judgement', field: 'grade'}`. `data` is the parsed
 * document, from which the items' ids are read.
 */
export function describePath(path: DocPath, data: unknown): Place {
  let subject: string | undefined;
  let rest = 0;
  let node = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const next = path[i + 1];
    const child = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (i === 0 && typeof segment === 'string' && NAMED_OBJECTS[segment] !== undefined && !Array.isArray(child)) {
      subject = NAMED_OBJECTS[segment];
      rest = 1;
    }
    if (typeof segment === 'string' && typeof next === 'number' && Array.isArray(child)) {
      const named = itemName(segment, next, child[next]);
      if (named !== undefined) {
        subject = named;
        rest = i + 2;
      }
    }
    node = child;
  }
  return subject === undefined ? { field: fieldPath(path) } : { subject, field: fieldPath(path.slice(rest)) };
}

/** `thresholds.most`, `evidence item 3`, `findings."NP F1"`: a path in words (indices 1-based). */
function fieldPath(path: DocPath): string {
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      const last = parts.length - 1;
      if (last >= 0) parts[last] = `${parts[last]} item ${segment + 1}`;
      else parts.push(`item ${segment + 1}`);
    } else {
      parts.push(/^[A-Za-z_$][\w$-]*$/.test(segment) ? segment : quote(segment));
    }
  }
  return parts.join('.');
}

/**
 * What a message says a problem is about: `finding for NP-G7: status`, `the 6th finding`,
 * `criteriaVersion`. Empty for the document's top level.
 */
export function placeText(place: Place): string {
  if (place.subject === undefined) return place.field;
  return place.field === '' ? place.subject : `${place.subject}: ${place.field}`;
}
