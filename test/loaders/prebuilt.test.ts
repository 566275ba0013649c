import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCriteriaFile } from '../../src/criteria/load.js';
import { defaultForcesFile, loadForcesFile } from '../../src/batch/forces.js';
import { prebuiltFileText, readPrebuiltFileText, usePrebuiltParses, type PrebuiltParse } from '../../src/io/prebuilt.js';
import { parseTestFile, prebuiltTestName, testFileDocument } from '../../src/batch/criteria-tests/load.js';

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

describe('build-time parses of criteria test files', () => {
  const TEST_FILE = 'criteria/tests/neighbourhood-policing.test.yaml';
  const testText = readFileSync(TEST_FILE, 'utf8');

  /** The parse the build stores for a test text, with a first case renamed so that its use shows. */
  function storedTestParse(source = testText): PrebuiltParse {
    const stored = testFileDocument(testText, TEST_FILE);
    if (!stored) throw new Error('the shipped test file does not parse');
    const doc = { ...stored.doc, cases: stored.doc.cases.map((c, i) => (i === 0 ? { ...c, name: 'FROM THE HAND-IN' } : c)) };
    return { source, byteLength: Buffer.byteLength(source), parsed: JSON.stringify({ doc, positions: stored.positions, diagnostics: [] }) };
  }

  it('are taken for the exact text, under the file name without .yaml, with the same cases and positions', () => {
    const fresh = parseTestFile(testText, TEST_FILE);
    const asked = handIn(storedTestParse());
    const cached = parseTestFile(testText, TEST_FILE);
    expect(asked).toEqual([prebuiltTestName(TEST_FILE)]);
    expect(prebuiltTestName(TEST_FILE)).toBe('criteria-test-neighbourhood-policing.test');
    if (!fresh.ok || !cached.ok) throw new Error('a parse failed');
    expect(cached.value.testFile.cases[0]?.name).toBe('FROM THE HAND-IN');
    const strip = (cases: typeof fresh.value.testFile.cases) => cases.map(({ name: _name, ...c }) => c);
    expect(strip(cached.value.testFile.cases)).toEqual(strip(fresh.value.testFile.cases));
    expect(cached.value.testFile.cases.map((c) => [c.line, c.column])).toEqual(fresh.value.testFile.cases.map((c) => [c.line, c.column]));
  });

  it('still position a problem found later anywhere in the file (by parsing it then)', () => {
    const fresh = parseTestFile(testText, TEST_FILE);
    handIn(storedTestParse());
    const cached = parseTestFile(testText, TEST_FILE);
    if (!fresh.ok || !cached.ok) throw new Error('a parse failed');
    const issue = { code: 'invalid-value' as const, severity: 'error' as const, message: 'm', path: ['cases', 3, 'findings'] };
    expect(cached.value.locate(issue)).toEqual(fresh.value.locate(issue));
    expect(cached.value.locate(issue).line).toBeGreaterThan(1);
  });

  it('are not taken for any other text', () => {
    handIn(storedTestParse(testText.replace('Excellent', 'Excelent')));
    const loaded = parseTestFile(testText, TEST_FILE);
    expect(loaded.ok && loaded.value.testFile.cases[0]?.name).not.toBe('FROM THE HAND-IN');
  });
});

describe('the file a build-time parse is stored in', () => {
  it.each([
    ['a criteria file', text],
    ['text with quotes, backslashes, tabs, CRLF and characters past ASCII', 'a: "b\\"c"\r\n\tquote: \'x\' — é ’ 😀\n'],
    ['an empty source', ''],
    ['a source whose first line is JSON', '{"byteLength": 1, "sourceLength": 2}\n{}\n'],
  ])('gives back exactly what was stored: %s', (_name, source) => {
    const parse = { source, byteLength: Buffer.byteLength(source), parsed: JSON.stringify({ model: { title: 'T "x"\n' }, diagnostics: [] }) };
    expect(readPrebuiltFileText(prebuiltFileText(parse))).toEqual(parse);
  });

  it('is not taken when it is not one (no header line, a header without lengths, a source cut short)', () => {
    expect(readPrebuiltFileText('no header')).toBeUndefined();
    expect(readPrebuiltFileText('not json\nx')).toBeUndefined();
    expect(readPrebuiltFileText('null\nx')).toBeUndefined();
    expect(readPrebuiltFileText('{"source": "x"}\nx{}')).toBeUndefined();
    expect(readPrebuiltFileText('{"byteLength": 5, "sourceLength": 50}\nshort')).toBeUndefined();
  });
});
