import type { GradeResult } from '../../engine/result.js';
import { advisoryTitle, gradeBadge, gradeTitleOn, statusTitle } from '../display.js';
import { directionSentence, findingsBehindGrade, marginSentence, nextGradeSentence, provisionalNote } from '../grade/sections.js';
import { deeper, type Block, type Citations, type HeadingLevel } from './document-model.js';

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
      : `professional judgement; computed grade ${gradeTitleOn(result.scheme, result.computedGrade)}`);
  }
  const provisional = provisionalNote(result);
  if (provisional) details.push(provisional);
  return details.length > 0 ? details.join('; ') : undefined;
}

/** What the evidence cites for a finding, for the document: its quotes and sources, or why there are none. */
export function citationsOf(finding: { evidence: readonly string[]; sources: readonly string[] }, unanswered: boolean): Citations {
  if (unanswered) return { evidence: [], sources: [], none: 'No finding in the evidence (counted as not met).' };
  const cited = { evidence: [...finding.evidence], sources: [...finding.sources] };
  return cited.evidence.length === 0 && cited.sources.length === 0 ? { ...cited, none: 'No evidence or sources cited.' } : cited;
}

/** The findings behind the grade (`findingsBehindGrade`) as blocks: a heading and the list, or nothing. */
function findingsBlocks(result: GradeResult, level: HeadingLevel): Block[] {
  const cited = findingsBehindGrade(result);
  if (cited.length === 0) return [];
  return [
    { kind: 'heading', level: deeper(level), text: 'Findings behind the grade' },
    { kind: 'findings', items: cited.map((f) => ({ label: f.label, status: f.status, statusTitle: statusTitle({ ...f, missing: f.unanswered }), about: [...f.flags, ...f.roles].join('; '), citations: citationsOf(f, f.unanswered) })) },
  ];
}

/**
 * The grade (a heading: "Grade: Good") and its justification in plain sentences, all taken from
 * the result, in the order a reader checks it: any advisory (beside the grade: it asks for
 * moderation), the rule that decided the computed grade with its counts and the criteria that
 * decided it, the judgement (when there is one), why each higher grade was not reached, and what
 * the next grade would need; with `findings`, the findings behind the grade and their evidence.
 * The heading and its sentences are one `grade` section (the grade box, printed on one page);
 * the findings follow it.
 */
export function justificationBlocks(result: GradeResult, level: HeadingLevel, options: { findings?: boolean } = {}): Block[] {
  const detail = gradeDetail(result);
  const blocks: Block[] = [{ kind: 'heading', level, text: 'Grade', grade: gradeBadge(result.scheme, result.grade), ...(detail ? { detail } : {}) }];
  const { decision } = result;
  for (const advisory of result.advisories) blocks.push({ kind: 'advisory', title: advisoryTitle(advisory.code, result.scheme), text: sentence(advisory.message) });
  // After the advisory, which stands with the grade: the movement since the last round.
  const direction = directionSentence(result);
  if (direction) blocks.push({ kind: 'paragraph', text: sentence(`Direction of travel: ${direction}`) });
  const computed = gradeTitleOn(result.scheme, result.computedGrade);
  const lead = result.judgement ? `The criteria give ${computed}: ` : '';
  blocks.push({ kind: 'paragraph', text: sentence(`${lead}${decision.summary}`) });
  const detailReasons = decision.reasons.slice(1);
  if (detailReasons.length > 0) {
    blocks.push({ kind: 'paragraph', text: 'The criteria that decided it:' }, { kind: 'list', items: detailReasons.map(sentence) });
  }
  if (result.judgement) {
    const { by, rationale } = result.judgement;
    blocks.push({ kind: 'paragraph', text: sentence(`The grade is a professional judgement by ${by}: ${rationale}`) });
  }
  for (const { grade, reasons } of decision.notReached) {
    const title = gradeTitleOn(result.scheme, grade);
    const subject = result.judgement ? `By the criteria, ${title}` : title;
    blocks.push({ kind: 'paragraph', text: sentence(`${subject} was not reached: ${reasons.join('; ')}`) });
  }
  const next = nextGradeSentence(result);
  if (next) blocks.push({ kind: 'paragraph', text: sentence(next) });
  const margin = marginSentence(result);
  if (margin) blocks.push({ kind: 'paragraph', text: sentence(margin) });
  if (result.concerns.length > 0) {
    blocks.push({ kind: 'paragraph', text: 'Causes of concern:' },
      { kind: 'list', items: result.concerns.map((c) => (c.recommendation ? `${sentence(c.text)} Recommendation: ${sentence(c.recommendation)}` : sentence(c.text))) });
  }
  if (result.incomplete) {
    blocks.push({ kind: 'paragraph', note: true, text: `Incomplete evidence: no finding for ${result.missing.join(', ')} (counted as not met).` });
  }
  const box: Block = { kind: 'section', role: 'grade', blocks };
  return options.findings ? [box, ...findingsBlocks(result, level)] : [box];
}
