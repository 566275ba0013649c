import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-long-evidence-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// One evidence string of 15 MB, under the file limit. The text wrapper split it into a string
// per word and built each line by concatenation: 580 MB, more than 192 MB of V8's old space.
// Wrapped from offsets into the text, 96 MB is enough; 128 leaves room and fails the old way.
const evidence = JSON.parse(readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8'));
const words = 'the force has full coverage of neighbourhood teams across every basic command unit and'.split(' ');
evidence.findings[0].evidence = [Array.from({ length: 2_350_000 }, (_, i) => words[i % words.length]).join(' ')];
const file = join(scratch, 'f.json');
writeFileSync(file, JSON.stringify(evidence));

describe('one very long evidence string', () => {
  it('is wrapped as text within 128 MB of old space', () => {
    const run = spawnSync(process.execPath, ['--max-old-space-size=128', BIN, 'neighbourhood-policing', file, '--format', 'text'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(15_000_000);
  });
});
