import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { capPerFile, omittedLine, SHOWN_PER_FILE } from '../../src/render/diagnostic-cap.js';
import { githubCommands } from '../../src/render/github-commands.js';
import type { Problem } from '../../src/render/diagnostics.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const problem = (file: string, line: number): Problem => ({ code: 'duplicate-finding', severity: 'error', file, line, column: 1, message: `problem ${line}` });
const many = (file: string, n: number) => Array.from({ length: n }, (_, i) => problem(file, i + 1));

describe('capPerFile', () => {
  it('keeps the first of each file and counts the rest right after the last kept', () => {
    const capped = capPerFile([...many('a.json', 5), ...many('b.json', 2)], 3);
    expect(capped).toEqual([
      { problem: problem('a.json', 1) }, { problem: problem('a.json', 2) }, { problem: problem('a.json', 3) },
      { file: 'a.json', omitted: 2 },
      { problem: problem('b.json', 1) }, { problem: problem('b.json', 2) },
    ]);
  });

  it('counts a file whatever the order its problems come in', () => {
    const mixed = [problem('a', 1), problem('b', 1), problem('a', 2), problem('b', 2), problem('a', 3)];
    expect(capPerFile(mixed, 1)).toEqual([{ problem: problem('a', 1) }, { file: 'a', omitted: 2 }, { problem: problem('b', 1) }, { file: 'b', omitted: 1 }]);
  });

  it('adds nothing to a file of exactly the limit', () => {
    expect(capPerFile(many('a', SHOWN_PER_FILE))).toHaveLength(SHOWN_PER_FILE);
  });

  it('is linear: 200,000 problems of one file in one pass each', () => {
    const capped = capPerFile(many('big.json', 200_000));
    expect(capped).toHaveLength(SHOWN_PER_FILE + 1);
    expect(capped.at(-1)).toEqual({ file: 'big.json', omitted: 200_000 - SHOWN_PER_FILE });
  });

  it('says the count with separators, and how to see them all', () => {
    expect(omittedLine('big.json', 99_900, '--format json lists them all')).toBe('big.json: … and 99,900 more problems not shown (the first 100 are); --format json lists them all');
    expect(omittedLine('big.json', 1, 'x')).toBe('big.json: … and 1 more problem not shown (the first 100 are); x');
  });
});

describe('GitHub workflow commands', () => {
  it('give at most the cap of a file in the log, then a plain line counting the rest', () => {
    const out = githubCommands(many('big.json', 1000), 'grade validate', 'summary').split('\n');
    expect(out.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(out.filter((line) => /^big\.json:\d+:1: error: /.test(line))).toHaveLength(SHOWN_PER_FILE - 10);
    expect(out).toContain('big.json: … and 900 more problems not shown (the first 100 are); --format sarif or json lists them all');
    expect(out).toContain('::notice title=grade validate::90 more problems are not annotated (GitHub shows 10 of each kind per step): see the log');
  });
});

describe('grade test of a case whose evidence has thousands of problems', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'grade-diagnostic-cap-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const evidence = JSON.parse(readFileSync(join(ROOT, 'evidence/hertfordshire-2007/neighbourhood-policing.json'), 'utf8'));
  for (let i = 0; i < 2000; i++) evidence.findings.push({ criterion: 'NP-F1', status: 'met' });
  writeFileSync(join(scratch, 'np.json'), JSON.stringify(evidence));
  writeFileSync(join(scratch, 'np.test.yaml'), 'framework: neighbourhood-policing\ncases:\n  - name: flood\n    evidence: np.json\n    expect: { grade: good, rule: good }\n');

  it.each([['text', '--format json lists them all'], ['github', '--format sarif or json lists them all']])('%s shows the first and counts the rest', async (format, seeAll) => {
    const run = await runInProcess(['test', scratch, '--format', format]);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/a second finding for NP-F1/g)).toHaveLength(SHOWN_PER_FILE);
    expect(run.stdout).toContain(`${join(scratch, 'np.json')}: … and 1,900 more problems not shown (the first 100 are); ${seeAll}\n`);
  });

  it('json lists every one', async () => {
    const run = await runInProcess(['test', scratch, '--format', 'json']);
    expect(run.stdout.match(/a second finding for NP-F1/g)).toHaveLength(2000);
  });
});
