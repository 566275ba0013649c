import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, runCli } from '../helpers/cli.js';

/**
 * bin/grade.js hands the CLI the build's parses of the shipped criteria and registry
 * (dist/parsed): the loaders never look for them, so only the binary can show they are used.
 */
assertBuilt();
const NP = 'evidence/hertfordshire-2007/neighbourhood-policing.json';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function criteriaFolder(criteriaText: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'grade-criteria-'));
  writeFileSync(join(dir, 'neighbourhood-policing.yaml'), criteriaText);
  return dir;
}

function gradeWith(criteriaText: string | Buffer) {
  const dir = criteriaFolder(criteriaText);
  const run = runCli(['neighbourhood-policing', NP, '--criteria', dir, '--format', 'json']);
  return { run, result: run.status === 0 ? JSON.parse(run.stdout) : undefined, bytes: readFileSync(join(dir, 'neighbourhood-policing.yaml')) };
}

describe('the build-time parse of shipped criteria is used only for their exact bytes', () => {
  const shipped = readFileSync('criteria/neighbourhood-policing.yaml');

  it('an identical copy grades as the shipped file, with its sha256', () => {
    const { result, bytes } = gradeWith(shipped);
    expect(result.framework.sha256).toBe(sha256(bytes));
    expect(result.grade).toBe('good');
  });

  it('an edited copy is parsed afresh: its text and hash are the edited ones', () => {
    const edited = shipped.toString('utf8').replace(/text: >-\n(\s+)The force has dedicated/, 'text: >-\n$1EDITED. The force has dedicated');
    expect(edited).not.toBe(shipped.toString('utf8'));
    const { result, bytes } = gradeWith(edited);
    expect(result.framework.sha256).toBe(sha256(bytes));
    expect(result.criteria.find((c: { id: string }) => c.id === 'NP-F1').text).toMatch(/^EDITED\./);
  });

  it('the same text with a byte-order mark has its own hash', () => {
    const { result, bytes } = gradeWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), shipped]));
    expect(result.framework.sha256).toBe(sha256(bytes));
    expect(result.framework.sha256).not.toBe(sha256(shipped));
  });
});

describe('the binary starts without a YAML parser when the files are the shipped ones', () => {
  // Says on stderr, as the process ends, whether a YAML parser was ever loaded: the bundled one
  // (dist/yaml.cjs, read by bin/load-cli.js) or the package's.
  const probe = join(mkdtempSync(join(tmpdir(), 'grade-probe-')), 'yaml-probe.cjs');
  writeFileSync(probe, [
    "const fs = require('node:fs'); const read = fs.readFileSync; let bundled = false;",
    "fs.readFileSync = function (file, ...rest) { if (String(file).endsWith('/dist/yaml.cjs')) bundled = true; return read.call(this, file, ...rest); };",
    "process.on('exit', () => process.stderr.write('yaml loaded: ' + (bundled || Object.keys(require.cache).some((f) => f.includes('/node_modules/yaml/')))",
    "  + (Object.keys(require.cache).some((f) => f.includes('/node_modules/yaml/')) ? ' (node_modules)' : '') + '\\n'));",
  ].join('\n'));
  const run = (args: string[]) => spawnSync(process.execPath, ['-r', probe, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const shipped = readFileSync(join(ROOT, 'criteria/neighbourhood-policing.yaml'));

  it.each([
    ['grade', ['neighbourhood-policing', NP]],
    ['grade with a byte-identical copy', ['neighbourhood-policing', NP, '--criteria', criteriaFolder(shipped)]],
    ['batch (criteria and registry)', ['batch', 'fixtures/batch/small']],
    ['validate with no arguments (criteria, schemes and their test files)', ['validate']],
    ['test with no arguments', ['test']],
  ])('%s', (_name, args) => {
    const result = run(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('yaml loaded: false\n');
  });

  it('but parses an edited copy with it, the bundled one', () => {
    const edited = shipped.toString('utf8').replace('title: Neighbourhood Policing', 'title: Neighbourhood policing');
    expect(edited).not.toBe(shipped.toString('utf8'));
    const result = run(['neighbourhood-policing', NP, '--criteria', criteriaFolder(edited)]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('yaml loaded: true\n');
  });
});
