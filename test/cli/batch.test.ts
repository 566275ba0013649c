import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const NATIONAL = ['batch', 'fixtures/national-2007', '--forces', 'fixtures/national-2007/forces.yaml'];

/** The source report's "National summary of judgements" (Excellent, Good, Fair, Poor). */
const REPORT_TABLE = {
  'neighbourhood-policing': [6, 14, 21, 2],
  'performance-management': [6, 29, 8, 0],
  'child-abuse': [3, 17, 21, 2],
  'domestic-violence': [1, 13, 27, 2],
  'public-protection': [2, 16, 23, 2],
  'missing-persons': [1, 21, 21, 0],
};

interface BatchJson {
  summary: Record<string, { excellent: number; good: number; fair: number; poor: number }>;
  results: Array<{ file: string; force: { id: string; name: string }; framework: { id: string }; grade: string; judged: boolean; incomplete: boolean; missing: string[] }>;
  errors: Array<{ file: string; message: string; code: string }>;
  warnings: Array<{ file: string; message: string; code: string }>;
  missing: Record<string, Array<{ id: string }>>;
  movement: null | { frameworks: Record<string, Record<string, number>>; moves: Array<{ force: { id: string }; framework: string; previous: string; direction: string }> };
}

const json = (stdout: string): BatchJson => JSON.parse(stdout) as BatchJson;
const scratch = mkdtempSync(join(tmpdir(), 'grade-batch-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the national fixture reproduces the source report', async () => {
  const run = await runInProcess([...NATIONAL, '--format', 'json']);
  const out = json(run.stdout);

  it('grades all 258 files with no error; the only warnings are Hertfordshire\'s two findings dated after the period', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(out.errors).toEqual([]);
    expect(out.warnings.map((w) => [w.code, w.file, w.message.slice(0, 41)])).toEqual([
      ['date-outside-period', 'fixtures/national-2007/hertfordshire/child-abuse.json', 'the finding for CA-G2 is dated 2007-09-27'],
      ['date-outside-period', 'fixtures/national-2007/hertfordshire/public-protection.json', 'the finding for PP-G4 is dated 2007-09-01'],
    ]);
    expect(out.results).toHaveLength(258);
    expect(Object.values(out.missing).flat()).toEqual([]);
  });

  it.each(Object.entries(REPORT_TABLE))('%s is %j', (framework, [excellent, good, fair, poor]) => {
    expect(out.summary[framework]).toEqual({ excellent, good, fair, poor });
  });

  it('uses only synthetic forces besides Hertfordshire, graded by the rules alone; Hertfordshire\'s one judgement is the report\'s own', () => {
    const forces = new Map(out.results.map((r) => [r.force.id, r.force.name]));
    expect(forces.size).toBe(43);
    for (const [id, name] of forces) {
      if (id === 'hertfordshire') continue;
      expect(id).toMatch(/^synthetic-force-\d\d$/);
      expect(name).toBe(`Synthetic Force ${id.slice(-2)}`);
    }
    expect(out.results.filter((r) => r.judged).map((r) => [r.force.id, r.framework.id])).toEqual([['hertfordshire', 'neighbourhood-policing']]);
  });

  it('holds Hertfordshire\'s real evidence files unchanged but for $schema, rebased one folder deeper', () => {
    for (const file of readdirSync(join(ROOT, 'evidence/hertfordshire-2007'))) {
      expect(readFileSync(join(ROOT, 'fixtures/national-2007/hertfordshire', file), 'utf8'))
        .toBe(readFileSync(join(ROOT, 'evidence/hertfordshire-2007', file), 'utf8').replace('"$schema": "../../', '"$schema": "../../../'));
    }
  });

  it('prints the same table as text, frameworks under their group headings', async () => {
    const text = (await runInProcess(NATIONAL)).stdout;
    const rows = text.split('\n').filter((line) => /│\s+(Neighbourhood|Performance|Child|Domestic|Public|Missing)/.test(line) && /\d/.test(line));
    expect(rows.map((row) => row.split('│').slice(2, 6).map((cell) => Number(cell.trim())))).toEqual(Object.values(REPORT_TABLE));
    expect(text.indexOf('Protecting vulnerable people')).toBeLessThan(text.indexOf('Child abuse'));
  });
});

describe('the same inputs give byte-identical output', () => {
  it.each(['text', 'json', 'csv', 'markdown', 'html'])('%s: two runs, and --jobs 1 against --jobs 2', async (format) => {
    const first = await runInProcess([...NATIONAL, '--format', format, '--jobs', '2']);
    const again = await runInProcess([...NATIONAL, '--format', format, '--jobs', '2']);
    const single = await runInProcess([...NATIONAL, '--format', format, '--jobs', '1']);
    expect(first.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(single.stdout).toBe(first.stdout);
  });
});

describe('one bad file never stops the batch', async () => {
  const dir = join(scratch, 'mixed');
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'fixtures/national-2007/synthetic-force-03'), join(dir, 'synthetic-force-03'), { recursive: true });
  writeFileSync(join(dir, 'truncated.json'), '{"framework": "child-abuse", "force": {');
  writeFileSync(join(dir, 'empty.json'), '');
  symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
  mkdirSync(join(dir, 'loop'));
  symlinkSync('..', join(dir, 'loop', 'back'));
  const run = await runInProcess(['batch', dir, '--forces', 'fixtures/national-2007/forces.yaml', '--format', 'json']);
  const out = json(run.stdout);

  it('grades the good files, names the bad ones, and exits 1', () => {
    expect(run.status).toBe(1);
    expect(out.results).toHaveLength(6);
    expect(out.errors.map((e) => [e.file.slice(dir.length + 1), e.code])).toEqual([
      ['dangling.json', 'file-unreadable'],
      ['empty.json', 'syntax-error'],
      ['loop/back', 'file-unreadable'],
      ['truncated.json', 'syntax-error'],
    ]);
    expect(out.errors.find((e) => e.file.endsWith('loop/back'))?.message).toMatch(/symbolic link loop/);
    expect(Object.values(out.summary).reduce((n, c) => n + c.excellent + c.good + c.fair + c.poor, 0)).toBe(6);
  });

  it('says so in the text form, with file:line:column', async () => {
    const text = (await runInProcess(['batch', dir, '--forces', 'fixtures/national-2007/forces.yaml'])).stdout;
    expect(text).toContain('Files that could not be graded (4)');
    expect(text).toMatch(/truncated\.json:1:\d+: error: .* \[syntax-error\]/);
  });
});

describe('two files for one force and framework', async () => {
  const dir = join(scratch, 'duplicates');
  mkdirSync(join(dir, 'round-a'), { recursive: true });
  mkdirSync(join(dir, 'round-b'), { recursive: true });
  for (const sub of ['round-a', 'round-b']) cpSync(join(ROOT, 'fixtures/national-2007/synthetic-force-05/child-abuse.json'), join(dir, sub, 'child-abuse.json'));
  cpSync(join(ROOT, 'fixtures/national-2007/synthetic-force-05/public-protection.json'), join(dir, 'round-a', 'public-protection.json'));
  const out = json((await runInProcess(['batch', dir, '--forces', 'fixtures/national-2007/forces.yaml', '--format', 'json'])).stdout);

  it('are both errors, each naming the other, and neither is counted', () => {
    const duplicates = out.errors.filter((e) => e.code === 'duplicate-evidence');
    expect(duplicates.map((e) => e.file.slice(dir.length + 1))).toEqual(['round-a/child-abuse.json', 'round-b/child-abuse.json']);
    expect(duplicates[0]?.message).toContain(join(dir, 'round-b/child-abuse.json'));
    expect(duplicates[1]?.message).toContain(join(dir, 'round-a/child-abuse.json'));
    expect(out.results.map((r) => r.framework.id)).toEqual(['public-protection']);
    expect(out.summary['child-abuse']).toEqual({ excellent: 0, good: 0, fair: 0, poor: 0 });
    expect(out.missing['child-abuse']?.map((f) => f.id)).not.toContain('synthetic-force-05');
  });
});

describe('forces not in the registry', async () => {
  const run = await runInProcess(['batch', 'fixtures/national-2007/synthetic-force-01', '--format', 'json']);
  const out = json(run.stdout);

  it('are a warning, once per force, not an error', () => {
    expect(run.status).toBe(0);
    expect(out.results).toHaveLength(6);
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatchObject({ code: 'unknown-force', file: 'fixtures/national-2007/synthetic-force-01/child-abuse.json', line: 6 });
    expect(out.warnings[0]?.message).toContain('named by 6 files');
    expect(out.missing['child-abuse']).toHaveLength(43);
  });
});

describe('CSV', async () => {
  const run = await runInProcess(['batch', 'fixtures/batch/quoting', '--format', 'csv']);
  const rows = parse<Record<string, string>>(run.stdout, { columns: true, record_delimiter: "\r\n" });

  it('parses back to the same values with a real CSV parser', () => {
    expect(run.stdout.startsWith('force_id,force_name,framework,grade,computed_grade,judged,good_share,file,rule,advisories,incomplete,limited,margin,direction\r\n')).toBe(true);
    expect(rows.map((r) => r.force_name)).toEqual([
      '\'@Synthetic Force 11',
      '\'=HYPERLINK("http://example.invalid","Synthetic")',
      '\'-Synthetic Force 10',
      'Synthetic\nForce 14',
      '\'+Synthetic Force 12',
      'Synthetic Force "Q", North',
    ]);
    expect(rows.map((r) => r.file)).toContain('fixtures/batch/quoting/new,line.json');
    expect(rows.every((r) => ['true', 'false'].includes(r.judged ?? '') && /^(0|1)(\.\d{1,4})?$/.test(r.good_share ?? ''))).toBe(true);
    expect(rows.map((r) => [r.rule, r.advisories, r.incomplete])).toEqual([
      ['fair', '', 'false'], ['excellent', '', 'false'], ['fair', '', 'false'], ['fair', '', 'false'], ['fair', '', 'false'], ['fair', '', 'false'],
    ]);
  });

  it('has one row per graded file, in path order, for the national fixture', async () => {
    const national = parse<Record<string, string>>((await runInProcess([...NATIONAL, '--format', 'csv'])).stdout, { columns: true });
    expect(national).toHaveLength(258);
    const files = national.map((r) => r.file ?? '');
    expect(files).toEqual([...files].sort());
  });

  it('writes --output atomically, and leaves no temporary file', async () => {
    const target = join(scratch, 'grades.csv');
    const written = await runInProcess([...NATIONAL, '--format', 'csv', '--output', target]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe((await runInProcess([...NATIONAL, '--format', 'csv'])).stdout);
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--compare', async () => {
  const previous = join(scratch, 'previous.json');
  const before = json((await runInProcess([...NATIONAL, '--format', 'json'])).stdout);
  const pick = (force: string, framework: string) => before.results.find((r) => r.force.id === force && r.framework.id === framework);
  const herts = pick('hertfordshire', 'neighbourhood-policing');
  const synthetic = pick('synthetic-force-04', 'child-abuse');
  if (!herts || !synthetic) throw new Error('fixture results missing');
  herts.grade = 'fair'; // good now: up
  synthetic.grade = 'good'; // excellent now: up
  const fair = before.results.find((r) => r.framework.id === 'missing-persons' && r.grade === 'fair');
  if (fair) fair.grade = 'excellent'; // fair now: down
  before.results = before.results.filter((r) => !(r.force.id === 'synthetic-force-10' && r.framework.id === 'public-protection'));
  writeFileSync(previous, JSON.stringify(before));
  const out = json((await runInProcess([...NATIONAL, '--format', 'json', '--compare', previous])).stdout);

  it('counts grades that improved, deteriorated or were stable, per framework, in the words of a result\'s direction', () => {
    const counts = (improved: number, stable: number, deteriorated: number, fresh: number) => ({ improved, stable, deteriorated, 'not-comparable': 0, new: fresh });
    expect(out.movement?.frameworks['neighbourhood-policing']).toEqual(counts(1, 42, 0, 0));
    expect(out.movement?.frameworks['child-abuse']).toEqual(counts(1, 42, 0, 0));
    expect(out.movement?.frameworks['missing-persons']).toEqual(counts(0, 42, 1, 0));
    expect(out.movement?.frameworks['public-protection']).toEqual(counts(0, 42, 0, 1));
    expect(out.movement?.moves.filter((m) => m.direction !== 'stable').map((m) => [m.force.id, m.framework, m.direction])).toEqual([
      ['hertfordshire', 'neighbourhood-policing', 'improved'],
      [fair?.force.id, 'missing-persons', 'deteriorated'],
      ['synthetic-force-04', 'child-abuse', 'improved'],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  });

  it('prints the movement table in the text form', async () => {
    const text = (await runInProcess([...NATIONAL, '--compare', previous])).stdout;
    expect(text).toContain(`Movement since ${previous}`);
    expect(text).toMatch(/│ Framework\s*│ Improved │ Stable │ Deteriorated │ Not comparable │ New │/);
    expect(text).toMatch(/Hertfordshire Constabulary\s*│ Neighbourhood Policing\s*│ Fair\s*│ Good\s*│ ▲ Improved/);
    expect(text).toContain('2 improved, 1 deteriorated, 254 stable; 1 had no previous grade.');
  });

  it('puts the movement in the html page too (found by an independent check: it was dropped)', async () => {
    const html = (await runInProcess([...NATIONAL, '--format', 'html', '--compare', previous])).stdout;
    expect(html).toContain(`<h2 id="movement">Movement since ${previous}</h2>`);
    expect(html).toMatch(/<tr><th scope="row">Hertfordshire Constabulary<\/th><td>Neighbourhood Policing<\/td><td>Fair<\/td><td><span [^>]*>Good<\/span><\/td><td>Improved<\/td><\/tr>/);
    expect(html).toContain('<p>2 improved, 1 deteriorated, 254 stable; 1 had no previous grade.</p>');
    expect((await runInProcess([...NATIONAL, '--format', 'html'])).stdout).not.toContain('id="movement"');
  });

  it('says that the csv has no place for it, and writes the rows as without it', async () => {
    const compared = await runInProcess([...NATIONAL, '--format', 'csv', '--compare', previous]);
    const plain = await runInProcess([...NATIONAL, '--format', 'csv']);
    expect(compared.status).toBe(0);
    expect(compared.stdout).toBe(plain.stdout);
    expect(compared.stderr).toContain('grade: warning: --compare adds nothing to --format csv (one row per file); the movement is in the json, text, markdown and html formats\n');
    expect(plain.stderr).not.toContain('--compare');
  });

  it('says not-comparable, as a result\'s direction does, for a previous grade that is not on the framework\'s scale', async () => {
    const other = join(scratch, 'previous-other-scale.json');
    const doc = json((await runInProcess([...NATIONAL, '--format', 'json'])).stdout);
    const target = doc.results.find((r) => r.force.id === 'synthetic-force-01' && r.framework.id === 'child-abuse');
    if (!target) throw new Error('fixture result missing');
    target.grade = 'outstanding'; // a PEEL grade: not one of hmic-2007's
    writeFileSync(other, JSON.stringify(doc));
    const compared = json((await runInProcess([...NATIONAL, '--format', 'json', '--compare', other])).stdout);
    expect(compared.movement?.frameworks['child-abuse']).toEqual({ improved: 0, stable: 42, deteriorated: 0, 'not-comparable': 1, new: 0 });
    expect(compared.movement?.moves.filter((m) => m.direction === 'not-comparable').map((m) => [m.force.id, m.previous])).toEqual([['synthetic-force-01', 'outstanding']]);
    const text = (await runInProcess([...NATIONAL, '--compare', other])).stdout;
    expect(text).toMatch(/Synthetic Force 01\s*│ Child abuse\s*│ outstanding\s*│ \S+\s*│ Not comparable/);
    expect(text).toContain('0 improved, 0 deteriorated, 257 stable, 1 not comparable; 0 had no previous grade.');
  });
});

describe('usage problems exit 2, input problems 1', () => {
  it.each([
    [['batch', 'no/such/folder'], 2],
    [['batch', 'fixtures/batch/small', '--forces', 'no-such-registry.yaml'], 2],
    [['batch', 'fixtures/batch/small', '--compare', 'no-such-batch.json'], 2],
    [['batch', 'fixtures/batch/small', '--jobs', 'two'], 2],
    [['batch', 'fixtures/batch/small', '--forces', 'fixtures/batch/previous.json'], 1],
    [['batch', 'fixtures/batch/small', '--compare', 'fixtures/batch/forces.yaml'], 1],
  ])('%j exits %i without a stack trace', async (args, status) => {
    const run = await runInProcess(args);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a folder with no evidence at all is a usage problem, as in every command', async () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty, { recursive: true });
    const run = await runInProcess(['batch', empty]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no evidence files (*.json) found');
  });
});

describe('--allow-incomplete and --output', () => {
  it('grades incomplete evidence as not met and flags it', async () => {
    const out = json((await runInProcess(['batch', 'fixtures/batch/bad/incomplete.json', '--allow-incomplete', '--forces', 'fixtures/batch/forces.yaml', '--format', 'json'])).stdout);
    expect(out.results).toHaveLength(1);
    expect(out.results[0]).toMatchObject({ incomplete: true, missing: ['MP-F6', 'MP-G4'] });
    expect((await runInProcess(['batch', 'fixtures/batch/bad/incomplete.json', '--allow-incomplete', '--forces', 'fixtures/batch/forces.yaml'])).stdout)
      .toContain('† graded on incomplete evidence');
  });

  it('writes the report to the file and the problems to stderr', async () => {
    const target = join(scratch, 'mixed.md');
    const run = await runInProcess(['batch', 'fixtures/batch/small', 'fixtures/batch/bad', '--forces', 'fixtures/batch/forces.yaml', '--format', 'markdown', '--output', target]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    // not-an-object.json holds [], plainly not evidence: skipped, not an error.
    expect(readFileSync(target, 'utf8')).toContain('## Files that could not be graded (5)');
    expect(run.stderr.split('\n').filter((line) => line.includes(': error: '))).toHaveLength(5);
    expect(run.stderr).toContain('fixtures/batch/bad/not-an-object.json: skipped, not evidence: a JSON array that names no framework or findings\n');
  });
});
