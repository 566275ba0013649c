import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/engine/result.js';
import type { Evidence } from '../../src/evidence/model.js';
import { runInProcess } from '../helpers/cli.js';

const NP = 'evidence/hertfordshire-2007/neighbourhood-policing.json';

describe('reading a grade (issue #15)', () => {
  it('JSON carries each excellence factor\'s evidence and sources as given, beside the criteria\'s', async () => {
    const evidence = JSON.parse(readFileSync(NP, 'utf8')) as Evidence;
    const result = JSON.parse((await runInProcess(['neighbourhood-policing', NP, '--format', 'json'])).stdout) as GradeResult;
    for (const factor of result.excellence) {
      const given = evidence.excellence?.find((f) => f.factor === factor.factor);
      expect(Object.keys(factor)).toEqual(['factor', 'title', 'status', 'text', 'evidenced', 'evidence', 'sources']);
      expect([factor.evidence, factor.sources]).toEqual([given?.evidence ?? [], given?.sources ?? []]);
    }
    expect(Object.keys(result.criteria[0]!)).toEqual(['id', 'level', 'theme', 'significant', 'dominant', 'flags', 'critical', 'status', 'missing', 'text', 'evidence', 'sources']);
  });

  it('a Poor result quotes what was found for its deciding criterion, in every human format', async () => {
    for (const format of ['text', 'markdown', 'html']) {
      const out = (await runInProcess(['neighbourhood-policing', 'fixtures/cli/borderline-poor.json', '--format', format])).stdout;
      expect(out, format).toMatch(/NP-F2[\s\S]{0,200}(significant; decided the grade; must become met for Fair)[\s\S]{0,200}Synthetic finding for tests\.[\s\S]{0,80}Sources: Synthetic/);
    }
  });

  it('the borderline-poor advisory is the line after the grade, and is not repeated', async () => {
    const lines = (await runInProcess(['neighbourhood-policing', 'fixtures/cli/borderline-poor.json'])).stdout.split('\n');
    const grade = lines.findIndex((l) => l.startsWith('Grade: '));
    expect(lines[grade + 1]).toMatch(/^! Borderline Poor: Poor by rule "significant" with 1 of 8 significant Fair criteria/);
    expect(lines.filter((l) => l.includes('refer the grade to moderation'))).toHaveLength(1);
  });

  it('a judged result reads: grade, computed grade with its rule and reasons, judgement, then what the criteria did not reach', async () => {
    const out = (await runInProcess(['neighbourhood-policing', 'fixtures/cli/judged.json'])).stdout;
    const at = (text: string) => out.indexOf(text);
    const order = ['Grade: FAIR (professional judgement; computed GOOD)', 'Computed grade: Good: every Fair criterion met, and more than 50% of Good criteria met',
      '  all 10 Fair criteria met', 'Judgement: Fair, by Synthetic moderation panel', '  Neighbourhood profiles are too weak',
      'Not reached by the criteria', 'Next grade: Excellent is 7 findings away from the computed Good'];
    for (const text of order) expect(at(text), text).toBeGreaterThan(-1);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
  });

  it('--show-evidence adds every finding\'s evidence to the criteria listing', async () => {
    const plain = (await runInProcess(['neighbourhood-policing', NP, '--format', 'markdown'])).stdout;
    const shown = (await runInProcess(['neighbourhood-policing', NP, '--format', 'markdown', '--show-evidence'])).stdout;
    expect(plain).toContain('| Criterion | Status | Statement |\n');
    expect(shown).toContain('| Criterion | Status | Statement | Evidence and sources |\n');
    expect(shown).toMatch(/\| NP-F1 \| Met \| .* \| .*Sources: /);
  });
});
