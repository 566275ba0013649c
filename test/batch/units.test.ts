import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeForTerminal } from '../../src/shared/sanitize.js';
import { WarningCollector, countGrades, missingForces, separateDuplicates } from '../../src/batch/aggregate.js';
import { computeMovement } from '../../src/batch/compare.js';
import { discoverEvidence } from '../../src/batch/discover.js';
import { defaultForcesFile, loadForcesFile, parseForces } from '../../src/batch/forces.js';
import type { BatchFramework, BatchResult } from '../../src/batch/model.js';
import { MIN_FILES_FOR_WORKERS, MIN_FILES_PER_WORKER, workerCount } from '../../src/batch/schedule.js';
import { createProgress } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/io.js';
import { csvField } from '../../src/shared/csv.js';
import type { Diagnostic } from '../../src/shared/diagnostics.js';
type Grade = string;
import { HMIC_2007 } from '../helpers/schemes.js';

const FRAMEWORKS: BatchFramework[] = [
  { id: 'np', title: 'NP', group: 'A', version: '1', scheme: 'hmic-2007', grades: HMIC_2007.grades },
  { id: 'ca', title: 'CA', group: 'B', version: '1', scheme: 'hmic-2007', grades: HMIC_2007.grades },
];

function result(force: string, framework: string, grade: Grade, file = `${force}/${framework}.json`): BatchResult {
  return { file, force: { id: force, name: force.toUpperCase() }, framework, grade, computedGrade: grade, judged: false,
    goodShare: 0.5, rule: 'fair', limiters: [], margin: null, direction: null, incomplete: false, missing: [], advisories: [] };
}

const scratch = mkdtempSync(join(tmpdir(), 'grade-batch-units-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the shipped forces registry', () => {
  it('lists the 43 forces of England and Wales with unique kebab-case ids', async () => {
    const loaded = await loadForcesFile(defaultForcesFile());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const ids = loaded.value.forces.map((f) => f.id);
    expect(ids).toHaveLength(43);
    expect(new Set(ids).size).toBe(43);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toEqual(expect.arrayContaining(['avon-and-somerset', 'metropolitan', 'dyfed-powys', 'city-of-london', 'hertfordshire', 'north-wales']));
    expect(loaded.value.forces.filter((f) => f.country === 'wales').map((f) => f.name)).toEqual(['Dyfed-Powys Police', 'Gwent Police', 'North Wales Police', 'South Wales Police']);
  });
});

describe('parseForces', () => {
  it.each([
    ['forces:\n  - { id: kent, name: Kent Police }\n  - { id: kent, name: Kent again }\n', 'duplicate-id', 3, 11],
    // Found by an independent check: two rows of one name in every summary.
    ['forces:\n  - { id: kent, name: Kent Police }\n  - { id: kent-2, name: Kent Police }\n', 'duplicate-name', 3, 25],
    ['forces:\n  - { id: a, name: "Caf\u00e9" }\n  - { id: b, name: "Cafe\u0301" }\n', 'duplicate-name', 3, 20],
    ['forces:\n  - { id: kent, nmae: Kent Police }\n', 'unknown-key', 2, 17],
    ['forces:\n  - { id: Kent Police, name: Kent Police }\n', 'invalid-value', 2, 11],
    ['- kent\n', 'invalid-type', 1, 1],
    ['forces: [\n', 'syntax-error', 2, 1],
  ])('%j gives %s at %i:%i', (text, code, line, column) => {
    const parsed = parseForces(text, 'registry.yaml');
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics.find((d) => d.code === code)).toMatchObject({ line, column, file: 'registry.yaml' });
  });

  it('suggests the key meant', () => {
    expect(parseForces('forces:\n  - { id: kent, nmae: Kent Police }\n', 'r.yaml').diagnostics.map((d) => d.message).join()).toMatch(/did you mean "name"/);
  });
});

describe('discoverEvidence', () => {
  const root = join(scratch, 'tree');
  for (const dir of ['b', 'a/deep', '.hidden', 'node_modules/pkg']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['b/2.json', 'b/1.json', 'a/deep/z.json', 'a/notes.txt', '.hidden/x.json', 'node_modules/pkg/package.json', 'a/UPPER.JSON']) {
    writeFileSync(join(root, file), '{}');
  }
  symlinkSync(join(root, 'missing.json'), join(root, 'a', 'broken.json'));
  symlinkSync(join(root, 'missing-dir'), join(root, 'a', 'broken-dir'));
  symlinkSync(root, join(root, 'b', 'loop'));
  symlinkSync(join(root, 'b'), join(root, 'linked-b'));
  mkdirSync(join(scratch, 'elsewhere'));
  writeFileSync(join(scratch, 'elsewhere', 'e.json'), '{}');
  symlinkSync(join(scratch, 'elsewhere'), join(root, 'c-linked'));

  it('finds *.json in sorted order, skipping hidden entries and node_modules, following links, each real file once', () => {
    const found = discoverEvidence([root]);
    // linked-b leads to b's own files, already found as b/1.json and b/2.json.
    expect(found.files.map((f) => f.slice(root.length + 1))).toEqual(['a/UPPER.JSON', 'a/deep/z.json', 'b/1.json', 'b/2.json', 'c-linked/e.json']);
  });

  it('reports a broken evidence link and a symbolic link loop as problems, not crashes', () => {
    const found = discoverEvidence([root]);
    expect(found.problems.map((p) => [p.file.slice(root.length + 1), p.code])).toEqual([
      ['a/broken.json', 'file-unreadable'],
      // Once: linked-b is b again, already searched, so its loop is not met a second time.
      ['b/loop', 'file-unreadable'],
    ]);
    expect(found.problems[1]?.message).toMatch(/symbolic link loop/);
  });

  it('walks each real folder once, however many links lead to it (folders that each link twice to the next)', () => {
    const chain = join(scratch, 'diamond');
    const depth = 40;
    for (let i = 0; i <= depth; i++) mkdirSync(join(chain, `d${i}`), { recursive: true });
    for (let i = 0; i < depth; i++) for (const name of ['a', 'b']) symlinkSync(join(chain, `d${i + 1}`), join(chain, `d${i}`, name));
    writeFileSync(join(chain, `d${depth}`, 'x.json'), '{}');
    // 2^40 paths lead to x.json: walked path by path, this never ends.
    const found = discoverEvidence([join(chain, 'd0')]);
    expect(found.files.map((f) => f.slice(chain.length + 1))).toEqual([`d0/${'a/'.repeat(depth)}x.json`]);
    expect(found.problems).toEqual([]);
  });

  it('takes named paths in the order given, a named file whatever its name, each file once, and a missing path as a problem', () => {
    const found = discoverEvidence([join(root, 'a/notes.txt'), join(root, 'a/deep/z.json'), join(root, 'a/deep'), join(root, 'nope')]);
    expect(found.files.map((f) => f.slice(root.length + 1))).toEqual(['a/notes.txt', 'a/deep/z.json']);
    expect(found.problems.map((p) => p.message)).toEqual(['no such file or directory']);
  });

  it('tells how many files it has found after each folder, so that workers can start during the walk', () => {
    const counts: number[] = [];
    const found = discoverEvidence([join(root, 'a')], (count) => counts.push(count));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    expect(counts.at(-1)).toBe(found.files.length);
  });

  it('keeps every file of folders side by side, none inside another, in the order given', () => {
    // Not b: its link back to the tree's root puts a/deep inside it.
    const found = discoverEvidence([join(root, '.hidden'), join(root, 'a', 'deep')]);
    const alone = [...discoverEvidence([join(root, '.hidden')]).files, ...discoverEvidence([join(root, 'a', 'deep')]).files];
    expect(found.files).toEqual(alone);
    expect(found.files.length).toBeGreaterThan(1);
  });

  it('names a file once however its paths are spelt: relative, with a trailing separator, through ..', () => {
    const rel = relative(process.cwd(), root);
    const spellings = [join(rel, 'a', 'deep'), `${join(rel, 'a', 'deep')}${sep}`, join(rel, 'a', '..', 'a', 'deep'), join(root, 'a', 'deep', 'z.json'), join(rel, 'a')];
    const found = discoverEvidence(spellings);
    const resolvedOnce = [...new Set(found.files.map((f) => resolve(f)))];
    expect(found.files.map((f) => resolve(f))).toEqual(resolvedOnce);
    expect(resolvedOnce).toContain(resolve(root, 'a', 'deep', 'z.json'));
    expect(found.files[0]).toBe(join(rel, 'a', 'deep', 'z.json'));
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', '\'=SUM(A1)'],
    ['+1', '\'+1'],
    ['-1', '\'-1'],
    ['@cmd', '\'@cmd'],
    ['\tx', '\'\tx'],
    ['=a,b', '"\'=a,b"'],
    ['\u001b[31mred', 'red'],
    [' =SUM(A1)', '\' =SUM(A1)'],
    ['\u00a0\u3000+1', '\'\u00a0\u3000+1'],
    ['\n=1', '"\'\n=1"'],
    ['\nplain', '"\'\nplain"'],
    ['\r\n@cmd', '"\'\n@cmd"'],
    [' plain', ' plain'],
    ['a=1', 'a=1'],
    ['\u200eRLM\u2028', '\\u{200e}RLM\\u{2028}'],
  ])('%j -> %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('takes its one-test shortcut only for fields the full rules leave as they are', () => {
    const slow = (value: string): string => {
      let text = sanitizeForTerminal(value);
      // A formula trigger first once whitespace is trimmed, or a tab, CR or LF first at all.
      if ('=+-@'.includes(text.trimStart().charAt(0) || '?') || ['\t', '\r', '\n'].includes(text.charAt(0))) text = `'${text}`;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const chars = fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', '\u001b', '\u0085', '\u202e', 'é', '’', '1',
      '\u00a0', '\u3000', '\u000b', '\u200e', '\u061c', '\u2028');
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((c) => c.join('')), (value) => {
      expect(csvField(value)).toBe(slow(value));
    }), { numRuns: 3000, seed: 5 });
  });
});

describe('aggregation', () => {
  it('makes every file of a duplicated force and framework an error naming the others', () => {
    const { unique, duplicates } = separateDuplicates([result('x', 'np', 'good', 'a.json'), result('x', 'np', 'fair', 'b.json'), result('x', 'ca', 'good')]);
    expect(unique.map((r) => r.framework)).toEqual(['ca']);
    expect(duplicates.map((d) => [d.file, d.diagnostic.code])).toEqual([['a.json', 'duplicate-evidence'], ['b.json', 'duplicate-evidence']]);
    expect(duplicates[0]?.diagnostic.message).toContain('b.json');
    expect(duplicates[1]?.diagnostic.message).toContain('a.json');
  });

  // n files for one force and framework, each naming all the others, made output and memory
  // grow as n²: 5,000 copies of one file wrote 395 MB to stderr.
  it('names at most three of the other files, and how many more, however many share a force and framework', () => {
    const files = Array.from({ length: 2000 }, (_, i) => `copies/f${String(i).padStart(4, '0')}.json`);
    const { duplicates } = separateDuplicates(files.map((file) => result('x', 'np', 'good', file)));
    expect(duplicates).toHaveLength(2000);
    expect(duplicates[0]?.diagnostic.message).toBe('force "x" has 2000 evidence files for framework "np": this one and copies/f0001.json, '
      + 'copies/f0002.json, copies/f0003.json and 1,996 more; none of them is counted');
    expect(duplicates[1]?.diagnostic.message).toContain('this one and copies/f0000.json, copies/f0002.json, copies/f0003.json and 1,996 more;');
    expect(Math.max(...duplicates.map((d) => d.diagnostic.message.length))).toBeLessThan(200);
  });

  it('names every other file when there are few', () => {
    const { duplicates } = separateDuplicates(['a.json', 'b.json', 'c.json', 'd.json'].map((file) => result('x', 'np', 'good', file)));
    expect(duplicates[3]?.diagnostic.message).toContain('this one and a.json, b.json, c.json; none');
  });

  it('counts final grades per framework, best first, with zeros', () => {
    const summary = countGrades(FRAMEWORKS, [result('x', 'np', 'good'), result('y', 'np', 'good'), result('z', 'np', 'poor')]);
    expect(summary).toEqual({ np: { excellent: 0, good: 2, fair: 0, poor: 1 }, ca: { excellent: 0, good: 0, fair: 0, poor: 0 } });
    expect(Object.keys(summary.np ?? {})).toEqual(['excellent', 'good', 'fair', 'poor']);
  });

  it('lists registered forces with no evidence; a failed file still counts as evidence', () => {
    const registry = { title: 'r', file: 'r.yaml', forces: [{ id: 'y', name: 'Y' }, { id: 'x', name: 'X' }, { id: 'z', name: 'Z' }] };
    const failed = { file: 'z.json', diagnostic: {} as Diagnostic, errorCount: 1, force: { id: 'z', name: 'Z' }, framework: 'ca' };
    expect(missingForces(FRAMEWORKS, registry, [result('x', 'np', 'good')], [failed])).toEqual({
      np: [{ id: 'y', name: 'Y' }, { id: 'z', name: 'Z' }],
      ca: [{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }],
    });
    expect(missingForces(FRAMEWORKS, null, [], [])).toEqual({});
  });

  it('keeps one unknown-force warning per force, at its first file, whatever the arrival order', () => {
    const warning = (file: string, force: string): Diagnostic => ({ code: 'unknown-force', severity: 'warning', message: `force "${force}"`, file, line: 6, column: 11 });
    const collector = new WarningCollector();
    for (const w of [warning('c.json', 'f'), warning('a.json', 'f'), warning('b.json', 'g')]) collector.add(w);
    expect(collector.list().map((w) => [w.file, w.message])).toEqual([
      ['a.json', 'force "f" (named by 2 files; this is the first)'],
      ['b.json', 'force "g"'],
    ]);
  });

  it('keeps a force-name mismatch apart from an unknown force of the same file', () => {
    const warning = (file: string, code: Diagnostic['code']): Diagnostic => ({ code, severity: 'warning', message: 'force "f"', file, line: 6, column: 11 });
    const collector = new WarningCollector();
    for (const w of [warning('c.json', 'unknown-force'), warning('a.json', 'unknown-force'), warning('d.json', 'force-name-mismatch')]) collector.add(w);
    expect(collector.list().map((w) => [w.file, w.code, w.message])).toEqual([
      ['a.json', 'unknown-force', 'force "f" (named by 2 files; this is the first)'],
      ['d.json', 'force-name-mismatch', 'force "f"'],
    ]);
  });
});

describe('computeMovement', () => {
  it('says per force and framework whether the grade improved, deteriorated, was stable or cannot be compared, and counts new ones', () => {
    const previous = { file: 'p.json', grades: [
      { force: 'x', framework: 'np', grade: 'fair' as Grade },
      { force: 'y', framework: 'np', grade: 'excellent' as Grade },
      { force: 'z', framework: 'np', grade: 'good' as Grade },
      { force: 'v', framework: 'np', grade: 'outstanding' as Grade },
      { force: 'gone', framework: 'np', grade: 'good' as Grade },
    ] };
    const movement = computeMovement(previous, FRAMEWORKS, [result('v', 'np', 'fair'), result('x', 'np', 'good'), result('y', 'np', 'fair'), result('z', 'np', 'good'), result('w', 'ca', 'poor')]);
    expect(movement.frameworks).toEqual({
      np: { improved: 1, stable: 1, deteriorated: 1, 'not-comparable': 1, new: 0 },
      ca: { improved: 0, stable: 0, deteriorated: 0, 'not-comparable': 0, new: 1 },
    });
    expect(movement.moves.map((m) => [m.force.id, m.previous, m.current, m.direction])).toEqual([
      ['v', 'outstanding', 'fair', 'not-comparable'], ['x', 'fair', 'good', 'improved'], ['y', 'excellent', 'fair', 'deteriorated'], ['z', 'good', 'good', 'stable'],
    ]);
  });
});

describe('progress bar', () => {
  const io = (tty: boolean) => {
    const written: string[] = [];
    const value: Io = { stdout: () => undefined, stderr: (t) => { written.push(t); }, env: {}, cwd: '/', stdoutIsTTY: false, stderrIsTTY: tty, columns: 80 };
    return { value, written };
  };

  it.each([[false, 5000], [true, 300]])('stays silent (stderr a terminal: %s, %i files)', (tty, total) => {
    const { value, written } = io(tty);
    const bar = createProgress(value, total);
    for (let i = 1; i <= total; i++) bar.update(i, total);
    bar.finish();
    expect(written).toEqual([]);
  });

  it('draws on a terminal for a long run, at most once per percent, and erases itself', () => {
    const { value, written } = io(true);
    const bar = createProgress(value, 1000);
    for (let i = 1; i <= 1000; i++) bar.update(i, 1000);
    bar.finish();
    expect(written.length).toBeLessThanOrEqual(102);
    expect(written.at(-2)).toMatch(/\r.*1000\/1000 files$/);
    expect(written.at(-1)).toBe('\r\u001b[K');
  });
});

describe('workerCount', () => {
  it.each([
    [10, 2, 0], [MIN_FILES_FOR_WORKERS - 1, 2, 0], [MIN_FILES_FOR_WORKERS, 2, 2], [MIN_FILES_FOR_WORKERS, 1, 1],
    [MIN_FILES_PER_WORKER * 3 - 1, 8, 2], [100_000, 1, 1], [100_000, 2, 2], [100_000, 8, 8],
  ])('%i files with --jobs %i: %i worker threads', (files, jobs, workers) => {
    expect(workerCount(files, jobs)).toBe(workers);
  });
});
