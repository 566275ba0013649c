import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync('schemas/result.schema.json', 'utf8'));

/**
 * The same schema with every described object closed (additionalProperties: false): the
 * published schema lets consumers ignore names added later, but the tool's own output must
 * have no name the schema does not describe.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closed(v)])) : closed(value);
  if ('properties' in out && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: true });
const published = ajv.compile(schema);
const strict = new Ajv({ allErrors: true, strict: true }).compile(closed({ ...schema, $id: `${schema.$id}#closed` }) as object);

const FRAMEWORKS = ['neighbourhood-policing', 'performance-management', 'child-abuse', 'domestic-violence', 'public-protection', 'missing-persons'];
const RUNS: string[][] = [
  ...FRAMEWORKS.map((id) => [id, `evidence/hertfordshire-2007/${id}.json`]),
  ['neighbourhood-policing', 'fixtures/cli/judged.json'],
  ['neighbourhood-policing', 'fixtures/cli/borderline-poor.json'],
  ['neighbourhood-policing', 'fixtures/cli/incomplete.json', '--allow-incomplete'],
];

describe('schemas/result.schema.json describes `grade --format json`', () => {
  it.each(RUNS.map((args) => [args.slice(1).join(' '), args] as const))('%s', async (_name, args) => {
    const run = await runInProcess([...args, '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(published(result), JSON.stringify(published.errors)).toBe(true);
    expect(strict(result), JSON.stringify(strict.errors)).toBe(true);
  });

  it('requires SPEC §5\'s counts and criterion flags of a hmic-2007 result, and only of one', async () => {
    const result = JSON.parse((await runInProcess([...(RUNS[0] as string[]), '--format', 'json'])).stdout);
    const { fair: _fair, ...counts } = result.counts;
    expect(published({ ...result, counts })).toBe(false);
    const [first, ...rest] = result.criteria;
    const { significant: _significant, ...unflagged } = first;
    expect(published({ ...result, criteria: [unflagged, ...rest] })).toBe(false);
    const peel = JSON.parse((await runInProcess(['peel-2021-example', 'evidence/examples/peel-2021-example/example-force-good.json', '--format', 'json'])).stdout);
    expect(peel.counts.fair).toBeUndefined();
    expect(published(peel), JSON.stringify(published.errors)).toBe(true);
  });

  it('refuses a result with a grade that does not exist or without provenance', async () => {
    const result = JSON.parse((await runInProcess([...(RUNS[0] as string[]), '--format', 'json'])).stdout);
    expect(published({ ...result, grade: 'not a grade' })).toBe(false);
    expect(published({ ...result, framework: { ...result.framework, sha256: undefined } })).toBe(false);
    // The closed variant catches a name the schema does not describe; the published one allows it.
    expect([published({ ...result, extra: 1 }), strict({ ...result, extra: 1 })]).toEqual([true, false]);
  });
});
