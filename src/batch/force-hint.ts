import { cutForMessage } from '../shared/quote.js';
import { didYouMeanOf, prepareCandidates, suggest } from '../shared/suggest.js';

/** True when two names differ only in their digits (`force-77`, `force-07`). */
function otherNumber(a: string, b: string): boolean {
  const letters = (s: string): string => s.toLowerCase().replace(/[0-9]/g, '');
  return a !== b && /[0-9]/.test(a + b) && letters(a) === letters(b);
}

/**
 * Registries of more forces than this are not searched for the nearest id or name in edits (each
 * unknown force would be compared with every one, and a batch may name thousands of unknown
 * forces): only an id or name that differs in case, separators or look-alike characters is
 * suggested. A country's police registry has a few dozen.
 */
export const MAX_FORCES_SEARCHED = 1000;

/**
 * The did-you-mean for a force the registry does not have: the registered force whose id is
 * closest to the evidence's id ("hertfordshir" → "hertfordshire"), else the one whose name is
 * closest to its name. Asked where a file is graded (src/batch/grade-file.ts), once for each run
 * of files that name the force.
 */
export function forceHint(forces: ReadonlyArray<{ id: string; name: string }>): (force: { id: string; name: string }) => string {
  const ids = prepareCandidates(forces.map((f) => f.id));
  const byName = new Map(forces.map((f) => [f.name, f]));
  const byId = new Map(forces.map((f) => [f.id, f]));
  const names = prepareCandidates(byName.keys());
  const options = { nearest: forces.length <= MAX_FORCES_SEARCHED };
  return (force) => {
    const id = suggest(force.id, ids, options);
    // The registry's very name under another id is the clearest sign of all (suggest skips equals).
    const sameName = byName.has(force.name) ? { candidate: force.name, lookAlike: false } : undefined;
    const name = id === undefined ? sameName ?? suggest(force.name, names, options) : undefined;
    const match = id ?? name;
    const registered = id ? byId.get(id.candidate) : name ? byName.get(name.candidate) : undefined;
    // Another number is another force ("synthetic-force-77" is not a slip for "…-07").
    const numbered = registered !== undefined && (id ? otherNumber(force.id, registered.id) : otherNumber(force.name, registered.name));
    return match && registered && !numbered
      ? didYouMeanOf({ candidate: registered.id, lookAlike: match.lookAlike }, { after: ` (${cutForMessage(registered.name)})` })
      : '';
  };
}
