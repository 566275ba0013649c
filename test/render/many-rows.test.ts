import { describe, expect, it } from 'vitest';
import type { FileCheck } from '../../src/batch/validate/validation-run.js';
import { summariseValidation } from '../../src/batch/validate/validation-run.js';
import { gradeEvidence } from '../../src/engine/grade.js';
import { groupCriteria } from '../../src/render/grade/sections.js';
import { renderGradeHtml } from '../../src/render/grade/html.js';
import { renderValidateText } from '../../src/render/validate/text.js';
import { makeCriteria, makeEvidence } from '../helpers/factories.js';

/** Renderers on many rows: linear, and no list spread into a call (which overflows the stack past ~120,000). */
describe('renderers on many rows', () => {
  it('groups 20,000 criteria of 20,000 themes in file order, in one pass', () => {
    const base = makeCriteria({ fair: 4, significant: 1, dominant: 0, good: 19_996 });
    const criteria = { ...base, themes: base.criteria.map((_, i) => ({ id: `t${i}`, title: `Theme ${i}` })),
      criteria: base.criteria.map((c, i) => ({ ...c, theme: `t${i}` })) };
    const result = gradeEvidence(criteria, makeEvidence(criteria));
    const groups = groupCriteria(result);
    expect(groups).toHaveLength(20_000);
    expect(groups.flatMap((g) => g.criteria.map((c) => c.id))).toEqual(criteria.criteria.map((c) => c.id));
    expect(groups.slice(3, 5).map((g) => [g.level, g.themeTitle, g.criteria.map((c) => c.id)])).toEqual([
      ['fair', 'Theme 3', ['F4']], ['good', 'Theme 4', ['G1']]]);
  });

  it('renders 150,000 developing-practice entries of one framework', () => {
    const criteria = makeCriteria();
    const evidence = { ...makeEvidence(criteria), report: { developingPractice: Array.from({ length: 150_000 }, (_, i) => ({ title: `Practice ${i}` })) } };
    const html = renderGradeHtml(gradeEvidence(criteria, evidence), { color: false });
    expect(html.match(/<div class="practice">/g)).toHaveLength(150_000);
  });

  it('aligns the criteria of `validate` up to NAME_WIDTH: one long framework id does not pad every line', () => {
    const file = (framework: string): FileCheck => ({ file: `${framework}.yaml`, kind: 'criteria', diagnostics: [],
      criteria: { framework, version: '1', sha256: '0'.repeat(64), file: `${framework}.yaml` } });
    const long = 'x'.repeat(100_000);
    const text = renderValidateText(summariseValidation([file('np'), file(long)], null), { color: false });
    const short = text.split('\n').find((line) => line.startsWith('  np'));
    expect(short).toBe(`  np${' '.repeat(34)}  version 1  sha256 000000000000  np.yaml`);
  });
});
