import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCriteriaFile } from '../../src/criteria/load.js';
import { defaultForcesFile, loadForcesFile } from '../../src/batch/forces.js';
import { usePrebuiltParses, type PrebuiltParse } from '../../src/io/prebuilt.js';

/**
 * Build-time parses reach the loaders only when an entry point hands them in (bin/grade.js does,
 * through `main`): with none, a loader parses the real file, whatever the build left in dist/.
 */
const FILE = 'criteria/neighbourhood-policing.yaml';
const bytes = readFileSync(FILE);
const text = bytes.toString('utf8');

afterEach(() => usePrebuiltParses(undefined));

async function load(file = FILE) {
  const loaded = await loadCriteriaFile(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded;
}

/** A hand-in that answers every name with the given parse, and records the names asked for. */
function handIn(parse: PrebuiltParse): string[] {
  const asked: string[] = [];
  usePrebuiltParses((name) => { asked.push(name); return parse; });
  return asked;
}

/** A stored parse of the real file with a title no parse of it gives, so its use shows. */
async function markedParse(source = text, byteLength = bytes.length): Promise<PrebuiltParse> {
  const { file: _file, ...model } = (await load()).value;
  return { source, byteLength, parsed: JSON.stringify({ model: { ...model, title: 'FROM THE HAND-IN' }, diagnostics: [] }) };
}

describe('build-time parses of criteria', () => {
  it('are not used unless handed in: the loader parses the file', async () => {
    const parse = await markedParse();
    expect((await load()).value.title).toBe('Neighbourhood Policing');
    const asked = handIn(parse);
    const loaded = await load();
    expect(asked).toEqual(['criteria-neighbourhood-policing']);
    expect(loaded.value).toMatchObject({ title: 'FROM THE HAND-IN', file: FILE });
    usePrebuiltParses(undefined);
    expect((await load()).value.title).toBe('Neighbourhood Policing');
  });

  it('are used only for the exact text and byte length they were made from', async () => {
    handIn(await markedParse(text.replace('Neighbourhood', 'Neighborhood')));
    expect((await load()).value.title).toBe('Neighbourhood Policing');
    handIn(await markedParse(text, bytes.length + 3)); // the same text after a byte-order mark
    expect((await load()).value.title).toBe('Neighbourhood Policing');
  });
});

describe('the build-time parse of the forces registry', () => {
  it('is used for the shipped text when handed in, and otherwise never', async () => {
    const file = defaultForcesFile();
    const source = readFileSync(file, 'utf8');
    const parsed = JSON.stringify({ title: 'FROM THE HAND-IN', forces: [{ id: 'synthetic-force-01', name: 'Synthetic Force 01' }] });
    const real = await loadForcesFile(file);
    expect(real.ok && real.value.forces).toHaveLength(43);
    const asked = handIn({ source, byteLength: Buffer.byteLength(source), parsed });
    const handed = await loadForcesFile(file);
    expect(asked).toEqual(['forces-england-wales']);
    expect(handed.ok && handed.value).toMatchObject({ title: 'FROM THE HAND-IN', file });
    const other = await loadForcesFile('fixtures/batch/forces.yaml');
    expect(other.ok && other.value.title).not.toBe('FROM THE HAND-IN');
  });
});
