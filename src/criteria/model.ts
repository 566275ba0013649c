import { byCodeUnit } from '../shared/order.js';
import { titleFromId } from '../shared/title.js';

import type { Scheme } from './scheme/model.js';

/** One statement of a framework's specific grading criteria. */
export interface Criterion {
  id: string;
  /** One of its scheme's levels. */
  level: string;
  /** Theme id; empty when the criterion has none. */
  theme: string;
  /** The scheme's flags it carries, implied ones included, in the scheme's order. */
  flags: string[];
  text: string;
  guidance?: string;
}

/** Named numbers of the scheme's conditions, the criteria file's own values over the scheme's. */
export type Thresholds = Record<string, number>;

/** A factor that attracts consideration of the top grade (hmic-2007: beacon, innovation). */
export interface ExcellenceFactor {
  id: string;
  /** How reports name it ("Beacon to others"); without one, its id in words (`excellenceTitle`). */
  title?: string;
  text: string;
}

/** An excellence factor's title: the one its criteria file gives, else its id in words ("beacon" → "Beacon"). */
export function excellenceTitle(factor: Pick<ExcellenceFactor, 'id' | 'title'>): string {
  return factor.title ?? titleFromId(factor.id);
}

/**
 * A framework's excellence factors: its criteria file's `excellence` list, else its scheme's
 * default `factors` (SPEC §7), whose text is their id (a scheme gives ids only).
 */
export function frameworkFactors(doc: Pick<CriteriaDocument, 'excellence'>, scheme: Pick<Scheme, 'factors'>): ExcellenceFactor[] {
  return doc.excellence ?? scheme.factors.map((id) => ({ id, text: id }));
}

export interface Theme { id: string; title: string }

/** A framework's criteria as loaded and validated from `criteria/<framework>.yaml`. */
export interface Criteria {
  framework: string;
  title: string;
  group: string;
  /** Position in reports; frameworks without one sort after those with one. */
  order?: number;
  version: string;
  period?: { from: string; to: string };
  /** The framework's national contextual factors, paragraph by paragraph (shown in reports). */
  nationalContext?: string[];
  /** The grading scheme the criteria use (SPEC §7). */
  scheme: Scheme;
  thresholds: Thresholds;
  excellence: ExcellenceFactor[];
  themes: Theme[];
  criteria: Criterion[];
  /** sha256 of the file's bytes: ties every result to the exact criteria that produced it. */
  sha256: string;
  /** The file it was loaded from, as given. */
  file: string;
}

/** A criterion as written: its fixed keys, and a boolean per flag of its scheme. */
export type CriterionDocument = { id: string; level: string; text: string; theme?: string; guidance?: string } & Record<string, unknown>;

/** The raw shape of a criteria file after schema validation (before defaults). */
export interface CriteriaDocument {
  framework: string;
  scheme?: string;
  title: string;
  group: string;
  order?: number;
  version: string;
  period?: { from: string; to: string };
  nationalContext?: string[];
  thresholds?: Thresholds;
  excellence?: ExcellenceFactor[];
  themes?: Theme[];
  criteria: CriterionDocument[];
}

/** The keys of a criterion that are not flags. */
export const CRITERION_KEYS = ['id', 'level', 'theme', 'text', 'guidance'] as const;

/** Sorts frameworks for reports: by `order`, then group, then title, then id. */
export function compareFrameworks(a: Pick<Criteria, 'order' | 'group' | 'title' | 'framework'>, b: typeof a): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  return byCodeUnit(a.group, b.group) || byCodeUnit(a.title, b.title) || byCodeUnit(a.framework, b.framework);
}
