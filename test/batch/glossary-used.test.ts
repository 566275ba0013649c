import { describe, expect, it } from 'vitest';
import { termsUsed } from '../../src/batch/glossary.js';
import type { GradeResult } from '../../src/engine/result.js';
import { runInProcess } from '../helpers/cli.js';

const TERMS = [{ term: 'JAG', meaning: 'Joint action group' }, { term: 'PCSO', meaning: 'Police community support officer' },
  { term: 'DI', meaning: 'Detective inspector' }, { term: 'ACC (O)', meaning: 'Assistant chief constable (operations)' }];

/** A result whose texts are only those given (the rest of a result is not read). */
const resultWith = (texts: { criterion?: string; evidence?: string[]; report?: GradeResult['report'] }) => ({
  criteria: [{ text: texts.criterion ?? 'A criterion.', evidence: texts.evidence ?? [], sources: [] }],
  excellence: [], concerns: [], judgement: null, report: texts.report,
}) as unknown as GradeResult;

describe('termsUsed: a report\'s glossary holds the terms it uses', () => {
  it.each([
    ['a term in the evidence', { evidence: ['PCSOs patrol every ward.'] }, ['PCSO']],
    ['a plural', { evidence: ['Three JAGs meet monthly.'] }, ['JAG']],
    ['a term with brackets and spaces', { criterion: 'The ACC (O) chairs it.' }, ['ACC (O)']],
    ['a term in the framework narrative', { report: { strengths: ['A DI reviews each case.'] } }, ['DI']],
    ['no part of a longer word', { evidence: ['DIRECT action by JAGUAR units; a PCSOX.'] }, []],
  ])('%s', (_name, texts, terms) => {
    expect(termsUsed(TERMS, [resultWith(texts)], null).map((t) => t.term)).toEqual(terms);
  });

  it('reads the force narrative too', () => {
    expect(termsUsed(TERMS, [resultWith({})], { overview: { text: ['The JAG structure'] } } as never).map((t) => t.term)).toEqual(['JAG']);
  });
});

describe('grade report ends with the glossary of the terms it uses', () => {
  it('keeps every term of the source report\'s glossary for Hertfordshire', async () => {
    const run = await runInProcess(['report', 'evidence/hertfordshire-2007', '--format', 'markdown']);
    expect(run.stdout).toContain('Appendix: glossary of terms and abbreviations');
    expect(run.stdout).toContain('**LCIU**');
  });

  it('gives a CQC report no HMIC abbreviations', async () => {
    const run = await runInProcess(['report', 'evidence/examples/cqc-saf-example/example-service-good.json', '--format', 'markdown']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('glossary of terms');
    expect(run.stdout).not.toContain('HSCB');
  });
});
