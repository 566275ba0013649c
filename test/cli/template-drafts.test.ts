import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-template-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('template --output never overwrites a file without --force', () => {
  it('writes a new file', async () => {
    const target = join(scratch, 'new.json');
    const run = await runInProcess(['template', 'neighbourhood-policing', '--output', target]);
    expect(run.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('"criterion": "NP-F1"');
  });

  it('refuses an existing file, which is left as it was (exit 2)', async () => {
    const target = join(scratch, 'filled.json');
    writeFileSync(target, '{"filled": "in by hand"}');
    const run = await runInProcess(['template', 'neighbourhood-policing', '--output', target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grade: error: cannot write ${target}: it already exists (use --force to replace it)\n`);
    expect(readFileSync(target, 'utf8')).toBe('{"filled": "in by hand"}');
  });

  it('refuses the file a symbolic link leads to, and writes through a dangling one', async () => {
    const filled = join(scratch, 'linked.json');
    writeFileSync(filled, 'kept');
    symlinkSync(filled, join(scratch, 'link.json'));
    expect((await runInProcess(['template', 'neighbourhood-policing', '--output', join(scratch, 'link.json')])).status).toBe(2);
    expect(readFileSync(filled, 'utf8')).toBe('kept');
    symlinkSync(join(scratch, 'not-yet.json'), join(scratch, 'dangling.json'));
    expect((await runInProcess(['template', 'neighbourhood-policing', '--output', join(scratch, 'dangling.json')])).status).toBe(0);
    expect(readFileSync(join(scratch, 'not-yet.json'), 'utf8')).toContain('"framework": "neighbourhood-policing"');
  });

  it('replaces it with --force', async () => {
    const target = join(scratch, 'forced.json');
    writeFileSync(target, 'old');
    const run = await runInProcess(['template', 'neighbourhood-policing', '--output', target, '--force']);
    expect(run.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('"criterion": "NP-F1"');
  });

  it('names the force when asked, so the draft grades at once', async () => {
    const target = join(scratch, 'named.json');
    const made = await runInProcess(['template', 'neighbourhood-policing', '--output', target, '--force-id', 'synthetic-force-01', '--force-name', 'Synthetic Force 01']);
    expect(made.status).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ force: { id: 'synthetic-force-01', name: 'Synthetic Force 01' } });
    const graded = await runInProcess(['neighbourhood-policing', target, '--allow-incomplete']);
    expect(graded.status).toBe(0);
    expect(graded.stdout).toContain('Grade: POOR (provisional: 27 criteria not yet assessed)');
    const bad = await runInProcess(['template', 'neighbourhood-policing', '--force-id', 'Not An Id']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('expected a kebab-case force id');
  });
});

describe('template --format csv', () => {
  it('is a spreadsheet: UTF-8 with a byte-order mark, CRLF, one row per criterion and factor', async () => {
    const run = await runInProcess(['template', 'child-abuse', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\ufeffid,level,theme,flags,statement,guidance,status,evidence,sources,date\r\n')).toBe(true);
    expect(run.stdout.replace(/"[^"]*"/g, '').split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
    const rows: Array<Record<string, string>> = parse(run.stdout, { bom: true, columns: true });
    const yaml = readFileSync(join(ROOT, 'criteria', 'child-abuse.yaml'), 'utf8');
    const ids = [...yaml.matchAll(/^ {2}- id: (CA-\S+)/gm)].map((m) => m[1]);
    expect(rows.map((r) => r.id)).toEqual([...ids, 'beacon', 'innovation']);
    expect(rows.every((r) => r.status === '' && r.evidence === '' && r.sources === '' && r.date === '')).toBe(true);
    expect(rows.at(-1)).toMatchObject({ level: 'Excellence factor', theme: 'Innovation', flags: '' });
    expect(rows.filter((r) => r.level === 'Fair').length + rows.filter((r) => r.level === 'Good').length).toBe(ids.length);
  });

  it('neutralises formula-like text', async () => {
    const dir = join(scratch, 'criteria');
    mkdirSync(dir);
    writeFileSync(join(dir, 'formulas.yaml'), [
      'framework: formulas', 'title: Formulas', 'group: Tests', 'version: "1"',
      'criteria:',
      '  - { id: F-1, level: fair, significant: true, text: "=HYPERLINK(\\"http://evil.example\\")", guidance: "@SUM(A1)" }',
      '  - { id: G-1, level: good, text: "-1 is fine", guidance: "+ more" }', ''].join('\n'));
    const run = await runInProcess(['template', 'formulas', '--format', 'csv', '--criteria', dir]);
    expect(run.status).toBe(0);
    const rows: Array<Record<string, string>> = parse(run.stdout, { bom: true, columns: true });
    expect(rows.map((r) => [r.statement, r.guidance])).toEqual([
      ['\'=HYPERLINK("http://evil.example")', '\'@SUM(A1)'], ['\'-1 is fine', '\'+ more'],
      // The scheme's default factors: a criteria file that names none gets them by id (docs/decisions.md).
      ['beacon', ''], ['innovation', '']]);
  });

  it('has no force options', async () => {
    const run = await runInProcess(['template', 'child-abuse', '--format', 'csv', '--force-id', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('give --force-id and --force-name to `grade import`');
  });
});

describe('an output that may not replace a file', () => {
  it('is not put in place over a file that appeared while it was written', async () => {
    const { openOutput } = await import('../../src/cli/output.js');
    const target = join(scratch, 'raced.json');
    const output = openOutput(target, [], { replace: false });
    output.write('new');
    writeFileSync(target, 'filled in meanwhile');
    await expect(output.close()).rejects.toThrow(`cannot write ${target}: it already exists (use --force to replace it)`);
    expect(readFileSync(target, 'utf8')).toBe('filled in meanwhile');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
