import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/**
 * SPEC §4: "a draft with statuses still blank grades with --allow-incomplete". A draft straight
 * from `grade template`, given no force, is for the placeholder force, said by a warning.
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-template-draft-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function draft(framework: string): Promise<string> {
  const file = join(scratch, `${framework}.json`);
  writeFileSync(file, (await runInProcess(['template', framework])).stdout);
  return file;
}

describe('a draft straight from grade template', () => {
  it.each(['neighbourhood-policing', 'peel-2021-example', 'cqc-saf-example'])('%s grades with --allow-incomplete, provisional, warning of the placeholder force', async (framework) => {
    const run = await runInProcess([framework, await draft(framework), '--allow-incomplete', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { incomplete: boolean; force: { id: string } };
    expect([result.incomplete, result.force.id]).toEqual([true, 'your-force']);
    expect(run.stderr).toContain('warning: the force is still the template\'s placeholder "your-force"');
  });

  it('fails validation until each status is filled, and grade without --allow-incomplete', async () => {
    const file = await draft('neighbourhood-policing');
    expect((await runInProcess(['validate', file])).status).toBe(1);
    expect((await runInProcess(['neighbourhood-policing', file])).status).toBe(1);
  });

  it('takes the force given instead, with no warning', async () => {
    const file = join(scratch, 'named.json');
    writeFileSync(file, (await runInProcess(['template', 'neighbourhood-policing', '--force-id', 'my-force', '--force-name', 'My Force'])).stdout);
    const run = await runInProcess(['neighbourhood-policing', file, '--allow-incomplete']);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('placeholder');
  });
});
