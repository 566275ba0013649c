import type { GradeResult } from '../../engine/result.js';
import { GRADE_META } from '../display.js';
import { nextGradeSentence, provisionalNote } from '../grade/sections.js';
import type { Block, HeadingLevel } from './document-model.js';

/** A clause as a sentence: capital first letter, closing full stop unless it already ends one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  // The closing quotes as escapes: a regular expression is the one place where the bundler
  // keeps non-ASCII characters as they are, and an ASCII bundle loads faster.
  return /[.!?]["\u201d\u2019)]?$/.test(capital) ? capital : `${capital}.`;
}

/** "Good (professional judgement; computed grade Fair)" → the part after the grade, or undefined. */
function gradeDetail(result: GradeResult): string | undefined {
  const details: string[] = [];
  if (result.judgement) {
    details.push(result.grade === result.computedGrade
      ? 'professional judgement, confirming the computed grade'
      : `professional judgement; computed grade ${GRADE_META[result.computedGrade].title}`);
  }
  const provisional = provisionalNote(result);
  if (provisional) details.push(provisional);
  return details.length > 0 ? details.join('; ') : undefined;
}

/**
 * The grade (a heading: "Grade: Good") and its justification in plain sentences, all taken from the result: the judgement
 * (when there is one), the rule that decided the computed grade with its counts, the criteria
 * that decided it, why each higher grade was not reached, and what the next grade would need.
 */
export function justificationBlocks(result: GradeResult, level: HeadingLevel): Block[] {
  const detail = gradeDetail(result);
  const blocks: Block[] = [{ kind: 'heading', level, text: 'Grade', grade: result.grade, ...(detail ? { detail } : {}) }];
  const { decision } = result;
  if (result.judgement) {
    const { by, rationale } = result.judgement;
    blocks.push({ kind: 'paragraph', text: sentence(`The grade is a professional judgement by ${by}: ${rationale}`) });
  }
  const computed = GRADE_META[result.computedGrade].title;
  const lead = result.judgement ? `The criteria give ${computed}: ` : '';
  blocks.push({ kind: 'paragraph', text: sentence(`${lead}${decision.summary}`) });
  const detailReasons = decision.reasons.slice(1);
  if (detailReasons.length > 0) {
    blocks.push({ kind: 'paragraph', text: 'The criteria that decided it:' }, { kind: 'list', items: detailReasons.map(sentence) });
  }
  for (const { grade, reasons } of decision.notReached) {
    const subject = result.judgement ? `By the criteria, ${GRADE_META[grade].title}` : GRADE_META[grade].title;
    blocks.push({ kind: 'paragraph', text: sentence(`${subject} was not reached: ${reasons.join('; ')}`) });
  }
  const next = nextGradeSentence(result);
  if (next) blocks.push({ kind: 'paragraph', text: sentence(next) });
  for (const advisory of result.advisories) blocks.push({ kind: 'paragraph', note: true, text: sentence(`Advisory (${advisory.code}): ${advisory.message}`) });
  if (result.incomplete) {
    blocks.push({ kind: 'paragraph', note: true, text: `Incomplete evidence: no finding for ${result.missing.join(', ')} (counted as not met).` });
  }
  return blocks;
}
