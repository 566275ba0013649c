import type { Issue } from './diagnostics.js';
import { describePath, formatPath, placeText, pointerToPath } from './paths.js';
import { quote } from './quote.js';
import { didYouMean, unknownKeyHint } from './suggest.js';

/** The parts of an ajv error object this module reads (ajv is compiled at build time). */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  parentSchema?: { properties?: Record<string, unknown>; description?: string; pattern?: string };
  schema?: unknown;
}

const PATTERN_NAMES: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'a kebab-case id (lower-case letters, digits and single hyphens)',
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date written YYYY-MM-DD',
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'an id of letters, digits, ".", "_" and "-"',
  '^[a-z0-9]+([-_][a-z0-9]+)*$': 'an id of lower-case letters and digits, joined by single hyphens or underscores (such as good or requires-improvement)',
  '^[A-Za-z][A-Za-z0-9_-]*$': 'a name of letters, digits, "_" and "-", starting with a letter',
  '^[0-9a-f]{64}$': 'a SHA-256 hash (64 lower-case hexadecimal digits)',
};

/**
 * What a value matching a schema's `pattern` looks like, in words for an inspector: every
 * pattern in schemas/ has its words here (a test checks), so no message shows a regular
 * expression. An unknown pattern, from a schema edited since, still says what it is.
 */
export function describePattern(pattern: string): string {
  return PATTERN_NAMES[pattern] ?? `a string matching ${pattern}`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}


/** What was written, for a message: `the text "yes"` when it is short text, `true`, `a number`… */
export function describeFound(value: unknown): string {
  return typeof value === 'string' && value.length <= 40 ? `the text ${quote(value)}` : typeof value === 'boolean' ? String(value) : describeType(value);
}

/** `fair or good`, `met, partly-met, not-met or not-applicable`. */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/**
 * Turns JSON Schema validation errors into issues with a code, a plain message and a path.
 * `data` is the validated document: messages name what a path is about the way an inspector
 * would (`finding for NP-G7: status …`, `criterion HC-G7: level …`, `the judgement: grade …`;
 * see `describePath`) and say what was found instead.
 */
export function schemaErrorsToIssues(errors: readonly SchemaError[], data: unknown): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of branchesMeant(errors, data)) {
    const path = pointerToPath(error.instancePath);
    const place = describePath(path, data);
    const where = placeText(place) || 'the document';
    // A key's problem: `finding for NP-F3: unknown key "x"`, `unknown key "x" in period`, `… at the top level`.
    const aboutKey = (what: string): string => {
      if (path.length === 0) return `${what} at the top level`;
      if (place.subject === undefined) return `${what} in ${place.field}`;
      return `${place.subject}: ${what}${place.field === '' ? '' : ` in ${place.field}`}`;
    };
    const value = valueAt(data, path);
    let issue: Issue;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        const allowed = Object.keys(error.parentSchema?.properties ?? {});
        issue = { code: 'unknown-key', severity: 'error', path: [...path, key], atKey: true,
          message: `${aboutKey(`unknown key ${quote(key)}`)}${unknownKeyHint(key, allowed)}` };
        break;
      }
      case 'required': {
        const key = String(error.params.missingProperty);
        issue = { code: 'missing-key', severity: 'error', path, message: aboutKey(`missing required key ${quote(key)}`) };
        break;
      }
      case 'type': {
        // ajv gives a union of types as "integer,null".
        const types = String(error.params.type).split(',');
        // A number can fail a number type: ajv's "number" is finite (not NaN, not ±Infinity, which
        // 1e400 or YAML's .inf read as), and "integer" whole. Then say which number it is.
        const numeric = typeof value === 'number' && (types.includes('number') || types.includes('integer'));
        const expected = types.map((t) => (numeric && t === 'number' ? 'a finite number' : article(t))).join(' or ');
        // What was written, when it is short text or true/false: `not the text "yes"`.
        const found = numeric ? String(value) : describeFound(value);
        // A version or id written bare (version: 2024.10) is read as a number or true/false: quotes keep it as written.
        const quoteIt = types.length === 1 && types[0] === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? '; put it in quotes to keep it as written' : '';
        issue = { code: 'invalid-type', severity: 'error', path, message: `${where} must be ${expected}, not ${found}${quoteIt}` };
        break;
      }
      case 'enum': {
        // A blank status ("") is a draft's "not assessed yet": named apart, never suggested.
        const values = (error.params.allowedValues as unknown[]).map(String);
        const allowed = values.filter((v) => v !== '');
        const blank = values.includes('') ? ' (or "" while not assessed yet)' : '';
        // A finding's status written as a number ("3", 3): a score, which has a key of its own.
        const scoreLike = path[0] === 'findings' && path[2] === 'status' && /^\s*\d+\s*$/.test(String(value));
        const hint = scoreLike ? `; in a scored scheme a score is written "score": ${String(value).trim()}, without a status`
          : typeof value === 'string' ? didYouMean(value, allowed) : '';
        issue = { code: 'invalid-value', severity: 'error', path,
          message: `${where} must be ${orList(allowed)}${blank}; got ${quote(value)}${hint}` };
        break;
      }
      case 'pattern': {
        const pattern = String(error.params.pattern);
        issue = { code: 'invalid-value', severity: 'error', path,
          message: `${where} must be ${describePattern(pattern)}; got ${quote(value)}` };
        break;
      }
      case 'const':
        issue = { code: 'invalid-value', severity: 'error', path,
          message: `${where} must be ${JSON.stringify(error.params.allowedValue)}; got ${describeValue(value)}` };
        break;
      case 'minItems': {
        const limit = Number(error.params.limit);
        issue = { code: 'invalid-value', severity: 'error', path,
          message: `${where} must have at least ${limit} ${limit === 1 ? 'entry' : 'entries'}; got ${Array.isArray(value) ? value.length : 0}` };
        break;
      }
      case 'minLength':
        issue = { code: 'invalid-value', severity: 'error', path, message: `${where} must not be empty` };
        break;
      case 'minimum':
      case 'maximum':
        issue = { code: 'invalid-value', severity: 'error', path,
          message: `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params.limit)}; got ${quote(value)}` };
        break;
      default:
        issue = { code: 'invalid-value', severity: 'error', path, message: `${where} is invalid (${error.keyword})` };
    }
    const key = `${issue.code}|${formatPath(issue.path)}|${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

/** A value in a message: short text quoted, a number or true/false as written, else its type. */
function describeValue(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : describeFound(value);
}

/** The JSON type of a value, as a JSON Schema `type` names it. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A union (`oneOf`, `anyOf`) that fails reports every branch's errors and its own. Kept are the
 * errors of the branches whose type the value has (an object with a wrong key is a wrong
 * selector, not "must be an array"); when it has none of their types, one type error naming
 * them all. The union's own error goes when its branches said why.
 */
function branchesMeant(errors: readonly SchemaError[], data: unknown): SchemaError[] {
  let kept = [...errors];
  for (const union of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const at = union.instancePath;
    const within = kept.filter((e) => e !== union && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)));
    if (within.length === 0) continue;
    const value = valueAt(data, pointerToPath(at));
    const allowedTypes = (e: SchemaError): string[] => {
      if (e.keyword === 'type') return String(e.params.type).split(',');
      if (e.keyword === 'enum') return (e.params.allowedValues as unknown[]).map(jsonType);
      if (e.keyword === 'const') return [jsonType(e.params.allowedValue)];
      return [];
    };
    // A branch the value's type does not fit says only that it is not this branch.
    const misfit = (e: SchemaError): boolean => e.instancePath === at && allowedTypes(e).length > 0
      && (e.keyword === 'type' || !allowedTypes(e).includes(jsonType(value)));
    const misfits = within.filter(misfit);
    const drop = new Set<SchemaError>([union, ...misfits]);
    const replacement: SchemaError[] = misfits.length === within.length
      ? [{ keyword: 'type', instancePath: at, params: { type: [...new Set(misfits.flatMap(allowedTypes))].join(',') } }]
      : [];
    const first = within[0];
    kept = kept.flatMap((e) => [...(e === first ? replacement : []), ...(drop.has(e) ? [] : [e])]);
  }
  return kept;
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'boolean') return 'true or false';
  if (type === 'object' || type === 'array') return `an ${type}`;
  return `a ${type}`;
}

/** The value at a path in a plain JSON-like document, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
