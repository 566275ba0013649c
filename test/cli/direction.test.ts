import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-direction-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Hertfordshire's Neighbourhood Policing evidence (Good) with an earlier round's grade. */
function withPrevious(previous: Record<string, string>): string {
  const doc = JSON.parse(readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8')) as Record<string, unknown>;
  const file = join(scratch, `np-${previous.grade}-${previous.framework ?? 'same'}.json`);
  writeFileSync(file, JSON.stringify({ ...doc, previous }));
  return file;
}

describe('direction of travel (SPEC §3 previous, §5 direction)', () => {
  it.each([
    [{ round: '2005/06', grade: 'fair' }, 'improved', 'Direction of travel: Improved since 2005/06 (Fair then)'],
    [{ round: '2005/06', grade: 'good' }, 'stable', 'Direction of travel: Stable since 2005/06 (Good then)'],
    [{ round: '2005/06', grade: 'excellent' }, 'deteriorated', 'Direction of travel: Deteriorated since 2005/06 (Excellent then)'],
  ])('%j gives %s, in JSON and text', async (previous, movement, line) => {
    const file = withPrevious(previous);
    const json = JSON.parse((await runInProcess(['neighbourhood-policing', file, '--format', 'json'])).stdout) as { direction: unknown };
    expect(json.direction).toEqual({ previous: previous.grade, round: '2005/06', movement });
    expect((await runInProcess(['neighbourhood-policing', file])).stdout.split('\n')).toContain(line);
  });

  it('says why grades of another framework or scale are not compared', async () => {
    const other = JSON.parse((await runInProcess(['neighbourhood-policing', withPrevious({ round: '2005/06', grade: 'fair', framework: 'protecting-vulnerable-people' }), '--format', 'json'])).stdout) as { direction: { movement: string; note: string } };
    expect(other.direction).toMatchObject({ movement: 'not-comparable', note: 'graded as the framework protecting-vulnerable-people in 2005/06, as neighbourhood-policing now' });
    const scale = JSON.parse((await runInProcess(['neighbourhood-policing', withPrevious({ round: '2021', grade: 'outstanding' }), '--format', 'json'])).stdout) as { direction: { movement: string; note: string } };
    expect(scale.direction).toMatchObject({ movement: 'not-comparable', note: '"outstanding" is not a grade of hmic-2007' });
  });

  it('shows Hertfordshire\'s 2005/06 PVP grade beside each PVP framework\'s grade in the report', async () => {
    const report = (await runInProcess(['report', 'evidence/hertfordshire-2007', '--format', 'markdown'])).stdout;
    const lines = report.split('\n').filter((l) => l.startsWith('Direction of travel:'));
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^Direction of travel: Not comparable with 2005\/06 \(Fair then\): graded as the framework protecting-vulnerable-people in 2005\/06/);
  });
});
