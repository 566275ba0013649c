import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import fastStringWidth from '../../src/render/fast-string-width.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const FORCES = ['--forces', 'fixtures/batch/forces.yaml'];
const FRAMEWORKS = ['neighbourhood-policing', 'performance-management', 'child-abuse', 'domestic-violence', 'public-protection',
  'missing-persons', 'peel-2021-example', 'cqc-saf-example'];

/** The text output of every command but `grade` and `report`, on the shipped criteria, evidence and fixtures. */
const CASES: Array<[status: number, args: string[]]> = [
  [0, ['batch', 'fixtures/batch/small', ...FORCES]],
  [0, ['batch', 'fixtures/batch/small', ...FORCES, '--compare', 'fixtures/batch/previous.json']],
  [1, ['batch', 'fixtures/batch/small', 'fixtures/batch/bad', ...FORCES]],
  [0, ['batch', 'evidence/hertfordshire-2007']],
  [0, ['batch', 'evidence/examples']],
  [0, ['batch', 'fixtures/national-2007', '--forces', 'fixtures/national-2007/forces.yaml']],
  [0, ['list']],
  ...FRAMEWORKS.map((f): [number, string[]] => [0, ['show', f]]),
  [0, ['show', 'neighbourhood-policing', 'NP-G7', 'NP-F1', 'beacon']],
  [0, ['validate']],
  [0, ['validate', 'evidence/examples', 'evidence/hertfordshire-2007']],
  [1, ['validate', 'fixtures/invalid/criteria', '--criteria', 'fixtures/invalid/criteria']],
  [1, ['validate', 'fixtures/invalid/evidence', '--criteria', 'fixtures/validate/criteria']],
  [0, ['test']],
  [1, ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria']],
];

/** The widest line, in terminal columns (box drawing and wide characters measured as shown). */
function widest(text: string): number {
  return Math.max(...stripVTControlCharacters(text).split('\n').map(fastStringWidth));
}

/** Runs the CLI in-process with stdout a terminal of `columns` columns. */
async function onTerminal(args: readonly string[], columns: number): Promise<string> {
  let stdout = '';
  await run(args, {
    stdout: (text) => { stdout += text; }, stderr: () => undefined,
    env: { FORCE_COLOR: '0' }, cwd: ROOT, stdoutIsTTY: true, stderrIsTTY: false, stdoutColumns: columns,
  });
  return stdout;
}

describe('--width for batch, list, show, validate and test', () => {
  const rows = CASES.flatMap(([status, args]) => [60, 80].map((width) => [args.join(' '), width, status] as const));
  it.each(rows)('%s --width %i: no line wider', async (line, width, status) => {
    const result = await runInProcess([...line.split(' '), '--width', String(width)]);
    expect(result.status).toBe(status);
    expect(widest(result.stdout)).toBeLessThanOrEqual(width);
  });

  it.each([['batch', 'fixtures/batch/small', 'fixtures/batch/bad', ...FORCES], ['validate', 'fixtures/invalid/criteria', '--criteria', 'fixtures/invalid/criteria'],
    ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria'], ['list']])('%s …: in colour too', async (...args) => {
    const result = await runInProcess([...args, '--width', '60'], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('\u001b[');
    expect(widest(result.stdout)).toBeLessThanOrEqual(60);
  });

  it('a diagnostic keeps file:line:column: severity: on its first line; the rest hang under it', async () => {
    const result = await runInProcess(['validate', 'fixtures/invalid/criteria/dominant-not-significant.yaml', '--criteria', 'fixtures/invalid/criteria', '--width', '70']);
    const [first = '', ...rest] = result.stdout.split('\n\n')[0]?.split('\n') ?? [];
    expect(first).toMatch(/^fixtures\/invalid\/criteria\/dominant-not-significant\.yaml:13:5: error:/);
    expect(rest.length).toBeGreaterThan(0);
    for (const line of rest) expect(line).toMatch(/^ {4}\S/);
    // Joined up again, the lines are the one-line diagnostic.
    const whole = (await runInProcess(['validate', 'fixtures/invalid/criteria/dominant-not-significant.yaml', '--criteria', 'fixtures/invalid/criteria'])).stdout.split('\n')[0];
    expect([first, ...rest].map((line) => line.trim()).join(' ')).toBe(whole);
  });

  it('the force summary splits its frameworks into tables that fit, each with the force names', async () => {
    const result = await runInProcess(['batch', 'fixtures/batch/small', ...FORCES, '--width', '80']);
    const summary = result.stdout.slice(result.stdout.indexOf('Force summary'), result.stdout.indexOf('Registered forces'));
    expect(summary.match(/│ Force +│/g)).toHaveLength(2);
    expect(summary.match(/│ Synthetic Force 04 +│/g)).toHaveLength(2);
    for (const grade of ['Fair*', 'Excellent', 'Poor', 'Good']) expect(summary).toContain(`│ ${grade} `);
  });

  it('takes the terminal\'s width when stdout is one; not a terminal, the lines are as they always were', async () => {
    const args = ['validate', 'fixtures/invalid/criteria', '--criteria', 'fixtures/invalid/criteria'];
    expect(widest(await onTerminal(args, 72))).toBeLessThanOrEqual(72);
    expect(widest(await onTerminal([...args, '--width', '90'], 72))).toBeLessThanOrEqual(90);
    expect(widest(await onTerminal(['list'], 30))).toBeLessThanOrEqual(60);
    const piped = await runInProcess(args);
    expect(piped.stdout.split('\n').filter((line) => /^\S.*:\d+:\d+: (error|warning): /.test(line))).toHaveLength(23);
    expect(widest(piped.stdout)).toBeGreaterThan(100);
  });

  it.each([['validate', 'fixtures/invalid/evidence', '--criteria', 'fixtures/validate/criteria', '--format', 'github'],
    ['test', 'fixtures/criteria-tests', '--criteria', 'fixtures/validate/criteria', '--format', 'json'],
    ['batch', 'fixtures/batch/small', ...FORCES, '--format', 'csv'], ['list', '--format', 'json']])('%s … %s %s: other formats ignore --width', async (...args) => {
    const plain = await runInProcess(args);
    expect((await runInProcess([...args, '--width', '60'])).stdout).toBe(plain.stdout);
  });

  it.each(['batch fixtures/batch/small', 'list', 'show child-abuse', 'validate', 'test'])('%s --width 59 is a usage error', async (line) => {
    const result = await runInProcess([...line.split(' '), '--width', '59']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--width.*expected a whole number of columns from 60 to 1000/);
  });
});
