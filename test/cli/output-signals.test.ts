import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openOutput, writeOutput } from '../../src/cli/output.js';
import { setInterruptExit } from '../../src/cli/interrupt.js';

/**
 * A signal that comes while --output is written synchronously (one long write of a large
 * result) is handled from the event loop, after the write: it must still be heard before the
 * temporary file replaces the target, so that the run ends with 128 + the signal and the old
 * file stays (found by an independent check: the run went on and replaced the file, exit 0).
 * The suite runs in forked workers, so the signal goes to this test's own process, whose
 * handler is installed while the temporary file exists.
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-output-signals-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => setInterruptExit(undefined));

const temporaries = () => readdirSync(scratch).filter((name) => name.endsWith('.tmp'));

describe('a signal while --output is written', () => {
  it.each(['SIGHUP', 'SIGTERM'] as const)('%s during the writes keeps the old file and exits 128 + the signal', async (signal) => {
    const codes: number[] = [];
    setInterruptExit((code) => { codes.push(code); });
    const target = join(scratch, `grades-${signal}.csv`);
    writeFileSync(target, 'the old result\n');
    const output = openOutput(target);
    output.write('the new result, part 1\n');
    process.kill(process.pid, signal);
    output.write('the new result, part 2\n');
    await expect(output.close()).rejects.toThrow(`cannot write ${target}: the run was interrupted`);
    expect(codes).toEqual([128 + constants.signals[signal]]);
    expect(readFileSync(target, 'utf8')).toBe('the old result\n');
    expect(temporaries()).toEqual([]);
  });

  it('without a signal puts the new file in place and leaves no handler behind', async () => {
    const target = join(scratch, 'quiet.csv');
    writeFileSync(target, 'the old result\n');
    await writeOutput(target, 'the new result\n');
    expect(readFileSync(target, 'utf8')).toBe('the new result\n');
    expect(temporaries()).toEqual([]);
    expect(process.listenerCount('SIGHUP')).toBe(0);
  });
});
