import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScheme } from '../../src/criteria/scheme/parse.js';
import type { Scheme } from '../../src/criteria/scheme/model.js';

/** A shipped scheme (criteria/schemes/<id>.yaml), parsed from the real file. */
export function shippedScheme(id: string): Scheme {
  const file = join(import.meta.dirname, '..', '..', 'criteria', 'schemes', `${id}.yaml`);
  const loaded = parseScheme(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} is invalid: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.value;
}

/** Parses scheme text written in a test; throws with the diagnostics when it is refused. */
export function schemeFrom(text: string, file = 'test-scheme.yaml'): Scheme {
  const loaded = parseScheme(text, file);
  if (!loaded.ok) throw new Error(`the test scheme is invalid: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.value;
}

export const HMIC_2007 = shippedScheme('hmic-2007');
export const PEEL_2021 = shippedScheme('peel-2021');
export const CQC_SAF = shippedScheme('cqc-saf');

/** The two excellence factors the source report describes (the hmic-2007 defaults, with text). */
export const HMIC_FACTORS = [
  { id: 'beacon', text: 'The force is recognised, or able to act, as a beacon to others: a source of leading-edge practice that other forces have imported.' },
  { id: 'innovation', text: 'The force has introduced and evaluated new ways of delivering or improving performance.' },
];

/** A grade's place on the hmic-2007 scale (poor 0 … excellent 3). */
export function hmicRank(grade: string): number {
  return HMIC_2007.grades.findIndex((g) => g.id === grade);
}

/** The hmic-2007 grades, lowest first. */
export const HMIC_GRADES = HMIC_2007.grades.map((g) => g.id);
