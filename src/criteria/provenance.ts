import type { Criteria } from './model.js';

/** The criteria a file is, or was checked against: what every result can be traced to. */
export interface CriteriaProvenance {
  framework: string;
  version: string;
  /** sha256 of the criteria file's bytes (as `sha256sum` prints it). */
  sha256: string;
  file: string;
}

/** Provenance of loaded criteria. */
export function provenanceOf(criteria: Criteria): CriteriaProvenance {
  return { framework: criteria.framework, version: criteria.version, sha256: criteria.sha256, file: criteria.file };
}
