import { readFileSync } from 'node:fs';
import { shippedPath } from '../io/package-root.js';
import type { GlossaryTerm } from './report-model.js';

/**
 * The glossary shipped with the package (`data/glossary.json`: the source report's "Glossary of
 * Terms and Abbreviations"), which `grade report` ends with. Shipped data: a file that is not
 * what the build shipped is a fault of the installation, said plainly.
 */
export function loadShippedGlossary(): GlossaryTerm[] {
  const file = shippedPath('data', 'glossary.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { terms?: unknown };
  const terms = Array.isArray(data.terms) ? data.terms : [];
  if (!terms.every((t): t is GlossaryTerm => typeof (t as GlossaryTerm).term === 'string' && typeof (t as GlossaryTerm).meaning === 'string')) {
    throw new Error(`the shipped glossary ${file} is not a list of {term, meaning}`);
  }
  return terms;
}
