import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePreviousBatch } from '../../src/batch/compare.js';
import { runInProcess } from '../helpers/cli.js';

const result = (file: string, force: string, framework: string, grade = 'fair') =>
  `    { "file": "${file}", "force": { "id": "${force}", "name": "F" }, "framework": { "id": "${framework}" }, "grade": "${grade}", "computedGrade": "${grade}" }`;
const batch = (version: string, results: string[]) =>
  `{\n  "schemaVersion": ${version},\n  "summary": {},\n  "results": [\n${results.join(',\n')}\n  ],\n  "errors": [],\n  "missing": {}\n}\n`;

describe('--compare reads only a batch output it can trust', () => {
  it('reads one result per force and framework of schemaVersion 1', () => {
    const loaded = parsePreviousBatch(batch('1', [result('a.json', 'synthetic-force-01', 'child-abuse'), result('b.json', 'synthetic-force-01', 'missing-persons')]), 'prev.json');
    expect(loaded.ok && loaded.value.grades).toEqual([
      { force: 'synthetic-force-01', name: 'F', framework: 'child-abuse', grade: 'fair' }, { force: 'synthetic-force-01', name: 'F', framework: 'missing-persons', grade: 'fair' }]);
  });

  it('refuses two results for one force and framework, naming both, at the second', () => {
    const loaded = parsePreviousBatch(batch('1', [result('a.json', 'synthetic-force-01', 'child-abuse'), result('b.json', 'synthetic-force-02', 'child-abuse'),
      result('c.json', 'synthetic-force-01', 'child-abuse', 'good')]), 'prev.json');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics).toEqual([{ code: 'duplicate-result', severity: 'error', file: 'prev.json', line: 7, column: 5,
      message: 'the results for "c.json" and "a.json" are both for force "synthetic-force-01" and framework "child-abuse": a batch has one result for each' }]);
  });

  it.each(['2', '99', '1000000'])('refuses schemaVersion %s, at its value', (version) => {
    const loaded = parsePreviousBatch(batch(version, []), 'prev.json');
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics).toEqual([{ code: 'invalid-value', severity: 'error', file: 'prev.json', line: 2, column: 20,
      message: `schemaVersion ${version} is not one this grade reads (it reads the batch output of schemaVersion 1)` }]);
  });

  it('says a later schemaVersion, not what its shape lacks', () => {
    const loaded = parsePreviousBatch('{\n  "schemaVersion": 2,\n  "results": []\n}\n', 'prev.json');
    expect(loaded.diagnostics).toEqual([{ code: 'invalid-value', severity: 'error', file: 'prev.json', line: 2, column: 20,
      message: 'schemaVersion 2 is not one this grade reads (it reads the batch output of schemaVersion 1)' }]);
  });

  it.each([['0', 'schemaVersion must be at least 1'], ['1.5', 'schemaVersion must be a whole number, not 1.5'], ['"1"', 'schemaVersion must be a whole number, not the text "1"']])(
    'refuses schemaVersion %s by the schema', (version, message) => {
      const loaded = parsePreviousBatch(batch(version, []), 'prev.json');
      expect(loaded.ok).toBe(false);
      expect(loaded.diagnostics[0]?.message).toContain(message);
    });

  it('reads back what grade batch --format json writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-compare-'));
    const previous = join(dir, 'previous.json');
    const args = ['batch', 'fixtures/batch/small', '--forces', 'fixtures/batch/forces.yaml', '--format', 'json'];
    const first = await runInProcess([...args, '--output', previous]);
    expect(first.status).toBe(0);
    expect(parsePreviousBatch(readFileSync(previous, 'utf8'), previous).ok).toBe(true);
    const second = await runInProcess([...args, '--compare', previous]);
    expect(second.status).toBe(0);
  });

  it('grade batch --compare exits 1 with the positioned error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-compare-'));
    const previous = join(dir, 'previous.json');
    writeFileSync(previous, batch('1', [result('a.json', 'synthetic-force-01', 'child-abuse'), result('c.json', 'synthetic-force-01', 'child-abuse')]));
    const run = await runInProcess(['batch', 'fixtures/batch/small', '--compare', previous]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${previous}:6:5: error: the results for "c.json" and "a.json" are both for force "synthetic-force-01" and framework "child-abuse"`);
  });
});
