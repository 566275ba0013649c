import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

interface Doc { findings: Array<{ criterion: string; status: string; evidence?: string[]; sources?: string[] }>; excellence?: unknown[] }

/** fixtures/cli/judged.json (a synthetic force) in a fresh folder, changed by `change`. */
function evidence(change: (doc: Doc) => void): { dir: string; file: string } {
  const doc = JSON.parse(readFileSync('fixtures/cli/judged.json', 'utf8')) as Doc & Record<string, unknown>;
  delete doc.$schema;
  change(doc);
  const dir = mkdtempSync(join(tmpdir(), 'grade-uncited-'));
  const file = join(dir, 'neighbourhood-policing.json');
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return { dir, file };
}

const uncite = (doc: Doc, id: string) => {
  const finding = doc.findings.find((f) => f.criterion === id)!;
  finding.status = 'met';
  delete finding.evidence;
  finding.sources = ['  '];
};

describe('a met finding that cites no evidence', () => {
  it('is a warning in grade, positioned at its status; the grade stands', async () => {
    const { file } = evidence((doc) => uncite(doc, 'NP-F3'));
    const run = await runInProcess(['neighbourhood-policing', file, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/neighbourhood-policing\.json:\d+:\d+: warning: NP-F3 is met but cites no evidence \[uncited-finding\]/);
    expect((JSON.parse(run.stdout) as { grade: string }).grade).toBe('fair');
  });

  it('is a warning in validate (and --max-warnings 0 fails on it)', async () => {
    const { file } = evidence((doc) => { uncite(doc, 'NP-F3'); doc.excellence = [{ factor: 'beacon', status: 'met' }]; });
    const run = await runInProcess(['validate', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('warning: NP-F3 is met but cites no evidence [uncited-finding]');
    expect(run.stdout).toContain('warning: excellence factor "beacon" is met but cites no evidence [uncited-finding]');
    expect((await runInProcess(['validate', file, '--max-warnings', '0'])).status).toBe(1);
  });

  it('is a warning in batch too: a batch runs the same checks', async () => {
    const { dir } = evidence((doc) => uncite(doc, 'NP-G2'));
    const run = await runInProcess(['batch', dir, '--forces', 'fixtures/batch/forces.yaml']);
    expect(run.stdout).toMatch(/Warnings \(1\)\n {2}uncited-finding \(1\): .*\n.*neighbourhood-policing\.json:\d+:\d+: warning: NP-G2 is met but cites no evidence \[uncited-finding\]/);
    const json = await runInProcess(['batch', dir, '--forces', 'fixtures/batch/forces.yaml', '--format', 'json']);
    const warnings = (JSON.parse(json.stdout) as { warnings: Array<{ code: string; message: string }> }).warnings;
    expect(warnings.filter((w) => w.code === 'uncited-finding').map((w) => w.message)).toEqual(['NP-G2 is met but cites no evidence']);
  });

  it('no warning for a finding that cites sources alone, or for a met finding not met', async () => {
    const { file } = evidence((doc) => {
      const f3 = doc.findings.find((f) => f.criterion === 'NP-F3')!;
      delete f3.evidence;
      f3.sources = ['Force self-assessment'];
      const g3 = doc.findings.find((f) => f.criterion === 'NP-G3')!;
      delete g3.evidence;
      delete g3.sources;
      g3.status = 'not-met';
    });
    expect((await runInProcess(['validate', file])).stdout).not.toContain('uncited-finding');
  });

  it('in evidence that fails its schema: read from what is readable, never said of evidence given in the wrong form', async () => {
    const { file } = evidence((doc) => {
      (doc as unknown as Record<string, unknown>).criteriaVersion = 7;
      (doc.findings[0] as unknown as Record<string, unknown>).evidence = 'a single text, not a list';
      uncite(doc, 'NP-F3');
    });
    const run = await runInProcess(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/\[uncited-finding\]/g)).toHaveLength(1);
    expect(run.stdout).toContain('NP-F3 is met but cites no evidence');
  });
});
