import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse.js';
import { parseEvidence } from '../../src/evidence/load.js';
import { checkEvidence } from '../../src/evidence/check.js';
import { parseJsonSource } from '../../src/evidence/json-source.js';
import { readTextFileSync } from '../../src/io/read-text.js';
import { describePath } from '../../src/shared/paths.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

/**
 * Issue #15 §4: errors in an inspector's words. Messages name the criterion, not the JSON path;
 * the JSON mistakes people make are named, and pointed at where they are; a typo for a criterion
 * that has no finding is one message; a YAML tab is one message; a misspelt framework gets the
 * same did-you-mean in every command.
 */
const scratch = mkdtempSync(join(tmpdir(), 'grade-inspector-messages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const EVIDENCE = join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json');
const CRITERIA = join(ROOT, 'criteria/neighbourhood-policing.yaml');

type Doc = { findings: Array<Record<string, unknown>>; [key: string]: unknown };
const parse = (text: string): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;
const hertfordshire = (): Doc => JSON.parse(readFileSync(EVIDENCE, 'utf8')) as Doc;

function write(name: string, text: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** The first diagnostic of a JSON text, as `line:column message`. */
function firstJsonProblem(text: string): string {
  const parsed = parseJsonSource(text, 'x.json');
  const d = parsed.diagnostics[0];
  return d ? `${d.line}:${d.column} ${d.message}` : 'ok';
}

describe('messages name the criterion, not the JSON path', () => {
  it('a finding by the criterion it is for', () => {
    const doc = hertfordshire();
    doc.findings[16]!.status = 'Met';
    const parsed = parseEvidence(JSON.stringify(doc, null, 2), 'e.json');
    expect(parsed.diagnostics.map((d) => d.message)).toEqual([
      'finding for NP-G7: status must be met, partly-met, not-met or not-applicable (or "" while not assessed yet); got "Met"; did you mean "met"?',
    ]);
  });

  it('a criterion by its id, in a criteria file', () => {
    const text = readFileSync(CRITERIA, 'utf8').replace(/(id: NP-G7\b[^\n]*\n(?:[^\n]*\n)*?\s*level: )good/, '$1great');
    expect(text).toContain('level: great');
    const loaded = parseCriteria(text, 'neighbourhood-policing.yaml');
    expect(loaded.diagnostics.map((d) => d.message)).toContain('criterion NP-G7: level must be fair or good; got "great"');
  });

  it('the judgement, the force, items without an id, and unknown keys', () => {
    const doc = hertfordshire();
    doc.judgement = { grade: 'goood', rationale: 'r', by: 'b' };
    doc.force = { id: 'hertfordshire', name: 'Hertfordshire Constabulary', nmae: 'x' };
    doc.findings[2] = { status: 'met' };
    doc.findings[3]!.stauts = 'met';
    doc.findings[4]!.evidence = ['fine', 7];
    const messages = parseEvidence(JSON.stringify(doc, null, 2), 'e.json').diagnostics.map((d) => d.message);
    // A grade is one of the criteria's scheme: checked against it, as SPEC §7 has it.
    const criteria = parseCriteria(readFileSync(CRITERIA, 'utf8'), CRITERIA);
    if (!criteria.ok) throw new Error('the shipped criteria are invalid');
    const judged = { ...hertfordshire(), judgement: { grade: 'goood', rationale: 'r', by: 'b' } };
    expect(checkEvidence(criteria.value, judged as never).map((i) => i.message))
      .toContain('the judgement: grade must be poor, fair, good or excellent; got "goood"; did you mean "good"?');
    expect(messages).toEqual(expect.arrayContaining([
      'the force: unknown key "nmae"; did you mean "name"?',
      'the 3rd finding: missing required key "criterion"',
      'finding for NP-F4: unknown key "stauts"; did you mean "status"?',
      'finding for NP-F5: evidence item 2 must be a string, not a number; put it in quotes to keep it as written',
    ]));
    expect(messages.join('\n')).not.toMatch(/findings\[|judgement\.|\[\d+\]/);
  });

  it('says what was written when it is short text or true/false', () => {
    const text = readFileSync(CRITERIA, 'utf8').replace('significant: true', 'significant: yes');
    const messages = parseCriteria(text, 'neighbourhood-policing.yaml').diagnostics.map((d) => d.message);
    expect(messages).toContain('criterion NP-F1: significant must be true or false, not the text "yes"');
  });

  it('describePath names lists of every document kind by what their items are', () => {
    expect(describePath(['findings', 0, 'status'], { findings: [{ criterion: 'NP-G7' }] })).toEqual({ subject: 'finding for NP-G7', field: 'status' });
    expect(describePath(['critical', 0, 'rationale'], { critical: [{ criterion: 'NP-G3' }] })).toEqual({ subject: 'critical mark on NP-G3', field: 'rationale' });
    expect(describePath(['criteria', 1], { criteria: [{}, { id: 'HC-G7' }] })).toEqual({ subject: 'criterion HC-G7', field: '' });
    expect(describePath(['cases', 0, 'expect', 'grade'], { cases: [{ name: 'all met' }] })).toEqual({ subject: 'test case "all met"', field: 'expect.grade' });
    expect(describePath(['forces', 10, 'name'], { forces: [] })).toEqual({ subject: 'the 11th force', field: 'name' });
    expect(describePath(['thresholds', 'most'], {})).toEqual({ field: 'thresholds.most' });
    // An id that is not a plain id is quoted visibly.
    expect(describePath(['findings', 0], { findings: [{ criterion: 'NP G7\u200b' }] }).subject).toBe('finding for "NP G7\\u200b"');
  });
});

describe('the JSON mistakes people make are named', () => {
  it.each([
    ['a // comment', '{\n  "a": 1, // why\n  "b": 2\n}', '2:11 JSON files cannot hold comments (// …)'],
    ['a /* comment */', '{\n  /* draft */ "a": 1\n}', '2:3 JSON files cannot hold comments (/* … */)'],
    ['a # comment', '# notes\n{}', '1:1 JSON files cannot hold comments (# …)'],
    ['a trailing comma in an object, at the comma', '{\n  "a": 1,\n  "b": 2,\n}', '3:9 a comma after the last item: JSON allows no comma before }'],
    ['a trailing comma in an array, at the comma', '{\n  "a": [\n    1,\n    2,\n  ]\n}', '4:6 a comma after the last item: JSON allows no comma before ]'],
    ['curly quotes around a key', '{\n  \u201cframework\u201d: "x"\n}', '2:3 a curly quote \u201c (U+201C) where JSON needs a straight double quote'],
    ['a curly quote closing a key', '{\n  "framework\u201d: "x"\n}', '2:13 a curly quote \u201d (U+201D)'],
    ['curly single quotes', '{ "a": \u2018x\u2019 }', '1:8 a curly quote \u2018 (U+2018)'],
    ['single quotes', "{ 'a': 1 }", '1:3 JSON keys must be in double quotes ("), not single quotes'],
    ['an unclosed brace, where it opened', '{\n  "force": { "id": "x",\n  "findings": []\n}', '2:12 this { is never closed'],
    ['an unclosed brace at the end of the file', '{\n  "a": [1, 2]\n', '1:1 this { is never closed: the file ends before its }'],
    ['an unclosed bracket closed by a brace', '{ "a": [1, 2 }', '1:8 this [ is never closed: a } at line 1, column 14 comes first'],
    ['an unclosed string', '{ "a": "text }', '1:8 the string that starts here is never closed'],
    ['a string broken across lines', '{ "a": "two\nlines" }', '1:8 the string that starts here does not end on its line'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', '3:3 a comma (,) is missing before this: after the value of "a"'],
    ['an unquoted key', '{ framework: "x" }', '1:3 JSON keys must be in double quotes: write "framework"'],
    ['unquoted text', '{ "status": met }', '1:13 text must be in double quotes: write "met", not met'],
    ['Python\'s True', '{ "a": True }', '1:8 write true in lower case'],
    ['Python\'s None', '{ "a": None }', '1:8 None is Python\'s word; JSON writes null'],
    ['a misspelt literal', '{ "a": ture }', '1:8 ture is not a JSON value; did you mean true?'],
    ['a Windows path', '{ "file": "C:\\Users\\me" }', '1:14 "\\\\U" is not a JSON escape'],
    ['a tab inside a string', '{ "a": "x\ty" }', '1:10 a tab inside a string must be written \\t'],
    ['a number with a leading zero', '{ "a": 07 }', '1:8 a JSON number cannot start with 0'],
    ['a non-breaking space', '{ "a":\u00a01 }', '1:7 a non-breaking space (U+00A0)'],
    ['two objects in one file', '{ "a": 1 }\n{ "b": 2 }', '2:1 a second JSON value after the first'],
    ['an extra closing brace', '{ "a": 1 }}', '1:11 an extra }'],
    ['an = for a colon', '{ "a" = 1 }', '1:7 a colon (:) goes between a key and its value, not ='],
    ['a quote inside text', '{ "a": "He said "yes" to it" }', '1:17 a double quote inside text must be written \\"'],
  ])('%s', (_what, text, expected) => {
    expect(firstJsonProblem(text)).toContain(expected);
  });

  it('an unclosed brace or bracket in an indented file is found by the indentation', () => {
    const text = readFileSync(EVIDENCE, 'utf8');
    const lines = text.split('\n');
    // The force's closing brace (line 8), then the first evidence list's closing bracket (line 17).
    expect([lines[7], lines[16]]).toEqual(['  },', '      ],']);
    expect(firstJsonProblem(lines.filter((_, i) => i !== 7).join('\n'))).toBe(
      '5:12 this { is never closed: a } is missing before line 8, column 3 (or a comma, if what is there belongs in it)');
    expect(firstJsonProblem(lines.filter((_, i) => i !== 16).join('\n'))).toBe(
      '13:19 this [ is never closed: a ] is missing before line 17, column 7 (or a comma, if what is there belongs in it)');
    // The evidence quotes text in curly quotes: they are never blamed for a missing bracket.
    expect(text).toContain('\u201c');
  });

  it('gives one diagnostic, with the syntax-error code', () => {
    const parsed = parseJsonSource('{ "a": 1, }', 'x.json');
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]?.code).toBe('syntax-error');
  });

  it('does not blame curly quotes inside a string', () => {
    expect(firstJsonProblem('{ "a": "He said \u201cyes\u201d", }')).toBe('1:23 a comma after the last item: JSON allows no comma before }; remove it');
  });

  it('a UTF-16 file is named, whatever its byte order, with or without a byte-order mark', () => {
    const text = '{ "framework": "x" }';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes, words] of [
      ['le-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16 (little-endian, with a byte-order mark FF FE)'],
      ['be-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16 (big-endian, with a byte-order mark FE FF)'],
      ['le.json', le, 'UTF-16 (little-endian'],
      ['be.json', be, 'UTF-16 (big-endian'],
    ] as const) {
      const read = readTextFileSync(write(name, bytes));
      expect(read.ok).toBe(false);
      expect(read.diagnostics[0]).toMatchObject({ code: 'invalid-encoding', line: 1, column: 1 });
      expect(read.diagnostics[0]?.message).toContain(`the file is ${words}`);
      expect(read.diagnostics[0]?.message).toContain('save it as UTF-8');
    }
  });

  it.each([
    ['one NUL byte', Buffer.alloc(1)],
    ['a file of zeros', Buffer.alloc(1000)],
    ['JSON with a run of NUL bytes in a string', Buffer.concat([Buffer.from('{"framework": "x", "a": "'), Buffer.alloc(1000), Buffer.from('"}')])],
  ])('%s is not called UTF-16', (_name, bytes) => {
    const read = readTextFileSync(write('zeros.json', bytes));
    expect(read.ok).toBe(false);
    expect(read.diagnostics[0]).toMatchObject({ code: 'invalid-encoding', line: 1, column: 1 });
    expect(read.diagnostics[0]?.message).toMatch(/^the file is mostly NUL bytes \(\d+ of \d+ characters\), not text: binary data, or a file left unfinished$/);
  });

  it('a Latin-1 file is told how to save it as UTF-8, at its first bad byte', () => {
    const read = readTextFileSync(write('latin1.yaml', Buffer.from('title: Caf\u00e9 visits\n', 'latin1')));
    expect(read.diagnostics[0]).toMatchObject({ code: 'invalid-encoding', line: 1, column: 11,
      message: 'the file is not valid UTF-8 (byte 0xe9 at offset 10); save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)' });
  });

  it('UTF-16 of text with a few NUL-free characters (not Latin-1) is still named', () => {
    const read = readTextFileSync(write('le-mixed.json', Buffer.from('{ "name": "Ynys M\u00f4n \u0141\u00f3d\u017a \u2014 Cymru", "id": "x" }', 'utf16le')));
    expect(read.diagnostics[0]?.message).toContain('the file is UTF-16 (little-endian');
  });

  it('the CLI says it for a UTF-16 evidence file', async () => {
    const file = write('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(EVIDENCE, 'utf8'), 'utf16le')]));
    const run = await runInProcess(['neighbourhood-policing', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${file}:1:1: error: the file is UTF-16 (little-endian, with a byte-order mark FF FE), not UTF-8; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8) [invalid-encoding]\n`);
  });
});

describe('a typo for a criterion that has no finding is one message', () => {
  it('NP-G33 while NP-G3 has no finding', async () => {
    const doc = hertfordshire();
    doc.findings[12]!.criterion = 'NP-G33';
    const run = await runInProcess(['neighbourhood-policing', write('typo.json', JSON.stringify(doc, null, 2))]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/typo\.json:\d+:\d+: error: finding for unknown criterion "NP-G33"; did you mean "NP-G3", which has no finding\? \[unknown-criterion\]$/),
    ]);
  });

  it('other missing criteria are still listed, and each missing one is linked once', async () => {
    const doc = hertfordshire();
    doc.findings[12]!.criterion = 'np-g3x';
    doc.findings[13]!.criterion = 'NP-G44';
    doc.findings.splice(19, 1); // NP-G10
    const run = await runInProcess(['neighbourhood-policing', write('typos.json', JSON.stringify(doc, null, 2))]);
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('which has no finding'))).toHaveLength(2);
    expect(lines.find((l) => l.includes('"np-g3x"'))).toContain('did you mean "NP-G3", which has no finding?');
    expect(lines.find((l) => l.includes('"NP-G44"'))).toContain('did you mean "NP-G4", which has no finding?');
    expect(lines.find((l) => l.includes('[missing-finding]'))).toContain('no finding for NP-G10 (');
  });

  it('a typo of a criterion that has its finding keeps the plain did-you-mean', async () => {
    const doc = hertfordshire();
    doc.findings.push({ criterion: 'NP-G7x', status: 'met' });
    const run = await runInProcess(['neighbourhood-policing', write('extra.json', JSON.stringify(doc, null, 2))]);
    expect(run.stderr).toContain('finding for unknown criterion "NP-G7x"; did you mean "NP-G7"? [unknown-criterion]');
  });
});

describe('a YAML tab gives one message', () => {
  it('at the tab, naming the other lines a tab indents', () => {
    const text = readFileSync(CRITERIA, 'utf8');
    const lines = text.split('\n');
    const indented = lines.map((line, index) => [line, index] as const).filter(([line]) => /^ {4}\S/.test(line)).slice(0, 3).map(([, index]) => index);
    for (const index of indented) lines[index] = `\t${lines[index]!.slice(4)}`;
    const loaded = parseCriteria(lines.join('\n'), 'neighbourhood-policing.yaml');
    expect(loaded.diagnostics).toHaveLength(1);
    const [d] = loaded.diagnostics;
    expect([d?.code, d?.line, d?.column]).toEqual(['syntax-error', indented[0]! + 1, 1]);
    expect(d?.message).toBe(`this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces (so are lines ${indented.slice(1).map((i) => i + 1).join(', ')})`);
  });

  it('validate prints that one message', async () => {
    const file = write('tabbed.yaml', 'framework: tabbed\ntitle: T\ngroup: G\nversion: "1"\ncriteria:\n  - id: F1\n\t  level: fair\n');
    const run = await runInProcess(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.includes('error:'))).toEqual([
      `${file}:7:1: error: this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces [syntax-error]`,
    ]);
  });
});

describe('a misspelt framework inside evidence gets the same did-you-mean in every command', () => {
  it.each([
    ['neighbourhod-policing', 'neighbourhood-policing'],
    ['Child-Abuse', 'child-abuse'],
    ['missing_persons', 'missing-persons'],
  ])('%s', async (written, meant) => {
    const doc = hertfordshire();
    doc.framework = written;
    const file = write(`framework-${written}.json`, JSON.stringify(doc, null, 2));
    const message = `${file}:3:16: error: no criteria for framework "${written}" in criteria; did you mean "${meant}"? [unknown-framework]`;
    const graded = await runInProcess(['neighbourhood-policing', file]);
    expect(graded.stderr).toBe(`${message}\n`);
    expect(graded.status).toBe(1);
    const validated = await runInProcess(['validate', file]);
    expect(validated.stdout).toContain(`${message}\n`);
    const batch = await runInProcess(['batch', file]);
    expect(batch.stdout).toContain(`  ${message}\n`);
    expect(batch.status).toBe(1);
  });

  it('also beside an unknown key, in grade, validate and batch', async () => {
    const doc = hertfordshire();
    doc.framework = 'neighbourhod-policing';
    doc.findings[0]!.stauts = 'met';
    const file = write('framework-and-key.json', JSON.stringify(doc, null, 2));
    const expected = 'no criteria for framework "neighbourhod-policing" in criteria; did you mean "neighbourhood-policing"? [unknown-framework]';
    expect((await runInProcess(['neighbourhood-policing', file])).stderr).toContain(expected);
    expect((await runInProcess(['validate', file])).stdout).toContain(expected);
    const batch = parse((await runInProcess(['batch', file, '--format', 'json'])).stdout);
    expect(batch.errors).toEqual([expect.objectContaining({ errorCount: 2 })]);
  });

  it('a framework that is far from every id lists the ids there are', async () => {
    const doc = hertfordshire();
    doc.framework = 'traffic-policing';
    const file = write('framework-far.json', JSON.stringify(doc, null, 2));
    const expected = 'no criteria for framework "traffic-policing" in criteria (available: child-abuse, cqc-saf-example, domestic-violence, missing-persons, neighbourhood-policing, peel-2021-example, performance-management, public-protection)';
    expect((await runInProcess(['neighbourhood-policing', file])).stderr).toContain(expected);
    expect((await runInProcess(['validate', file])).stdout).toContain(expected);
    expect((await runInProcess(['batch', file])).stdout).toContain(expected);
  });

  it('evidence for another framework that exists is still a framework mismatch', async () => {
    const run = await runInProcess(['child-abuse', EVIDENCE]);
    expect(run.stderr).toContain('the evidence is for framework "neighbourhood-policing", not "child-abuse" [framework-mismatch]');
  });
});
