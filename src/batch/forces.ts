import { join } from 'node:path';
import { parseYamlSource } from '../criteria/yaml-source.js';
import { validateForcesDocument } from '../generated/forces-validator.js';
import type { Issue, Loaded } from '../shared/diagnostics.js';
import { readTextFile } from '../io/read-text.js';
import { parseJsonSource } from '../evidence/json-source.js';
import { shippedPath } from '../io/package-root.js';
import { prebuiltParse } from '../io/prebuilt.js';
import { schemaErrorsToIssues, type SchemaError } from '../shared/schema-issues.js';
import { nthItem } from '../shared/paths.js';
import { quote } from '../shared/quote.js';

/** A police force as a registry lists it. */
export interface Force {
  id: string;
  name: string;
  country?: string;
}

/** The forces a batch expects evidence from (SPEC §6), in the registry's order. */
export interface ForcesRegistry {
  title: string;
  forces: Force[];
  /** The file it was loaded from, as given. */
  file: string;
}

/** File name of the registry shipped with the package (the 43 forces of England and Wales). */
const SHIPPED_REGISTRY = join('data', 'forces', 'england-wales.yaml');

/** The registry shipped with the package: found beside the nearest package.json above this module. */
export function defaultForcesFile(): string {
  return shippedPath(SHIPPED_REGISTRY);
}

/**
 * Parses a forces registry (YAML: `{title?, forces: [{id, name, country?}]}`), checked against
 * schemas/forces.schema.json; a force id listed twice is an error. Problems come back positioned.
 */
export function parseForces(text: string, file: string): Loaded<ForcesRegistry> {
  const { data, diagnostics, locate } = parseYamlSource(text, file, 'a forces registry');
  if (!data || diagnostics.length > 0) return { ok: false, diagnostics };
  if (!validateForcesDocument(data)) {
    const issues = schemaErrorsToIssues((validateForcesDocument.errors ?? []) as SchemaError[], data);
    return { ok: false, diagnostics: issues.map(locate) };
  }
  const registry = data as { title?: string; forces: Force[] };
  const first = new Map<string, number>();
  const named = new Map<string, number>();
  const issues: Issue[] = [];
  registry.forces.forEach((force, index) => {
    const earlier = first.get(force.id);
    if (earlier === undefined) first.set(force.id, index);
    else issues.push({ code: 'duplicate-id', severity: 'error', path: ['forces', index, 'id'],
      message: `force id ${quote(force.id)} is listed twice (the first is ${nthItem('forces', earlier)})` });
    // Two forces of one name would be two rows no reader could tell apart in every summary.
    const name = force.name.normalize('NFC');
    const sameName = named.get(name);
    if (sameName === undefined) named.set(name, index);
    else issues.push({ code: 'duplicate-name', severity: 'error', path: ['forces', index, 'name'],
      message: `force name ${quote(force.name)} is listed twice (the first is ${nthItem('forces', sameName)}, id ${quote(registry.forces[sameName]?.id ?? '')})` });
  });
  if (issues.length > 0) return { ok: false, diagnostics: issues.map(locate) };
  return { ok: true, value: { title: registry.title ?? file, forces: registry.forces, file }, diagnostics: [] };
}

/**
 * A registry written as JSON (valid YAML too) is read without the YAML parser when it is valid;
 * anything else, or any problem, takes the YAML path, which positions every diagnostic. Duplicate
 * keys are the exception: JSON says so itself, as the YAML path would blame YAML for them.
 */
function parseForcesJson(text: string, file: string): Loaded<ForcesRegistry> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  const parsed = parseJsonSource(text, file);
  if (!parsed.ok && parsed.diagnostics.length > 0 && parsed.diagnostics.every((d) => d.code === 'duplicate-key')) {
    return { ok: false, diagnostics: parsed.diagnostics };
  }
  if (!parsed.ok || !validateForcesDocument(parsed.value.data)) return undefined;
  const registry = parsed.value.data as { title?: string; forces: Force[] };
  if (new Set(registry.forces.map((f) => f.id)).size !== registry.forces.length) return undefined;
  if (new Set(registry.forces.map((f) => f.name.normalize('NFC'))).size !== registry.forces.length) return undefined;
  return { ok: true, value: { title: registry.title ?? file, forces: registry.forces, file }, diagnostics: [] };
}

/**
 * The registry shipped with the package, for the commands that take no --forces (`grade`,
 * `report`) to check force names against; undefined when it cannot be read (then nothing is).
 */
export async function loadShippedRegistry(): Promise<ForcesRegistry | undefined> {
  const loaded = await loadForcesFile(defaultForcesFile());
  return loaded.ok ? loaded.value : undefined;
}

/**
 * Reads and parses a forces registry file; the shipped one's text takes its build-time parse when
 * the CLI's entry point has handed those in.
 */
export async function loadForcesFile(file: string, maxBytes?: number): Promise<Loaded<ForcesRegistry>> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  const shipped = prebuiltParse('forces-england-wales');
  if (shipped && shipped.source === read.value) {
    return { ok: true, value: { ...(JSON.parse(shipped.parsed) as Omit<ForcesRegistry, 'file'>), file }, diagnostics: [] };
  }
  return parseForcesJson(read.value, file) ?? parseForces(read.value, file);
}
