/**
 * File-name patterns for `--exclude`, matched by hand (no regular expression is built from user
 * text): `*` is any run of characters within one path segment, `?` one character, and a whole
 * segment `**` any number of segments, none included. Every other character stands for itself.
 * Paths and patterns are compared with `/` between segments, case-sensitively.
 *
 * A pattern without a `/` is a name: it matches a file or folder of that name at any depth
 * (`package.json`, `*.draft.json`, `drafts`). A pattern with a `/` matches the path below the
 * folder being walked (`drafts/*.json`, `drafts/**`), or the whole path as shown
 * (`evidence/drafts/**`). A leading `./` and a trailing `/` are ignored.
 */

/** Longest pattern taken; longer is a usage error (the matcher's work grows with it). */
export const MAX_GLOB_LENGTH = 1024;

/** Matches one segment against one pattern segment (`*`, `?`, literals), in linear space and O(n·m) time at worst. */
function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '?' || (c !== undefined && c !== '*' && c === text[t])) {
      p++;
      t++;
    } else if (c === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Matches path segments against pattern segments, `**` spanning any number of them (memoised: no blow-up). */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const at = (p: number, s: number): boolean => {
    const key = p * (path.length + 1) + s;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (p === pattern.length) result = s === path.length;
    else if (pattern[p] === '**') result = at(p + 1, s) || (s < path.length && at(p, s + 1));
    else result = s < path.length && matchSegment(pattern[p] as string, path[s] as string) && at(p + 1, s + 1);
    memo.set(key, result);
    return result;
  };
  return at(0, 0);
}

const segmentsOf = (path: string): string[] => path.split('/').filter((segment) => segment !== '' && segment !== '.');

/** A compiled `--exclude` pattern. */
export interface Glob {
  /** The pattern as given. */
  pattern: string;
  /**
   * Whether an entry matches: `name` is its own name, `below` its path under the walked folder,
   * `shown` its path as output shows it (all with `/` separators).
   */
  matches(entry: { name: string; below: string; shown: string }): boolean;
}

/** Compiles a pattern, or says why it cannot be one. */
export function compileGlob(pattern: string): Glob | { error: string } {
  if (pattern.length > MAX_GLOB_LENGTH) return { error: `a pattern of at most ${MAX_GLOB_LENGTH} characters` };
  const normal = pattern.replace(/\\/g, '/');
  const segments = segmentsOf(normal);
  if (segments.length === 0) return { error: 'a pattern that names something, such as package.json, *.draft.json or drafts/**' };
  // `**` inside a segment is just two `*`s; only a whole segment spans folders.
  if (segments.length === 1 && !normal.replace(/^\.\//, '').replace(/\/+$/, '').includes('/')) {
    const only = segments[0] as string;
    if (only === '**') return { pattern, matches: () => true };
    return { pattern, matches: ({ name }) => matchSegment(only, name) };
  }
  return {
    pattern,
    matches: ({ below, shown }) => matchSegments(segments, segmentsOf(below)) || matchSegments(segments, segmentsOf(shown)),
  };
}
