import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonSource } from '../../src/evidence/json-source.js';
import type { LoadedEvidence } from '../../src/evidence/load.js';
import type { Evidence } from '../../src/evidence/model.js';
import { adoptRegisteredName, forceNamesOf } from '../../src/evidence/force-name.js';
import { runInProcess } from '../helpers/cli.js';

const HERTFORDSHIRE = 'evidence/hertfordshire-2007';
const FRAMEWORKS = ['child-abuse', 'domestic-violence', 'missing-persons', 'neighbourhood-policing', 'performance-management', 'public-protection'];

/** Hertfordshire's evidence files in a fresh folder, the force renamed in those listed. */
function spoofed(renamed: readonly string[], name = 'Kent Police', change: (doc: Record<string, unknown>) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'grade-force-names-'));
  for (const framework of FRAMEWORKS) {
    const doc = JSON.parse(readFileSync(join(HERTFORDSHIRE, `${framework}.json`), 'utf8')) as Record<string, unknown> & { force: { name: string } };
    delete doc.$schema;
    if (renamed.includes(framework)) { doc.force.name = name; change(doc); }
    writeFileSync(join(dir, `${framework}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  }
  return dir;
}

/** Evidence as loaded, for the parts adoptRegisteredName reads (the force, and the source to position in). */
function loadedOf(text: string): LoadedEvidence {
  const parsed = parseJsonSource(text, 'e.json');
  if (!parsed.ok) throw new Error('fixture should parse');
  return { file: 'e.json', evidence: parsed.value.data as Evidence, source: parsed.value };
}

const WARNING = 'warning: force "hertfordshire" is named "Kent Police" here, but the forces registry names it "Hertfordshire Constabulary"; the registry\'s name is used [force-name-mismatch]';

describe('a registered force id under another name', () => {
  it('adoptRegisteredName: a warning at force.name, and the registry\'s name', () => {
    const text = '{\n  "framework": "x",\n  "force": { "id": "hertfordshire", "name": "Kent Police" }\n}\n';
    const loaded = loadedOf(text);
    const names = forceNamesOf([{ id: 'hertfordshire', name: 'Hertfordshire Constabulary' }]);
    expect(adoptRegisteredName(loaded, names)).toMatchObject({ code: 'force-name-mismatch', severity: 'warning', file: 'e.json', line: 3, column: 45 });
    expect(loaded.evidence.force).toEqual({ id: 'hertfordshire', name: 'Hertfordshire Constabulary' });
    expect(adoptRegisteredName(loaded, names)).toBeUndefined();
  });

  it.each([
    ['the same name', 'Hertfordshire Constabulary', undefined],
    ['an unregistered id', undefined, undefined],
  ])('adoptRegisteredName: nothing for %s', (_name, registered, expected) => {
    const loaded = loadedOf('{"force": {"id": "hertfordshire", "name": "Hertfordshire Constabulary"}}');
    const names = forceNamesOf(registered ? [{ id: 'hertfordshire', name: registered }] : [{ id: 'kent', name: 'Kent Police' }]);
    expect(adoptRegisteredName(loaded, names)).toBe(expected);
    expect(adoptRegisteredName(loaded, undefined)).toBe(undefined);
  });

  it('adoptRegisteredName: a name in another Unicode normal form is the same name, and takes the registry\'s bytes', () => {
    const loaded = loadedOf(JSON.stringify({ force: { id: 'ynys-mon', name: 'Ynys Mo\u0302n' } }));
    expect(adoptRegisteredName(loaded, forceNamesOf([{ id: 'ynys-mon', name: 'Ynys M\u00f4n' }]))).toBeUndefined();
    expect(loaded.evidence.force.name).toBe('Ynys M\u00f4n');
  });

  it('grade: warns, exits 0, and names the force as the shipped registry does', async () => {
    const dir = spoofed(['neighbourhood-policing']);
    const file = join(dir, 'neighbourhood-policing.json');
    const text = await runInProcess(['neighbourhood-policing', file]);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe(`${file}:6:13: ${WARNING}\n`);
    expect(text.stdout).toContain('Neighbourhood Policing — Hertfordshire Constabulary (hertfordshire)');
    expect(text.stdout).not.toContain('Kent Police');
    const json = await runInProcess(['neighbourhood-policing', file, '--format', 'json']);
    expect(JSON.parse(json.stdout).force).toEqual({ id: 'hertfordshire', name: 'Hertfordshire Constabulary' });
  });

  it('grade: an unregistered force keeps its name, without a warning (as before)', async () => {
    const dir = spoofed(['neighbourhood-policing'], 'Somewhere Police', (doc) => { (doc.force as { id: string }).id = 'somewhere'; });
    const run = await runInProcess(['neighbourhood-policing', join(dir, 'neighbourhood-policing.json')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Somewhere Police (somewhere)');
  });

  it('report: warns, and the report names the force as the registry does', async () => {
    const dir = spoofed(FRAMEWORKS);
    const run = await runInProcess(['report', dir, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# Hertfordshire Constabulary: inspection report');
    expect(run.stdout).not.toContain('Kent Police');
    expect(run.stderr.split('\n').filter((line) => line.endsWith('[force-name-mismatch]'))).toHaveLength(6);
  });

  it('batch: one warning for the force, however many files; results and errors take the registry\'s name', async () => {
    const dir = spoofed(['child-abuse', 'missing-persons', 'public-protection'], 'Kent Police', (doc) => {
      if (doc.framework === 'public-protection') doc.framework = 'no-such-framework';
    });
    const run = await runInProcess(['batch', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as {
      results: Array<{ force: { name: string } }>; errors: Array<{ force?: { name: string } }>;
      warnings: Array<{ code: string; file: string; line: number; column: number; message: string }>;
    };
    expect(new Set(out.results.map((r) => r.force.name))).toEqual(new Set(['Hertfordshire Constabulary']));
    expect(out.errors.map((e) => e.force?.name)).toEqual(['Hertfordshire Constabulary']);
    const warnings = out.warnings.filter((w) => w.code === 'force-name-mismatch');
    expect(warnings).toEqual([expect.objectContaining({ file: join(dir, 'child-abuse.json'), line: 6, column: 13,
      message: 'force "hertfordshire" is named "Kent Police" here, but the forces registry names it "Hertfordshire Constabulary"; the registry\'s name is used (named by 3 files; this is the first)' })]);
    expect(run.stdout).not.toMatch(/"id": "hertfordshire",\s*"name": "Kent Police"/);
  });

  it('batch --forces: checked against the registry given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-force-names-'));
    mkdirSync(join(dir, 'evidence'));
    writeFileSync(join(dir, 'forces.yaml'), 'forces:\n  - { id: hertfordshire, name: Herts }\n');
    writeFileSync(join(dir, 'evidence', 'np.json'), readFileSync(join(HERTFORDSHIRE, 'neighbourhood-policing.json')));
    const run = await runInProcess(['batch', join(dir, 'evidence'), '--forces', join(dir, 'forces.yaml'), '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('hertfordshire,Herts,neighbourhood-policing');
    expect(run.stderr).toContain('names it "Herts"; the registry\'s name is used [force-name-mismatch]');
  });

  it('batch: an unknown force id is still a warning of its own', async () => {
    const dir = spoofed(['neighbourhood-policing'], 'Somewhere Police', (doc) => { (doc.force as { id: string }).id = 'somewhere'; });
    const run = await runInProcess(['batch', dir, '--format', 'json']);
    // Hertfordshire's CA-G2 and PP-G4 are dated after the period: warnings of their own.
    const warnings = (JSON.parse(run.stdout) as { warnings: Array<{ code: string }> }).warnings.map((w) => w.code).filter((c) => c !== 'date-outside-period');
    expect(warnings).toEqual(['unknown-force']);
  });
});
