import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const NP = 'evidence/hertfordshire-2007/neighbourhood-policing.json';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function gradeWith(criteriaText: string | Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'grade-criteria-'));
  writeFileSync(join(dir, 'neighbourhood-policing.yaml'), criteriaText);
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
