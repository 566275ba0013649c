import { cutForMessage } from '../shared/quote.js';
import { didYouMeanOf, prepareCandidates, suggest } from '../shared/suggest.js';

/** True when two names differ only in their digits (`force-77`, `force-07`). */
function otherNumber(a: string, b: string): boolean {
  const letters = (s: string): string => s.toLowerCase().replace(/[0-9]/g, '');
  return a !== b && /[0-9]/.test(a + b) && letters(a) === letters(b);
}

/**
 * The did-you-mean for a force the registry does not have: the registered force whose id is
 * closest to the evidence's id ("hertfordshir" → "hertfordshire"), else the one whose name is
 * closest to its name. Asked once per force of a batch (see WarningCollector), however many of
 * its files name it.
 */
export function forceHint(forces: ReadonlyArray<{ id: string; name: string }>): (force: { id: string; name: string }) => string {
  const ids = prepareCandidates(forces.map((f) => f.id));
  const byName = new Map(forces.map((f) => [f.name, f]));
  const byId = new Map(forces.map((f) => [f.id, f]));
  const names = prepareCandidates(byName.keys());
  return (force) => {
    const id = suggest(force.id, ids);
    // The registry's very name under another id is the clearest sign of all (suggest skips equals).
    const sameName = byName.has(force.name) ? { candidate: force.name, lookAlike: false } : undefined;
    const name = id === undefined ? sameName ?? suggest(force.name, names) : undefined;
    const match = id ?? name;
    const registered = id ? byId.get(id.candidate) : name ? byName.get(name.candidate) : undefined;
    // Another number is another force ("synthetic-force-77" is not a slip for "…-07").
    const numbered = registered !== undefined && (id ? otherNumber(force.id, registered.id) : otherNumber(force.name, registered.name));
    return match && registered && !numbered
      ? didYouMeanOf({ candidate: registered.id, lookAlike: match.lookAlike }, { after: ` (${cutForMessage(registered.name)})` })
      : '';
  };
}
