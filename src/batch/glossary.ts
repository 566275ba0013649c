import { readFileSync } from 'node:fs';
import type { GradeResult } from '../engine/result.js';
import type { ForceNarrative } from '../evidence/narrative/model.js';
import { shippedPath } from '../io/package-root.js';
import { appendAll } from '../shared/append.js';
import type { GlossaryTerm } from './report-model.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The terms of a glossary that a report uses: each written as a word (or its plural, "JAGs") in
 * the criteria, the evidence, the frameworks' narrative or the force narrative. A report ends
 * with the terms it uses, so a report for another inspectorate is not given HMIC's abbreviations.
 * Pure; linear in the text for each term.
 */
export function termsUsed(glossary: readonly GlossaryTerm[], results: readonly GradeResult[], narrative: ForceNarrative | null): GlossaryTerm[] {
  const texts: string[] = [JSON.stringify(narrative ?? {})];
  for (const r of results) {
    texts.push(JSON.stringify(r.report ?? {}), JSON.stringify(r.concerns), r.judgement?.rationale ?? '');
    for (const c of [...r.criteria, ...r.excellence]) {
      texts.push(c.text);
      appendAll(texts, c.evidence);
      appendAll(texts, c.sources);
    }
  }
  const all = texts.join('\n');
  return glossary.filter(({ term }) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(term)}s?(?![\\p{L}\\p{N}])`, 'u').test(all));
}

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
