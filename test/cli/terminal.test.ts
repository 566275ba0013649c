import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fdWriter, isTerminal } from '../../src/cli/terminal.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-terminal-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('isTerminal', () => {
  it('says no for a file and for /dev/null without asking the tty module', () => {
    const fd = openSync(join(scratch, 'out.txt'), 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isTerminal(fd)).toBe(false);
      expect(isTerminal(devNull)).toBe(false);
    } finally {
      closeSync(fd);
      closeSync(devNull);
    }
  });
});

describe('fdWriter', () => {
  it('writes everything, in order, to the descriptor', () => {
    const path = join(scratch, 'written.txt');
    const fd = openSync(path, 'w');
    try {
      const write = fdWriter(fd as 1);
      write('héllo ');
      write('');
      write('x'.repeat(200_000));
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe(`héllo ${'x'.repeat(200_000)}`);
  });
});
