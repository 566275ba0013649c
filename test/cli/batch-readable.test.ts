import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

/**
 * Issue #15 §6: batch output an inspector can read. Warnings grouped by code with counts and the
 * first 10, --quiet hiding them (never errors), a did-you-mean for an unknown force close to a
 * registered one, JSON that is plainly not evidence skipped (and --exclude), and an empty folder
 * as its one error.
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-batch-readable-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FORCES = join(ROOT, 'fixtures/batch/forces.yaml');
const SYNTHETIC = readFileSync(join(ROOT, 'fixtures/batch/small/synthetic-force-01/neighbourhood-policing.json'), 'utf8');
const HERTFORDSHIRE = readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8');

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;

function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Synthetic evidence for an unregistered synthetic force (never a real one). */
function unregistered(n: number): string {
  const doc = parse(SYNTHETIC);
  doc.force = { id: `unregistered-${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + Math.floor(n / 26))}`, name: `Unregistered ${n}` };
  return JSON.stringify(doc, null, 2);
}

describe('warnings are grouped by code, with counts and the first 10', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 25; i++) files[`f${String(i).padStart(2, '0')}.json`] = unregistered(i);
  files['broken.json'] = '{ "framework": "neighbourhood-policing", }';
  const dir = folder('many-warnings', files);
  const text = await runInProcess(['batch', dir, '--forces', FORCES]);

  it('says how many, shows 10, and says how many more', () => {
    const lines = text.stdout.split('\n');
    expect(text.stdout).toContain('\nWarnings (25)\n  unknown-force (25): The evidence names a force that is not in the force registry.\n');
    expect(lines.filter((line) => line.endsWith('[unknown-force]'))).toHaveLength(10);
    expect(lines).toContain('    … and 15 more unknown-force warnings; --format json lists all');
  });

  it('--format json lists them all', async () => {
    const out = parse((await runInProcess(['batch', dir, '--forces', FORCES, '--format', 'json'])).stdout);
    expect(out.warnings).toHaveLength(25);
  });

  it('--quiet hides warnings, never errors', async () => {
    const quiet = await runInProcess(['batch', dir, '--forces', FORCES, '--quiet']);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).not.toContain('[unknown-force]');
    expect(quiet.stdout).not.toContain('Warnings (');
    expect(quiet.stdout).toContain('25 warnings (not shown: --quiet)');
    expect(quiet.stdout).toMatch(/broken\.json:1:\d+: error: a comma after the last item/);
  });

  it('--quiet with CSV: stderr has the errors, not the warnings', async () => {
    const csv = await runInProcess(['batch', dir, '--forces', FORCES, '--quiet', '--format', 'csv']);
    expect(csv.stderr).toMatch(/broken\.json:1:\d+: error: /);
    expect(csv.stderr).not.toContain('[unknown-force]');
    const loud = await runInProcess(['batch', dir, '--forces', FORCES, '--format', 'csv']);
    expect(loud.stderr.split('\n').filter((line) => line.endsWith('[unknown-force]'))).toHaveLength(10);
    expect(loud.stderr).toContain('… and 15 more unknown-force warnings; --format json lists all\n');
  });
});

describe('an unknown force close to a registered one gets a did-you-mean', () => {
  it('by its id: "hertfordshir" → "hertfordshire"', async () => {
    const dir = folder('typo-id', { 'np.json': HERTFORDSHIRE.replace('"id": "hertfordshire"', '"id": "hertfordshir"') });
    const run = await runInProcess(['batch', dir]);
    expect(run.stdout).toContain('warning: force "hertfordshir" (Hertfordshire Constabulary) is not in the forces registry; did you mean "hertfordshire" (Hertfordshire Constabulary)? [unknown-force]');
  });

  it('said once for a force of many files, before how many files name it', async () => {
    const typo = HERTFORDSHIRE.replace('"id": "hertfordshire"', '"id": "hertfordshir"');
    const dir = folder('typo-many', { 'a/np.json': typo, 'b/np.json': typo, 'c/np.json': typo });
    const run = await runInProcess(['batch', dir, '--format', 'json']);
    const warnings = (JSON.parse(run.stdout) as { warnings: Array<{ code: string; file: string; message: string }> }).warnings.filter((w) => w.code === 'unknown-force');
    expect(warnings.map((w) => [w.file.endsWith(join('a', 'np.json')), w.message])).toEqual([[true,
      'force "hertfordshir" (Hertfordshire Constabulary) is not in the forces registry; did you mean "hertfordshire" (Hertfordshire Constabulary)? (named by 3 files; this is the first)']]);
  });

  it('by its name, when the id is far from every registered one', async () => {
    const dir = folder('typo-name', { 'np.json': HERTFORDSHIRE.replace('"id": "hertfordshire"', '"id": "herts"').replace('"Hertfordshire Constabulary"', '"Hertfordshire Constab"') });
    const run = await runInProcess(['batch', dir]);
    expect(run.stdout).toContain('force "herts" (Hertfordshire Constab) is not in the forces registry; did you mean "hertfordshire" (Hertfordshire Constabulary)?');
  });

  it('no suggestion for another number, or for a name far from every one', async () => {
    const run = await runInProcess(['batch', join(ROOT, 'fixtures/batch/bad/unregistered.json'), '--forces', FORCES]);
    expect(run.stdout).toContain('force "synthetic-force-77" (Synthetic Force 77) is not in the forces registry [unknown-force]');
  });
});

describe('JSON that is plainly not evidence is skipped, not broken', () => {
  const dir = folder('mixed-json', {
    'force-01/neighbourhood-policing.json': SYNTHETIC,
    'package.json': JSON.stringify({ name: 'inspection-2007', version: '1.0.0', scripts: { test: 'grade validate' } }, null, 2),
    'tools/tsconfig.json': '{ "compilerOptions": { "strict": true } }',
    'exports/list.json': '["a", "b"]',
    'exports/count.json': '42',
    // A previous batch's own JSON output beside the evidence.
    'round-1.json': JSON.stringify({ schemaVersion: 1, summary: {}, results: [], errors: [], missing: {} }),
    // Broken evidence still names what it is: an error, not skipped.
    'drafts/broken.json': '{ "framework": "neighbourhood-policing" // draft\n}',
    'drafts/no-framework.json': JSON.stringify({ findings: [] }),
  });

  it('counts and lists the skipped files, grades the rest, and errors only for broken evidence', async () => {
    const run = await runInProcess(['batch', dir, '--forces', FORCES]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('1 evidence file graded for 1 force; 2 could not be graded; 5 skipped (not evidence).');
    expect(run.stdout).toContain('Files that could not be graded (2)');
    expect(run.stdout).toContain('drafts/broken.json:1:41: error: JSON files cannot hold comments (// …)');
    expect(run.stdout).toContain('drafts/no-framework.json:1:1: error: missing required key "criteriaVersion" at the top level');
    expect(run.stdout).toContain(`Skipped, not evidence (5)\n  ${join(dir, 'exports/count.json')}: not evidence: a single JSON value that names no framework or findings\n`);
    expect(run.stdout).toContain(`  ${join(dir, 'package.json')}: not evidence: a JSON object with neither "framework" nor "findings"\n`);
    const out = parse((await runInProcess(['batch', dir, '--forces', FORCES, '--format', 'json'])).stdout);
    expect((out.skipped as Array<{ file: string }>).map((s) => s.file.slice(dir.length + 1))).toEqual(
      ['exports/count.json', 'exports/list.json', 'package.json', 'round-1.json', 'tools/tsconfig.json']);
  });

  it('a folder of evidence and non-evidence alone exits 0', async () => {
    const run = await runInProcess(['batch', dir, '--forces', FORCES, '--exclude', 'drafts']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('1 evidence file graded for 1 force; 0 could not be graded; 5 skipped (not evidence); 1 left out by --exclude.');
  });

  it('a file named on the command line is evidence whatever it holds', async () => {
    const run = await runInProcess(['batch', join(dir, 'package.json'), '--forces', FORCES]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('package.json:1:1: error: missing required key "criteriaVersion" at the top level [missing-key] (and 6 more errors)');
  });
});

describe('--exclude GLOB', () => {
  const dir = folder('exclude', {
    'force-01/neighbourhood-policing.json': SYNTHETIC,
    'force-01/neighbourhood-policing.draft.json': '{ broken',
    'drafts/force-02/child-abuse.json': '{ broken',
    'archive/2006/old.json': '{ broken',
    'archive/keep.json': SYNTHETIC.replace('synthetic-force-01', 'synthetic-force-02').replace('Synthetic Force 01', 'Synthetic Force 02'),
  });
  const batch = (...args: string[]) => runInProcess(['batch', dir, '--forces', FORCES, '--format', 'json', ...args]);
  const graded = (text: string) => (parse(text).results as Array<{ file: string }>).map((r) => r.file.slice(dir.length + 1));
  const failed = (text: string) => (parse(text).errors as Array<{ file: string }>).map((e) => e.file.slice(dir.length + 1));

  it('a name at any depth, with * and ?, a folder by name, a path below the folder, ** across folders', async () => {
    const all = await batch('--exclude', '*.draft.json', '--exclude', 'drafts', '--exclude', 'archive/20??/**');
    expect(all.status).toBe(0);
    // Results are in force order: synthetic-force-01, then -02.
    expect(graded(all.stdout)).toEqual(['force-01/neighbourhood-policing.json', 'archive/keep.json']);
    expect(parse(all.stdout).excluded).toBe(3);
    const some = await batch('--exclude', '**/*.draft.json');
    expect(failed(some.stdout)).toEqual(['archive/2006/old.json', 'drafts/force-02/child-abuse.json']);
    // The path as shown (the folder as given, then below it) matches too.
    const shown = await batch('--exclude', `${dir}/archive/**`, '--exclude', '*draft*');
    expect(failed(shown.stdout)).toEqual([]);
    expect(graded(shown.stdout)).toEqual(['force-01/neighbourhood-policing.json']);
  });

  it('characters other than * ? ** are literal: no pattern is a regular expression', async () => {
    const run = await batch('--exclude', '(.*)', '--exclude', 'arch[a-z]ve', '--exclude', '*.json$');
    expect(failed(run.stdout)).toHaveLength(3);
  });

  it('works the same in validate, report and test', async () => {
    const validated = await runInProcess(['validate', dir, '--exclude', '*.draft.json', '--exclude', 'drafts', '--exclude', 'archive/2006']);
    expect(validated.status).toBe(0);
    const reported = await runInProcess(['report', join(dir, 'force-01'), '--exclude', '*.draft.json', '--format', 'markdown']);
    expect(reported.status).toBe(0);
    const tested = await runInProcess(['test', join(ROOT, 'criteria/tests'), '--exclude', '*.test.yaml']);
    expect(tested.status).toBe(2);
    expect(tested.stderr).toMatch(/no \.test\.yaml criteria test files found in .* \(\d+ files or folders left out by --exclude\)/);
  });

  it('an empty pattern is a usage error', async () => {
    const run = await runInProcess(['batch', dir, '--exclude', '']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--exclude');
  });
});

describe('an empty folder prints its one error, not tables of zeros', () => {
  it.each(['text', 'json', 'csv', 'markdown', 'html'])('%s', async (format) => {
    const dir = folder(`empty-${format}`, {});
    const run = await runInProcess(['batch', dir, '--format', format]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`grade: error: no evidence files (*.json) found under ${dir}\n`);
  });

  it('--output is not written', async () => {
    const dir = folder('empty-output', {});
    const target = join(scratch, 'empty-output.csv');
    const run = await runInProcess(['batch', dir, '--format', 'csv', '--output', target]);
    expect(run.status).toBe(2);
    expect(existsSync(target)).toBe(false);
  });

  it('a folder of only non-evidence JSON says what it skipped', async () => {
    const dir = folder('only-package', { 'package.json': '{ "name": "x" }', 'drafts/a.json': '{}' });
    const run = await runInProcess(['batch', dir, '--exclude', 'drafts']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`grade: error: no evidence files (*.json) found under ${dir} (1 JSON file skipped as not evidence, such as ${join(dir, 'package.json')}; 1 file or folder left out by --exclude)\n`);
  });
});
