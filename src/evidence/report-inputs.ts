import { positionIssues, type LoadedEvidence } from './load.js';
import { checkNarrativeGroups, type LoadedNarrative } from './narrative/load.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import { unknownFrameworkMessage } from '../shared/unknown-framework.js';
import { appendAll } from '../shared/append.js';

/**
 * The force a set of evidence files is mostly for: the one with the most files, ties going to
 * the force of the earliest file in path order.
 */
function mainForce(files: readonly LoadedEvidence[]): { id: string; files: LoadedEvidence[] } | undefined {
  const byForce = new Map<string, LoadedEvidence[]>();
  for (const loaded of files) byForce.set(loaded.evidence.force.id, [...(byForce.get(loaded.evidence.force.id) ?? []), loaded]);
  let best: { id: string; files: LoadedEvidence[] } | undefined;
  for (const [id, forceFiles] of byForce) if (!best || forceFiles.length > best.files.length) best = { id, files: forceFiles };
  return best;
}

/**
 * Checks that a set of evidence files (in path order) can make one force's report: each names a
 * framework that has criteria, all are for one force (files for any force other than the main
 * one are flagged), and no framework has two files. Errors are positioned in the file. Pure.
 */
export function checkReportInputs(files: readonly LoadedEvidence[], frameworks: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const main = mainForce(files);
  const firstOf = new Map<string, LoadedEvidence>();
  for (const loaded of files) {
    const { framework, force } = loaded.evidence;
    if (!frameworks.includes(framework)) {
      appendAll(diagnostics, positionIssues(loaded, [{ code: 'unknown-framework', severity: 'error', path: ['framework'],
        message: unknownFrameworkMessage(framework, frameworks) }]));
    }
    if (main && force.id !== main.id) {
      // Flagged as another force's file; its framework does not count towards duplicates.
      const others = main.files.length === 1 ? main.files[0]?.file : `${main.files.length} files, such as ${main.files[0]?.file}`;
      appendAll(diagnostics, positionIssues(loaded, [{ code: 'mixed-forces', severity: 'error', path: ['force', 'id'],
        message: `this file is for force "${force.id}", but the report's other evidence (${others}) is for "${main.id}": a report covers one force, so name the files of one force only` }]));
      continue;
    }
    const earlier = firstOf.get(framework);
    if (earlier) {
      appendAll(diagnostics, positionIssues(loaded, [{ code: 'duplicate-evidence', severity: 'error', path: ['framework'],
        message: `a second evidence file for ${framework} (the first is ${earlier.file}): a report takes one file per framework` }]));
    } else firstOf.set(framework, loaded);
  }
  return diagnostics;
}

/**
 * Checks the force narratives given for a report (in path order): one at most (a second is
 * `duplicate-narrative`), for the force of the evidence (`mixed-forces`), and each group overview
 * for a group that some criteria file has (`groups`; `unknown-group`). Positioned. Pure.
 */
export function checkReportNarratives(narratives: readonly LoadedNarrative[], evidence: readonly LoadedEvidence[], groups: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const main = mainForce(evidence);
  const [first, ...others] = narratives;
  for (const extra of others) {
    appendAll(diagnostics, positionIssues(extra, [{ code: 'duplicate-narrative', severity: 'error', path: [],
      message: `a second force narrative (the first is ${first?.file}): a report takes one *.narrative.json file, so merge them` }]));
  }
  for (const loaded of narratives) {
    const force = loaded.narrative.force;
    if (main && force.id !== main.id) {
      appendAll(diagnostics, positionIssues(loaded, [{ code: 'mixed-forces', severity: 'error', path: ['force', 'id'],
        message: `this narrative is for force "${force.id}", but the report's evidence (such as ${main.files[0]?.file}) is for "${main.id}": a report covers one force` }]));
    }
  }
  if (first) appendAll(diagnostics, checkNarrativeGroups(first, groups, 'the criteria files'));
  return diagnostics;
}
