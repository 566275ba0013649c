import type { Diagnostic } from '../shared/diagnostics.js';
import { quote } from '../shared/quote.js';
import { positionIssues, type LoadedEvidence } from './load.js';

/** A forces registry's names by force id. */
export type ForceNames = ReadonlyMap<string, string>;

/** The names of a registry's forces by id. */
export function forceNamesOf(forces: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  return new Map(forces.map((force) => [force.id, force.name]));
}

/**
 * Evidence that names a registered force id with another name than the registry's (a slip, or
 * "hertfordshire" passed off as "Kent Police"): a warning at `force.name`, and the evidence takes
 * the registry's name, so every output names the force the registry's way. Names that differ
 * only in Unicode normalisation are the same name. A force id the registry does not list is left
 * as it is (batch warns about it as `unknown-force`). Changes `loaded` in place.
 */
export function adoptRegisteredName(loaded: LoadedEvidence, names: ForceNames | undefined): Diagnostic | undefined {
  const force = loaded.evidence.force;
  const registered = names?.get(force.id);
  if (registered === undefined || registered === force.name) return undefined;
  const written = force.name;
  loaded.evidence.force = { ...force, name: registered };
  if (registered.normalize('NFC') === written.normalize('NFC')) return undefined;
  return positionIssues(loaded, [{ code: 'force-name-mismatch', severity: 'warning', path: ['force', 'name'],
    message: `force ${quote(force.id)} is named ${quote(written)} here, but the forces registry names it ${quote(registered)}; the registry's name is used` }])[0];
}
