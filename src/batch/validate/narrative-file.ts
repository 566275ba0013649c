import type { CriteriaStore } from '../../criteria/store.js';
import { checkNarrativeGroups, loadNarrativeFile } from '../../evidence/narrative/load.js';
import type { FileCheck } from './validation-run.js';

/** The groups (`group:`) of every valid criteria file in the store's folder, in id order, each once. */
async function groupsOf(store: CriteriaStore): Promise<string[]> {
  const groups: string[] = [];
  for (const id of store.ids) {
    const loaded = await store.forFramework(id);
    if (loaded?.ok && !groups.includes(loaded.value.group)) groups.push(loaded.value.group);
  }
  return groups;
}

/**
 * Every problem of a force narrative (`*.narrative.json`): syntax and duplicate keys, the schema,
 * one overview per group, and that each group overview names a group some criteria file of the
 * folder in use has (else `grade report` could never show it).
 */
export async function validateNarrativeFile(file: string, store: CriteriaStore, maxBytes?: number): Promise<FileCheck> {
  const loaded = await loadNarrativeFile(file, maxBytes);
  const narrative = loaded.ok ? loaded.value : loaded.partial;
  if (!narrative) return { file, kind: 'narrative', diagnostics: loaded.diagnostics, criteria: null };
  const groups = await groupsOf(store);
  return { file, kind: 'narrative', diagnostics: [...loaded.diagnostics, ...checkNarrativeGroups(narrative, groups, `the criteria files in ${store.dir}`)], criteria: null };
}
