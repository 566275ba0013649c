import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

/** `grade help <word>` says when the word is not a command, as `grade <word>` does. */
describe('grade help <command>', () => {
  it('an unknown command is one error line, exit 2, no help', async () => {
    const run = await runInProcess(['help', 'nosuch']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('grade: error: unknown command "nosuch" (see `grade --help` for the commands)\n');
  });

  it('a near miss gets the did-you-mean', async () => {
    const run = await runInProcess(['help', 'batc']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('grade: error: unknown command "batc"; did you mean "batch"?\n');
  });

  it.each([['batch'], ['grade'], ['help'], ['help', 'help']])('help %s still prints help, exit 0', async (...topic: string[]) => {
    const run = await runInProcess(['help', ...topic]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: grade /);
    expect(run.stderr).toBe('');
  });

  it('help alone prints the general help, exit 0', async () => {
    const run = await runInProcess(['help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Commands:');
  });
});

describe('grade help help <word>', () => {
  it('is grade help <word>', async () => {
    const run = await runInProcess(['help', 'help', 'nosuch']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('grade: error: unknown command "nosuch" (see `grade --help` for the commands)\n');
  });
});
