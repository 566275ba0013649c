import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const SCHEMAS = filesUnder('schemas', '.schema.json');
const CRITERIA = readdirSync('criteria').filter((name) => name.endsWith('.yaml')).map((name) => join('criteria', name)).sort();
const TESTS = filesUnder('criteria/tests', '.test.yaml');
const EVIDENCE = filesUnder('evidence', '.json').filter((file) => !file.endsWith('.narrative.json'));
const NARRATIVES = filesUnder('evidence', '.narrative.json');

/** The schema a `# yaml-language-server: $schema=…` first line points at, resolved from the file. */
function yamlSchemaOf(file: string): string | undefined {
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  return match?.[1] === undefined ? undefined : resolve(dirname(file), match[1]);
}

describe('published schemas', () => {
  it.each(SCHEMAS)('%s compiles in strict mode and names itself in its $id (its file name)', (file) => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
    expect(schema.$id).toBe(basename(file));
  });
});

describe('shipped files name their schema, so editors complete and check them', () => {
  it.each(CRITERIA)('%s starts with a yaml-language-server line for the criteria schema', (file) => {
    expect(yamlSchemaOf(file)).toBe(resolve('schemas/criteria.schema.json'));
  });

  it.each(TESTS)('%s starts with a yaml-language-server line for the criteria-test schema', (file) => {
    expect(yamlSchemaOf(file)).toBe(resolve('schemas/criteria-test.schema.json'));
  });

  it.each(EVIDENCE)('%s carries a $schema that resolves to the evidence schema', (file) => {
    const { $schema } = JSON.parse(readFileSync(file, 'utf8'));
    expect(resolve(dirname(file), $schema)).toBe(resolve('schemas/evidence.schema.json'));
    expect(existsSync(resolve(dirname(file), $schema))).toBe(true);
  });

  it.each(NARRATIVES)('%s carries a $schema that resolves to the narrative schema', (file) => {
    const { $schema } = JSON.parse(readFileSync(file, 'utf8'));
    expect(resolve(dirname(file), $schema)).toBe(resolve('schemas/narrative.schema.json'));
  });

  it('ships a criteria test file for every framework', () => {
    expect(TESTS.map((f) => basename(f, '.test.yaml'))).toEqual(CRITERIA.map((f) => basename(f, '.yaml')));
  });
});
