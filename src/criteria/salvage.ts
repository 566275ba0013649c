import { isRecord, sparseItems, stringField } from '../shared/salvage.js';
import type { CriteriaDocument } from './model.js';

type DocumentCriterion = CriteriaDocument['criteria'][number];

function readCriterion(item: Record<string, unknown>): DocumentCriterion | undefined {
  const id = stringField(item, 'id');
  const level = item.level;
  if (id === undefined || typeof level !== 'string') return undefined;
  const theme = stringField(item, 'theme');
  const guidance = item.guidance === undefined ? undefined : stringField(item, 'guidance') ?? '(not text)';
  return {
    id, level, text: stringField(item, 'text') ?? '',
    ...(theme !== undefined ? { theme } : {}),
    // Every other key as written: the check knows which are the scheme's flags.
    ...Object.fromEntries(Object.entries(item).filter(([key]) => !['id', 'level', 'text', 'theme', 'guidance'].includes(key))),
    // Guidance that is there but not text is already a schema error; don't report it as missing too.
    ...(guidance !== undefined ? { guidance } : {}),
  };
}

/**
 * What `checkCriteria` can still read of a criteria document that failed its schema, with
 * unreadable items left as holes (see src/shared/salvage.ts). A framework id that is not text
 * is taken as the file stem, as the schema error already names it. Undefined when there is no
 * `criteria` list to check.
 */
export function salvageCriteria(data: Record<string, unknown>, stem: string): CriteriaDocument | undefined {
  if (!Array.isArray(data.criteria)) return undefined;
  const thresholds: Record<string, number> = {};
  if (isRecord(data.thresholds)) {
    for (const [key, value] of Object.entries(data.thresholds)) if (typeof value === 'number') thresholds[key] = value;
  }
  const idAndText = (item: Record<string, unknown>) => {
    const id = stringField(item, 'id');
    return id === undefined ? undefined : { id, text: '', title: '' };
  };
  return {
    framework: stringField(data, 'framework') ?? stem,
    title: '', group: '', version: '',
    thresholds,
    excellence: sparseItems(data.excellence, idAndText),
    themes: sparseItems(data.themes, idAndText),
    criteria: sparseItems(data.criteria, readCriterion),
  };
}
