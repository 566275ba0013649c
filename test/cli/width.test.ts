import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import fastStringWidth from '../../src/render/fast-string-width.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const FRAMEWORKS = ['child-abuse', 'domestic-violence', 'missing-persons', 'neighbourhood-policing', 'performance-management', 'public-protection'];

/** Every graded case of `grade` that the issue names: the six Hertfordshire files and fixtures/cli. */
const CASES: string[][] = [
  ...FRAMEWORKS.map((f) => [f, `evidence/hertfordshire-2007/${f}.json`]),
  ['neighbourhood-policing', 'fixtures/cli/judged.json'],
  ['neighbourhood-policing', 'fixtures/cli/borderline-poor.json'],
  ['neighbourhood-policing', 'fixtures/cli/incomplete.json', '--allow-incomplete'],
];

/** Every text view of one graded file. */
const VIEWS: string[][] = [[], ['--show-evidence']];

function widest(text: string): number {
  return Math.max(...stripVTControlCharacters(text).split('\n').map(fastStringWidth));
}

/** Runs the CLI in-process with stdout a terminal of `columns` columns. */
async function onTerminal(args: string[], columns: number | undefined): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await run(args, {
    stdout: (text) => { stdout += text; }, stderr: () => undefined,
    env: { FORCE_COLOR: '0' }, cwd: ROOT, stdoutIsTTY: true, stderrIsTTY: false, stdoutColumns: columns,
  });
  return { status, stdout };
}

describe('text output fits its width', () => {
  const rows = CASES.flatMap((args) => VIEWS.flatMap((view) => [60, 80, 133].map((width) => [[...args, ...view].join(' '), width] as const)));
  it.each(rows)('%s --width %i', async (line, width) => {
    const result = await runInProcess([...line.split(' '), '--width', String(width)]);
    expect(result.status).toBe(0);
    expect(widest(result.stdout)).toBeLessThanOrEqual(width);
  });

  it.each(CASES.map((args) => [args.join(' ')]))('%s: 100 columns when stdout is not a terminal', async (line) => {
    const result = await runInProcess(line.split(' '));
    expect(widest(result.stdout)).toBeLessThanOrEqual(100);
    // The criteria table fills the width exactly.
    expect(result.stdout.split('\n').some((l) => l.startsWith('┌') && fastStringWidth(l) === 100)).toBe(true);
  });

  it('in colour too (the colour codes take no columns)', async () => {
    const result = await runInProcess(['neighbourhood-policing', 'fixtures/cli/borderline-poor.json', '--width', '72'], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('\u001b[');
    expect(widest(result.stdout)).toBeLessThanOrEqual(72);
  });

  it('takes the terminal\'s width, at least 60 columns; --width wins; a file gets 100', async () => {
    const args = ['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json'];
    const at72 = await onTerminal(args, 72);
    expect(widest(at72.stdout)).toBe(72);
    expect(widest((await onTerminal(args, 30)).stdout)).toBe(60);
    expect(widest((await onTerminal(args, undefined)).stdout)).toBe(100);
    expect(widest((await onTerminal([...args, '--width', '90'], 72)).stdout)).toBe(90);
    const out = join(mkdtempSync(join(tmpdir(), 'grade-width-')), 'grade.txt');
    expect((await onTerminal([...args, '--output', out], 72)).status).toBe(0);
    expect(widest(readFileSync(out, 'utf8'))).toBe(100);
  });

  it.each(['59', '1001', '80.5', '-80', 'wide', ''])('--width %j is a usage error', async (value) => {
    const result = await runInProcess(['neighbourhood-policing', 'evidence/hertfordshire-2007/neighbourhood-policing.json', '--width', value]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--width.*expected a whole number of columns from 60 to 1000/);
  });
});
