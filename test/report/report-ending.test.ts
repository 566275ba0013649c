import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/** Issue #16 §1: what the source report has that the report carries now. */
describe('grade report: national contexts, the consolidated recommendations and the glossary', async () => {
  const markdown = (await runInProcess(['report', 'evidence/hertfordshire-2007', '--format', 'markdown'])).stdout;
  const lines = markdown.split('\n');

  it('gives each framework (and the PVP overview) its national contextual factors before the force\'s own', () => {
    const national = lines.flatMap((l, i) => (l === '#### National contextual factors' ? [i] : []));
    const own = lines.flatMap((l, i) => (l === '#### Contextual factors' ? [i] : []));
    expect(national).toHaveLength(7);
    expect(own).toHaveLength(7);
    national.forEach((at, k) => expect(at).toBeLessThan(own[k] as number));
    expect(markdown).toContain('The national Neighbourhood Policing programme was launched by ACPO in April 2005');
  });

  it('lists the report\'s nine recommendations again at its end, numbered and grouped as in the source', () => {
    const at = lines.indexOf('## Recommendations');
    const appendix = lines.indexOf('## Appendix: criteria and their status');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(appendix);
    const numbers = lines.slice(at, appendix).flatMap((l) => /^\*\*Recommendation (\d+)\.\*\*/.exec(l)?.[1] ?? []);
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(lines.slice(at, appendix).filter((l) => l.startsWith('### '))).toEqual(['### Neighbourhood Policing', '### Performance management', '### Protecting vulnerable people']);
  });

  it('ends with the glossary the source ends with, every term of it', () => {
    const glossary = JSON.parse(readFileSync(join(ROOT, 'data', 'glossary.json'), 'utf8')) as { terms: Array<{ term: string; meaning: string }> };
    expect(glossary.terms.length).toBe(65);
    const at = lines.indexOf('## Appendix: glossary of terms and abbreviations');
    expect(at).toBeGreaterThan(lines.indexOf('## Appendix: criteria and their status'));
    expect(lines.slice(at).filter((l) => l.startsWith('- **'))).toHaveLength(65);
    expect(markdown).toContain('- **ViSOR**: Violent and Sex Offenders Register');
  });

  /** The lines of one framework's section, from its heading to the next framework's. */
  const section = (title: string, next: string) => lines.slice(lines.indexOf(`### ${title}`), lines.indexOf(`### ${next}`)).join('\n');

  it('keeps Public protection\'s jigsaw motif and its three "(see also …)" cross-references, as the other frameworks keep theirs', () => {
    const text = section('Public protection', 'Missing persons');
    expect(text).toContain('Public protection projects within the PVP action plan are tracked by the board. The project itself is branded with a jigsaw motif, recognising the interconnectivity of the four strands.');
    expect(text).toContain('holds that risk. (see also ‘Work in progress’ with reference to the absence of a written accountability framework).');
    expect(text).toContain('Home visits to RSOs are carried out as follows (see also ‘Areas for improvement’ and ‘Work in progress’): • Low risk – yearly • Medium risk – six-monthly');
    expect(text).toContain('a view taken on how the results affect risk (see also ‘Areas for improvement’ and ‘Work in progress’).');
    expect(text.match(/\(see also /g)).toHaveLength(3);
  });

  it('carries exactly the source\'s two developing-practice examples ("three or more", its introduction says), one each in Neighbourhood Policing and Performance management', () => {
    const practice = lines.flatMap((l, i) => (l === '#### Developing practice' ? [lines[i + 2]] : []));
    expect(practice).toEqual(['##### The community safety accreditation scheme', '##### Operational performance meetings']);
    expect(section('Neighbourhood Policing', 'Performance management')).toContain('##### The community safety accreditation scheme');
    expect(section('Performance management', 'Protecting Vulnerable People – Overview')).toContain('##### Operational performance meetings');
    // In the source's paragraphs: problem and solution, as it sets them out (its diagram's labels left out).
    const paragraphs = (from: number, label: string, next: string) => {
      const start = lines.indexOf(label, from);
      return lines.slice(start + 1, lines.indexOf(next, start)).filter((l) => l !== '').length;
    };
    const [np, pm] = ['##### The community safety accreditation scheme', '##### Operational performance meetings'].map((h) => lines.indexOf(h));
    expect([paragraphs(np as number, '**Problem**', '**Solution**'), paragraphs(np as number, '**Solution**', '**Outcome(s)**')]).toEqual([2, 8]);
    expect([paragraphs(pm as number, '**Problem**', '**Solution**'), paragraphs(pm as number, '**Solution**', '**Outcome(s)**')]).toEqual([1, 6]);
    expect(markdown).not.toContain('Director of performance');
  });
});
