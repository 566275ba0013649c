import type { Selector } from './model.js';

/** A selection as written: one selector or a list of them. */
export type SelectionDocument = Selector | Selector[];

/** A condition as written in a scheme file (after the JSON Schema). */
export interface ConditionDocument {
  count?: SelectionDocument;
  share?: SelectionDocument;
  score?: SelectionDocument;
  factors?: Record<string, number | string>;
  concerns?: Record<string, number | string>;
  of?: 'met' | 'unmet' | { scoreAtLeast?: number; scoreAtMost?: number };
  atLeast?: number | string;
  moreThan?: number | string;
  atMost?: number | string;
  below?: number | string;
}

/** The raw shape of a scheme file after schema validation (before defaults). */
export interface SchemeDocument {
  scheme: string;
  title: string;
  version: string;
  grades: Array<{ id: string; title: string }>;
  levels: Array<{ id: string; title: string; one?: string; many?: string }>;
  flags?: Record<string, { levels: string[]; implies?: string; alwaysApplicable?: boolean; title?: string }>;
  factors?: string[];
  thresholds?: Record<string, number>;
  increasing?: string[];
  require?: Selector[];
  scores?: { min: number; max: number; metAt: number };
  rules: Array<{ id: string; grade: string; when?: ConditionDocument[]; otherwise?: true; advisory?: { code: string; when: ConditionDocument[] } }>;
  limiters?: Array<{ id: string; cap: string; when: ConditionDocument[] }>;
}

/** The condition kinds, each the key that names it in a condition. */
export const CONDITION_KINDS = ['count', 'share', 'score', 'factors', 'concerns'] as const;
