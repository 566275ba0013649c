import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNational } from '../../src/batch/national.js';
import { runInProcess } from '../helpers/cli.js';

const SHIPPED = { count: 43, source: 'the registry data/forces/england-wales.yaml' };
const national = (counts: string, extra = '') => `{${extra}"summary": {"np": {${counts}}}}`;
const counts = (e: string | number, g: string | number, f: string | number, p: string | number) => `"excellent": ${e}, "good": ${g}, "fair": ${f}, "poor": ${p}`;

describe('--national counts are whole numbers of forces within the registry', () => {
  it.each([
    ['1e308', counts('1e308', 0, 0, 0), SHIPPED, 'summary.np.excellent must be a whole number of forces from 0 to 43 (the forces in the registry data/forces/england-wales.yaml), not 1e+308'],
    ['1e400 (Infinity)', counts(1, '1e400', 0, 0), SHIPPED, 'summary.np.good must be a whole number of forces from 0 to 43 (the forces in the registry data/forces/england-wales.yaml), not Infinity'],
    ['one count over the registry', counts(1, 44, 0, 0), SHIPPED, 'summary.np.good must be a whole number of forces from 0 to 43'],
    ['a negative count', counts(1, 2, -3, 0), SHIPPED, 'summary.np.fair must be a whole number of forces from 0 to 43'],
    ['a fraction', counts(1, 2, 3, 0.5), SHIPPED, 'summary.np.poor must be a whole number of forces from 0 to 43 (the forces in the registry data/forces/england-wales.yaml), not 0.5'],
    ['counts over the registry together', counts(20, 20, 4, 0), SHIPPED, 'summary.np counts 44 forces in all, more than the 43 forces in the registry data/forces/england-wales.yaml'],
    ['1e308 with no registry at hand', counts('1e308', 0, 0, 0), undefined, 'summary.np.excellent must be a whole number of forces (0 or more), not 1e+308'],
    ['unsafe integers adding up past exact', counts(2 ** 52, 2 ** 52, 0, 0), undefined, 'summary.np counts more forces in all than a number holds exactly'],
  ])('refuses %s', (_name, entry, forces, message) => {
    const parsed = parseNational(national(entry), 'n.json', forces);
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'invalid-value', severity: 'error', file: 'n.json', line: 1 });
    expect(parsed.diagnostics[0]?.message).toContain(message);
  });

  it('takes the number of forces from the registry.forces that grade batch writes, over the caller\'s', () => {
    expect(parseNational(national(counts(20, 20, 20, 0), '"registry": {"forces": 100}, '), 'n.json', SHIPPED).ok).toBe(true);
    const parsed = parseNational(national(counts(5, 5, 0, 0), '"registry": {"forces": 8}, '), 'n.json', SHIPPED);
    expect(parsed.diagnostics[0]?.message).toBe('summary.np counts 10 forces in all, more than the 8 forces in the registry this summary gives (registry.forces)');
  });

  it.each([['null', 'null'], ['no forces count', '{}'], ['an unsafe count', '{"forces": 1e308}']])(
    'falls back to the caller\'s count when registry is %s', (_name, registry) => {
      const parsed = parseNational(national(counts(20, 20, 4, 0), `"registry": ${registry}, `), 'n.json', SHIPPED);
      expect(parsed.diagnostics[0]?.message).toContain('more than the 43 forces in the registry data/forces/england-wales.yaml');
    });

  it('accepts 43 forces, and the counts of the shipped fixture', () => {
    expect(parseNational(national(counts(6, 14, 21, 2)), 'n.json', SHIPPED).ok).toBe(true);
    expect(parseNational(national(counts(0, 0, 0, 0)), 'n.json', SHIPPED).ok).toBe(true);
  });

  it('grade report --national refuses 1e308 against the shipped registry (exit 1, positioned)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-national-'));
    const file = join(dir, 'national.json');
    writeFileSync(file, national(counts('1e308', 0, 0, 0)));
    const run = await runInProcess(['report', 'evidence/hertfordshire-2007', '--national', file, '--format', 'markdown']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}:1:34: error: summary.np.excellent must be a whole number of forces from 0 to 43 (the forces in the registry data/forces/england-wales.yaml), not 1e+308 [invalid-value]`);
  });
});
