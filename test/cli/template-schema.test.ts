import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaReference } from '../../src/cli/commands/template.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const SCHEMA = join(ROOT, 'schemas', 'evidence.schema.json');

/** Where a `$schema` written into a file in `folder` leads. */
const target = (folder: string, reference: string) => resolve(folder, reference);

describe('grade template writes a $schema that editors resolve offline (issue #18)', () => {
  it('on stdout: relative to the working directory', async () => {
    const run = await runInProcess(['template', 'child-abuse']);
    const { $schema } = JSON.parse(run.stdout) as { $schema: string };
    expect($schema).toBe('./schemas/evidence.schema.json');
    const elsewhere = mkdtempSync(join(tmpdir(), 'grade-template-'));
    const away = JSON.parse((await runInProcess(['template', 'child-abuse'], { cwd: elsewhere })).stdout) as { $schema: string };
    expect(away.$schema).toMatch(/^(\.\.\/)+/);
    expect(target(elsewhere, away.$schema)).toBe(SCHEMA);
  });

  it('with --output: relative to the folder of the file written, wherever the command ran, starting ./ or ../', async () => {
    const base = mkdtempSync(join(tmpdir(), 'grade-template-'));
    const folder = join(base, 'evidence', 'my force');
    mkdirSync(folder, { recursive: true });
    for (const [cwd, output] of [[ROOT, join(folder, 'a.json')], [base, 'evidence/my force/b.json'], [folder, 'c.json']] as const) {
      const run = await runInProcess(['template', 'missing-persons', '--output', output], { cwd });
      expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
      const written = resolve(cwd, output);
      const { $schema } = JSON.parse(readFileSync(written, 'utf8')) as { $schema: string };
      expect($schema).toMatch(/^\.\.?\/[^\\]*$/);
      expect(target(dirname(written), $schema)).toBe(SCHEMA);
    }
  });

  it('falls back to a file: URL only where no relative path exists', () => {
    expect(schemaReference('/a/b', '/a/schemas/evidence.schema.json')).toBe('../schemas/evidence.schema.json');
    expect(schemaReference('/a', '/a/schemas/evidence.schema.json')).toBe('./schemas/evidence.schema.json');
    expect(schemaReference('/a/schemas', '/a/schemas')).toBe('file:///a/schemas');
  });
});
