import type { Diagnostic } from '../shared/diagnostics.js';
import { walkPaths, type WalkOptions } from '../io/walk.js';
import { isNarrativeName } from '../evidence/narrative/model.js';

/** The evidence files found under a batch's paths, and the entries that could not be read. */
export interface Discovered {
  /** Each path's files in walk order (every folder's entries in code-unit order, depth first), each file once. */
  files: string[];
  /** Unreadable folders and files, broken links, symbolic link loops and entries that are not regular files, one per entry. */
  problems: Diagnostic[];
  /** How many files and folders `options.exclude` left out. */
  excluded?: number;
}

/**
 * Evidence files are named `*.json`, in any letter case, except force narratives
 * (`*.narrative.json`), which `grade report` reads beside the evidence and nothing grades.
 */
export const isEvidenceName = (name: string): boolean => name.toLowerCase().endsWith('.json') && !isNarrativeName(name);

/**
 * Finds the evidence files of a batch with the one folder walker (`walkPaths`): each path is a
 * file (taken whatever its name) or a folder searched recursively for `*.json` (force narratives,
 * `*.narrative.json`, left out).
 * `onFound` hears the number of files found so far after each folder (before de-duplication).
 */
export function discoverEvidence(paths: readonly string[], onFound: (count: number) => void = () => undefined, options: WalkOptions = {}): Discovered {
  return walkPaths(paths, isEvidenceName, onFound, options);
}
