import { osaDistancesFrom } from './edit-distance.js';
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

// Candidates are the same few dozen ids for every unknown id of a file: fold each once.
const foldedCandidates = new Map<string, { folded: string; squashed: string }>();
function foldCandidate(candidate: string): { folded: string; squashed: string } {
  let entry = foldedCandidates.get(candidate);
  if (entry === undefined) {
    if (foldedCandidates.size >= 4096) foldedCandidates.clear();
    const folded = foldId(candidate);
    foldedCandidates.set(candidate, (entry = { folded, squashed: squash(folded) }));
  }
  return entry;
}

/**
 * The candidate `name` was most likely meant to be, compared in folded form (`foldId`): one
 * whose fold equals the name's; else the first whose fold differs only in separators; else the
 * nearest in edits (an adjacent swap is one) within a third of the folded name's length (at least
 * one), the code-unit-smallest on a tie. Names and candidates longer than
 * `MAX_SUGGESTED_LENGTH` are never compared.
 */
export function suggest(name: string, candidates: Iterable<string>): Suggestion | undefined {
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined;
  const folded = foldId(name);
  if (folded.length > MAX_SUGGESTED_LENGTH) return undefined;
  const squashed = squash(folded);
  const limit = Math.max(1, Math.floor(folded.length / 3));
  let separatorsOnly: string | undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  const distanceTo = osaDistancesFrom(folded);
  for (const candidate of candidates) {
    if (candidate === name || candidate.length > MAX_SUGGESTED_LENGTH) continue;
    const { folded: other, squashed: otherSquashed } = foldCandidate(candidate);
    if (other === folded) return { candidate, lookAlike: hasUnusualCharacters(name) || hasUnusualCharacters(candidate) };
    // Past a separators-only match, only an equal fold can still win: no distance needed.
    if (separatorsOnly !== undefined) continue;
    if (otherSquashed === squashed) {
      separatorsOnly = candidate;
      continue;
    }
    const d = distanceTo(other, Math.min(limit, bestDistance));
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  const match = separatorsOnly ?? (bestDistance <= limit ? best : undefined);
  return match === undefined ? undefined : { candidate: match, lookAlike: false };
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
