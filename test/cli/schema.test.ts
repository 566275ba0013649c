import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const NAMES = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json')).map((f) => f.slice(0, -'.schema.json'.length)).sort();

describe('grade schema <name>', () => {
  it('knows every schema in schemas/', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['batch', 'criteria', 'criteria-test', 'evidence', 'forces', 'result', 'validate-result']));
  });

  it.each(NAMES)('%s: prints the schema file, which parses as JSON', async (name) => {
    const run = await runInProcess(['schema', name]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const file = readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8');
    expect(run.stdout).toBe(file.endsWith('\n') ? file : `${file}\n`);
    expect((JSON.parse(run.stdout) as { $id: string }).$id).toBe(`${name}.schema.json`);
  });

  it('takes the file name too', async () => {
    expect((await runInProcess(['schema', 'evidence.schema.json'])).stdout).toBe((await runInProcess(['schema', 'evidence'])).stdout);
  });

  it.each([
    ['evidnce', '; did you mean "evidence"?'],
    ['validate', '; did you mean "validate-result"?'],
    ['nothing-like-it', ' (available:'],
  ])('an unknown name (%s) is a usage error (exit 2) that lists the names', async (name, hint) => {
    const run = await runInProcess(['schema', name]);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`grade: error: unknown schema "${name}"${hint.startsWith(';') ? hint : ''} (available: ${NAMES.join(', ')})\n`);
  });

  it('writes --output through the common writer, and never over a schema it reads', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'grade-schema-')), 'criteria.schema.json');
    const run = await runInProcess(['schema', 'criteria', '--output', out]);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', 'criteria.schema.json'), 'utf8'));
    const over = await runInProcess(['schema', 'evidence', '--output', 'schemas/criteria.schema.json']);
    expect(over.status).toBe(2);
    expect(readFileSync(join(ROOT, 'schemas', 'criteria.schema.json'), 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('needs a name (exit 2), and lists the names in its help', async () => {
    expect((await runInProcess(['schema'])).status).toBe(2);
    const help = await runInProcess(['schema', '--help']);
    expect(help.stdout).toContain(`Schemas: ${NAMES.join(', ')}`);
  });
});
