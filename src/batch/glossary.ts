import { readFileSync } from 'node:fs';
import type { GradeResult } from '../engine/result.js';
import type { ForceNarrative } from '../evidence/narrative/model.js';
import { shippedPath } from '../io/package-root.js';
import { appendAll } from '../shared/append.js';
import type { GlossaryTerm } from './report-model.js';

/** A letter or digit of ASCII: what a term written as a word may not touch. */
const isWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Whether `term` is written in `text` as a word of its own, or as its plural ("JAGs"). */
function usesTerm(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    let end = at + term.length;
    if (text.charCodeAt(end) === 115) end++;
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(end))) return true;
  }
  return false;
}

/**
 * The terms of a glossary that a report uses: each written as a word (or its plural, "JAGs") in
 * the criteria, the evidence, the frameworks' narrative or the force narrative. A report ends
 * with the terms it uses, so a report for another inspectorate is not given HMIC's abbreviations.
 * Pure; linear in the text for each term. Words are ASCII letters and digits, as the terms are.
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
  // indexOf, not a regular expression per term: compiling one per term is slow in a short run (docs/performance.md).
  return glossary.filter(({ term }) => usesTerm(all, term));
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
