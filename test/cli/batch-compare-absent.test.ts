import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-compare-absent-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BATCH = ['batch', 'fixtures/batch/small'];

interface Result { file: string; force: { id: string; name: string }; framework: { id: string }; grade: string }

/** This round's batch JSON with two more forces graded in it, as a previous round. */
async function previousWithExtraForces(): Promise<string> {
  const run = await runInProcess([...BATCH, '--format', 'json']);
  const doc = JSON.parse(run.stdout) as { results: Result[] };
  const first = doc.results[0] as Result;
  const extra = (id: string, name: string, grade: string): Result => ({ ...first, file: `${id}.json`, force: { id, name }, grade });
  doc.results.push(extra('zz-force-gone', 'Gone Constabulary', 'good'), extra('aa-force-gone', 'Also Gone Police', 'poor'));
  const file = join(scratch, 'previous.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

// A round that lost a force read as if every force was compared: the forces graded before with
// no result now are listed, in the JSON and in the sentence every other format shows.
describe('batch --compare names the forces graded before that have no result now', () => {
  it('json: movement.absent, framework order then force id, with the grade they had', async () => {
    const previous = await previousWithExtraForces();
    const run = await runInProcess([...BATCH, '--compare', previous, '--format', 'json']);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { results: Result[]; movement: { absent: unknown[]; moves: unknown[] } };
    const framework = doc.results[0]?.framework.id;
    expect(doc.movement.absent).toEqual([
      { force: { id: 'aa-force-gone', name: 'Also Gone Police' }, framework, previous: 'poor' },
      { force: { id: 'zz-force-gone', name: 'Gone Constabulary' }, framework, previous: 'good' }]);
    expect(doc.movement.moves).toHaveLength(doc.results.length);
  });

  it.each([['text'], ['markdown'], ['html']])('%s: the count and each force with its framework and grade then', async (format) => {
    const previous = await previousWithExtraForces();
    const run = await runInProcess([...BATCH, '--compare', previous, '--format', format]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`2 graded in ${previous} have no result now:`);
    expect(run.stdout).toMatch(/Also Gone Police \([^,]+, Poor then\)/);
    expect(run.stdout).toMatch(/Gone Constabulary \([^,]+, Good then\)/);
  });

  it('a framework with no result now lists none of its forces', async () => {
    const run = await runInProcess(['batch', 'evidence/hertfordshire-2007', '--format', 'json']);
    const file = join(scratch, 'six.json');
    writeFileSync(file, run.stdout);
    const one = await runInProcess(['batch', 'evidence/hertfordshire-2007/neighbourhood-policing.json', '--compare', file, '--format', 'json']);
    expect((JSON.parse(one.stdout) as { movement: { absent: unknown[] } }).movement.absent).toEqual([]);
  });

  it('none absent: no such sentence', async () => {
    const run = await runInProcess([...BATCH, '--format', 'json']);
    const file = join(scratch, 'same.json');
    writeFileSync(file, run.stdout);
    const compared = await runInProcess([...BATCH, '--compare', file]);
    expect(compared.stdout).not.toContain('no result now');
  });
});
