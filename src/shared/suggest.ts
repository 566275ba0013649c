import { letterProfile, osaDistancesFrom } from './edit-distance.js';
import { foldId, hasUnusualCharacters } from './fold.js';
import { quote } from './quote.js';

/**
 * Longest name or candidate, in UTF-16 code units, compared for a suggestion. Ids are short;
 * longer text is not a typo of one, and capping it bounds the work any input can cause.
 */
export const MAX_SUGGESTED_LENGTH = 256;

/** A likely intended candidate; `lookAlike` when the two differ only in look-alike or invisible characters. */
export interface Suggestion {
  candidate: string;
  lookAlike: boolean;
}

const squash = (folded: string): string => folded.replace(/[-_\s.]/g, '');

/**
 * Candidates folded once, for many suggestions among the same ones (the ids and names of a
 * forces registry, asked for every unknown force of a batch): `prepareCandidates`.
 */
export interface PreparedCandidates {
  /** The candidates, their folds and letter profiles, shortest fold first (the nearest in edits is the same in any order). */
  readonly list: readonly string[];
  readonly folded: readonly string[];
  readonly letters: ReadonlyArray<string | undefined>;
  /** Per fold, and per fold without separators, the candidates that have it, in order. */
  readonly byFold: ReadonlyMap<string, readonly string[]>;
  readonly bySquashed: ReadonlyMap<string, readonly string[]>;
}

const addTo = (map: Map<string, string[]>, key: string, candidate: string): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [candidate]);
  else list.push(candidate);
};

// Unprepared candidates are the same few dozen ids for every unknown id of a file: fold each once.
interface Folded { folded: string; squashed: string; letters: string | undefined }
const foldedCandidates = new Map<string, Folded>();
function foldCandidate(candidate: string): Folded {
  let entry = foldedCandidates.get(candidate);
  if (entry === undefined) {
    if (foldedCandidates.size >= 4096) foldedCandidates.clear();
    const folded = foldId(candidate);
    foldedCandidates.set(candidate, (entry = { folded, squashed: squash(folded), letters: letterProfile(folded) }));
  }
  return entry;
}

/** Folds candidates once (see `suggest`); those longer than `MAX_SUGGESTED_LENGTH` are left out. */
export function prepareCandidates(candidates: Iterable<string>): PreparedCandidates {
  const list: string[] = [];
  const folded: string[] = [];
  const letters: Array<string | undefined> = [];
  const byFold = new Map<string, string[]>();
  const bySquashed = new Map<string, string[]>();
  for (const candidate of candidates) {
    if (candidate.length > MAX_SUGGESTED_LENGTH) continue;
    const entry = foldCandidate(candidate);
    list.push(candidate);
    folded.push(entry.folded);
    letters.push(entry.letters);
    addTo(byFold, entry.folded, candidate);
    addTo(bySquashed, entry.squashed, candidate);
  }
  const order = list.map((_c, i) => i).sort((a, b) => (folded[a] as string).length - (folded[b] as string).length || a - b);
  return { list: order.map((i) => list[i] as string), folded: order.map((i) => folded[i] as string), letters: order.map((i) => letters[i]),
    byFold, bySquashed };
}

/** The first index of `folds` (shortest first) whose length is at least `length`. */
function firstOfLength(folds: readonly string[], length: number): number {
  let lo = 0;
  let hi = folds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((folds[mid] as string).length < length) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** How far `suggest` looks. */
export interface SuggestOptions {
  /** Whether the nearest candidate in edits is looked for (default true). */
  nearest?: boolean;
}

const isPrepared = (candidates: Iterable<string> | PreparedCandidates): candidates is PreparedCandidates =>
  (candidates as PreparedCandidates).byFold instanceof Map;

/**
 * The candidate `name` was most likely meant to be, compared in folded form (`foldId`): one
 * whose fold equals the name's; else the first whose fold differs only in separators; else the
 * nearest in edits (an adjacent swap is one) within a third of the folded name's length (at least
 * one), the code-unit-smallest on a tie. Names and candidates longer than
 * `MAX_SUGGESTED_LENGTH` are never compared; the name itself is never suggested. Candidates
 * asked about again and again are best given prepared (`prepareCandidates`). With `nearest`
 * false, only the first two (a lookup each) are tried, not the edits.
 */
export function suggest(name: string, candidates: Iterable<string> | PreparedCandidates, options: SuggestOptions = {}): Suggestion | undefined {
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined;
  const folded = foldId(name);
  if (folded.length > MAX_SUGGESTED_LENGTH) return undefined;
  const prepared = isPrepared(candidates) ? candidates : prepareCandidates(candidates);
  const other = (list: readonly string[] | undefined): string | undefined => list?.find((candidate) => candidate !== name);
  const sameFold = other(prepared.byFold.get(folded));
  if (sameFold !== undefined) return { candidate: sameFold, lookAlike: hasUnusualCharacters(name) || hasUnusualCharacters(sameFold) };
  const separatorsOnly = other(prepared.bySquashed.get(squash(folded)));
  if (separatorsOnly !== undefined) return { candidate: separatorsOnly, lookAlike: false };
  if (options.nearest === false) return undefined;
  const limit = Math.max(1, Math.floor(folded.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  const distanceTo = osaDistancesFrom(folded);
  const { list, folded: folds, letters } = prepared;
  // Only folds within `limit` of the name's length can be within `limit` edits.
  for (let i = firstOfLength(folds, folded.length - limit); i < list.length && (folds[i] as string).length <= folded.length + limit; i++) {
    const candidate = list[i] as string;
    if (candidate === name) continue;
    const d = distanceTo(folds[i] as string, Math.min(limit, bestDistance), letters[i]);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit && best !== undefined ? { candidate: best, lookAlike: false } : undefined;
}

/** The closest candidate to `name`, if it is close enough to be a likely typo (see `suggest`). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  return suggest(name, candidates)?.candidate;
}

/**
 * `; did you mean "x"?` when a close candidate exists, else the empty string. The candidate is
 * quoted visibly (`quote`), and a note says when it differs only in look-alike or invisible
 * characters, since the two may then print the same.
 */
export function didYouMean(name: string, candidates: Iterable<string>, options: { which?: string } = {}): string {
  return didYouMeanOf(suggest(name, candidates), options);
}

/**
 * `didYouMean` for a suggestion already made; `after` follows the quoted candidate
 * (`; did you mean "kent" (Kent Police)?`), `which` adds a clause about it
 * (`; did you mean "NP-G3", which has no finding?`).
 */
export function didYouMeanOf(match: Suggestion | undefined, options: { which?: string; after?: string } = {}): string {
  if (match === undefined) return '';
  const note = match.lookAlike ? ' (it differs only in look-alike or invisible characters)' : '';
  const which = options.which === undefined ? '' : `, ${options.which}`;
  return `; did you mean ${quote(match.candidate, MAX_SUGGESTED_LENGTH)}${options.after ?? ''}${which}?${note}`;
}

/**
 * What follows "unknown key …": for a YAML merge key, that the file formats have no merging
 * (the parser reads `<<` as a key like any other); else the closest allowed key, if any.
 */
export function unknownKeyHint(key: string, allowed: Iterable<string>): string {
  return key === '<<' ? '; YAML merge keys (<<: *anchor) are not supported: write the keys out' : didYouMean(key, allowed);
}
