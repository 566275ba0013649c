import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const FOLDER = join(ROOT, 'fixtures/search/score-themes');

// Found by an independent check (its own exact solver): score conditions on three themes with
// several score bounds made the search by bands give up at 22 statements.
describe('grade --criteria fixtures/search/score-themes score-themes evidence.json --format json', () => {
  it('works out the next grade exactly: 33 points, not "gave up"', async () => {
    const run = await runInProcess(['--criteria', FOLDER, 'score-themes', join(FOLDER, 'evidence.json'), '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.nextGrade).toMatchObject({ changesNeeded: 33, required: [] });
    expect(result.nextGrade).not.toHaveProperty('searchGaveUp');
    expect(result.nextGrade.candidates).toHaveLength(22);
  });
});
