import { isEvidenceName } from '../batch/discover.js';
import { isNarrativeName } from '../evidence/narrative/model.js';
import { byCodeUnit } from '../shared/order.js';
import type { Walked, WalkOptions } from '../io/walk.js';
import { collectFiles } from './file-targets.js';
import { UsageError } from './errors.js';

/**
 * The evidence files named by command-line paths: a file as it is, a folder as every `*.json`
 * file under it (found as every command finds files, by `collectFiles`). Sorted, so output never
 * depends on the order the paths were given. Nothing found is a usage problem (exit 2).
 */
export function evidenceFiles(paths: readonly string[], options: WalkOptions = {}): Walked {
  const walked = collectFiles(paths, isEvidenceName, { one: 'an evidence file', many: 'evidence files (*.json)' }, true, options);
  return { ...walked, files: [...walked.files].sort(byCodeUnit) };
}

/** A report's inputs: its evidence files and its force narratives (`*.narrative.json`), each sorted. */
export interface ReportFiles extends Walked {
  narratives: string[];
}

/**
 * The files of a report named by command-line paths: as `evidenceFiles`, but a folder also gives
 * its force narratives, and a named file is a narrative or evidence by its name.
 */
export function reportFiles(paths: readonly string[], options: WalkOptions = {}): ReportFiles {
  const accept = (name: string) => isEvidenceName(name) || isNarrativeName(name);
  const walked = collectFiles(paths, accept, { one: 'an evidence file', many: 'evidence files (*.json)' }, true, options);
  const sorted = [...walked.files].sort(byCodeUnit);
  const files = sorted.filter((file) => !isNarrativeName(file));
  if (files.length === 0 && walked.problems.length === 0) throw new UsageError(`no evidence files (*.json) found in ${paths.join(', ')}, only force narratives (*.narrative.json): a report needs a force's evidence`);
  return { ...walked, files, narratives: sorted.filter((file) => isNarrativeName(file)) };
}
