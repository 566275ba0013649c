import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const NP = 'evidence/hertfordshire-2007/neighbourhood-policing.json';
const base = JSON.parse(readFileSync(NP, 'utf8'));

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'grade-hostile-'));
}

/** Evidence for a synthetic force whose texts carry the given payload. */
function hostileEvidence(payload: string): string {
  const evidence = structuredClone(base);
  evidence.force = { id: 'synthetic-force-01', name: `Synthetic ${payload} Force` };
  evidence.findings[0].evidence = [payload];
  // An unmet Good criterion: its evidence and sources are quoted among the findings behind the grade.
  const g3 = evidence.findings.find((f: { criterion: string }) => f.criterion === 'NP-G3');
  g3.evidence = [`Seen: ${payload}`];
  g3.sources = [`Source ${payload}`];
  evidence.judgement = { grade: 'good', rationale: `Because ${payload}`, by: `HMI ${payload}` };
  return JSON.stringify(evidence);
}

const TERMINAL_PAYLOADS = [
  '\u001b[2J\u001b[H', // clear screen, cursor home
  '\u001b]0;pwned\u0007', // retitle the terminal (OSC)
  '\u001b[31mGrade: EXCELLENT\u001b[0m', // fake a coloured grade line
  '\u009b31m', // C1 CSI
  'line\r\nGrade: EXCELLENT', // carriage return to overwrite a line
  '\u202eTNELLECXE', // bidi override
];

describe('hostile evidence cannot take over a terminal', () => {
  it.each(TERMINAL_PAYLOADS.flatMap((payload) => [[payload, []], [payload, ['--show-evidence', '--width', '60']]]))('payload %j is neutralised in text output %j', async (payload, extra) => {
    const dir = scratch();
    const file = join(dir, 'evidence.json');
    writeFileSync(file, hostileEvidence(payload));
    const run = await runInProcess(['neighbourhood-policing', file, ...extra]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Source ');
    expect(run.stdout).not.toMatch(/[\u001b\u009b\u0007\r\u202e]/);
    expect(run.stdout.match(/^Grade: /gm)).toHaveLength(1);
  });

  it.each([
    ['grade', (file: string) => ['neighbourhood-policing', file, '--format', 'html', '--show-evidence']],
    ['report', (file: string) => ['report', file]],
    ['batch', (file: string) => ['batch', file, '--format', 'html']],
  ])('a bidirectional override cannot reverse what follows it in %s HTML', async (_name, args) => {
    const dir = scratch();
    const file = join(dir, 'evidence.json');
    writeFileSync(file, hostileEvidence('\u202eTNELLECXE \u2067isolated\u2069'));
    const run = await runInProcess(args(file));
    expect(run.stdout).toContain('Synthetic \\u{202e}TNELLECXE');
    expect(run.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it.each(['markdown', 'html'])('quoted evidence and sources are escaped in %s, with --show-evidence too', async (format) => {
    const dir = scratch();
    const file = join(dir, 'evidence.json');
    writeFileSync(file, hostileEvidence('<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>'));
    for (const extra of [[], ['--show-evidence']]) {
      const run = await runInProcess(['neighbourhood-policing', file, '--format', format, ...extra]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Source ');
      // Markdown escapes what would start HTML or a link; HTML escapes every tag.
      expect(run.stdout).not.toMatch(format === 'html' ? /<script>|<img/ : /(?<!\\)<script>|(?<!\\)<img|(?<!\\)\]\(javascript/);
    }
  });

  it('unknown keys and errors that quote hostile text are neutralised on stderr too', async () => {
    const dir = scratch();
    const file = join(dir, 'evidence.json');
    const evidence = structuredClone(base);
    evidence.findings[0].criterion = '\u001b]0;pwned\u0007NP-F1';
    writeFileSync(file, JSON.stringify(evidence));
    const run = await runInProcess(['neighbourhood-policing', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(run.stderr).toMatch(/unknown criterion/);
  });
});

describe('hostile files give a clear error, the right exit code and no stack trace', () => {
  const cases: Array<{ name: string; content: string | Buffer; code: string; args?: string[] }> = [
    { name: 'deeply nested arrays', content: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, code: 'nesting-too-deep' },
    { name: 'deep nesting with a syntax error', content: `${'{"a":'.repeat(50_000)}tru`, code: 'nesting-too-deep' },
    { name: 'invalid UTF-8', content: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), code: 'invalid-encoding' },
    { name: 'an empty file', content: '', code: 'syntax-error' },
    { name: 'a top-level scalar', content: '42', code: 'invalid-type' },
    { name: 'truncated JSON', content: readFileSync(NP, 'utf8').slice(0, 500), code: 'syntax-error' },
    { name: 'a file over the size limit', content: `{"x":"${'a'.repeat(2048)}"}`, code: 'file-too-large', args: ['--max-file-size', '1k'] },
    { name: 'a string of absurd length', content: JSON.stringify({ ...base, framework: 'x'.repeat(5_000_000) }), code: 'unknown-framework' },
    { name: 'a number of absurd length', content: JSON.stringify(base).replace('"findings"', `"n": ${'9'.repeat(100_000)}, "findings"`), code: 'unknown-key' },
    { name: 'constructor and prototype keys', content: JSON.stringify({ ...base, constructor: {}, prototype: {} }), code: 'unknown-key' },
  ];
  it.each(cases)('$name', async ({ content, code, args }) => {
    const dir = scratch();
    const file = join(dir, 'evidence.json');
    writeFileSync(file, content);
    const run = await runInProcess(['neighbourhood-policing', file, ...(args ?? [])]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`[${code}]`);
    expect(run.stderr).toMatch(/^\S+:\d+:\d+: error: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('raising --max-file-size lets a large file through', async () => {
    const dir = scratch();
    const file = join(dir, 'evidence.json');
    writeFileSync(file, JSON.stringify({ ...base, force: { id: 'synthetic-force-01', name: 'x'.repeat(20_000) } }));
    expect((await runInProcess(['neighbourhood-policing', file, '--max-file-size', '10k'])).status).toBe(1);
    expect((await runInProcess(['neighbourhood-policing', file, '--max-file-size', '1m'])).status).toBe(0);
  });
});

describe('nothing is lost', () => {
  it('--output is written atomically and leaves no temporary file', async () => {
    const dir = scratch();
    const out = join(dir, 'result.json');
    const run = await runInProcess(['neighbourhood-policing', NP, '--format', 'json', '--output', out]);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).grade).toBe('good');
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('a failed run leaves an existing output file as it was', async () => {
    const dir = scratch();
    const out = join(dir, 'result.json');
    writeFileSync(out, 'previous result\n');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    expect((await runInProcess(['neighbourhood-policing', bad, '--output', out])).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous result\n');
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'result.json']);
  });

  it('refuses to overwrite one of its own inputs', async () => {
    const dir = scratch();
    const input = join(dir, 'evidence.json');
    writeFileSync(input, readFileSync(NP));
    const run = await runInProcess(['neighbourhood-policing', input, '--output', input]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/one of the input files/);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(NP, 'utf8'));
  });

  it('an output that cannot be written is a usage error that says where, leaving no temp file', async () => {
    const dir = scratch();
    const locked = join(dir, 'locked');
    writeFileSync(join(dir, 'placeholder'), '');
    const run = await runInProcess(['neighbourhood-policing', NP, '--output', join(locked, 'result.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(locked, 'result.txt'));
    expect(existsSync(locked)).toBe(false);
  });

  it('an unreadable evidence file is a usage error', async () => {
    const dir = scratch();
    const file = join(dir, 'secret.json');
    writeFileSync(file, '{}');
    chmodSync(file, 0o000);
    const run = await runInProcess(['neighbourhood-policing', file]);
    // root can read anything; then the file is simply invalid evidence.
    expect([1, 2]).toContain(run.status);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('batch never loses or overwrites files', () => {
  function evidenceFolder(): string {
    const dir = scratch();
    const folder = join(dir, 'evidence');
    writeFileSync(join(dir, 'placeholder'), '');
    mkdirSync(folder);
    for (const name of ['child-abuse.json', 'missing-persons.json']) writeFileSync(join(folder, name), readFileSync(`fixtures/national-2007/synthetic-force-01/${name}`));
    return folder;
  }

  it.each(['csv', 'json'])('refuses an --output (%s) that is an evidence file in an input folder, leaving it whole', async (format) => {
    const folder = evidenceFolder();
    const target = join(folder, 'child-abuse.json');
    const before = readFileSync(target, 'utf8');
    const run = await runInProcess(['batch', folder, '--format', format, '--output', target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/inside the input folder/);
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(readdirSync(folder).sort()).toEqual(['child-abuse.json', 'missing-persons.json']);
  });

  it('a batch that cannot write its output exits non-zero and says where', async () => {
    const folder = evidenceFolder();
    const target = join(folder, '..', 'no-such-dir', 'grades.csv');
    const run = await runInProcess(['batch', folder, '--format', 'csv', '--output', target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('grades.csv');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
