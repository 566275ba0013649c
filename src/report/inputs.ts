import { positionIssues, type LoadedEvidence } from '../evidence/load.js';
import type { Diagnostic } from '../shared/diagnostics.js';
import { didYouMean } from '../shared/suggest.js';

/**
 * Checks that a set of evidence files can make one force's report: each names a framework that
 * has criteria, all are for the same force (the force of the first file, in path order), and no
 * framework has two files. Problems are errors positioned in the offending file. Pure.
 */
export function checkReportInputs(files: readonly LoadedEvidence[], frameworks: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = files[0];
  const firstOf = new Map<string, LoadedEvidence>();
  for (const loaded of files) {
    const { framework, force } = loaded.evidence;
    if (!frameworks.includes(framework)) {
      diagnostics.push(...positionIssues(loaded, [{ code: 'unknown-framework', severity: 'error', path: ['framework'],
        message: `no criteria for framework "${framework}"${didYouMean(framework, [...frameworks])} (available: ${frameworks.join(', ') || 'none'})` }]));
    }
    if (first && force.id !== first.evidence.force.id) {
      diagnostics.push(...positionIssues(loaded, [{ code: 'mixed-forces', severity: 'error', path: ['force', 'id'],
        message: `this file is for force "${force.id}", but ${first.file} is for "${first.evidence.force.id}": a report covers one force, so name the files of one force only` }]));
    }
    const earlier = firstOf.get(framework);
    if (earlier) {
      diagnostics.push(...positionIssues(loaded, [{ code: 'duplicate-evidence', severity: 'error', path: ['framework'],
        message: `a second evidence file for ${framework} (the first is ${earlier.file}): a report takes one file per framework` }]));
    } else firstOf.set(framework, loaded);
  }
  return diagnostics;
}
