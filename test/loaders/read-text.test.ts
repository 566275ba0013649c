import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileBytesSync, readTextFileSync, readTextFileSync as readText } from '../../src/io/read-text.js';

const scratch = mkdtempSync(join(tmpdir(), 'grade-read-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readTextFileSync', () => {
  it('reads UTF-8 text, dropping a byte-order mark', () => {
    expect(readTextFileSync(file('plain.json', '{"a": "café ’"}'))).toEqual({ ok: true, value: '{"a": "café ’"}', diagnostics: [] });
    expect(readTextFileSync(file('bom.json', '\uFEFF{}'))).toEqual({ ok: true, value: '{}', diagnostics: [] });
  });

  it('keeps a replacement character that is really in the file', () => {
    expect(readTextFileSync(file('replacement.json', '{"a": "\uFFFD"}'))).toEqual({ ok: true, value: '{"a": "\uFFFD"}', diagnostics: [] });
  });

  it('refuses invalid UTF-8 at the first bad byte, which the fast reader would have replaced', () => {
    const read = readTextFileSync(file('latin1.json', Buffer.from('{\n  "a": "caf\xe9"\n}', 'latin1')));
    expect(read.ok).toBe(false);
    expect(read.diagnostics[0]).toMatchObject({ code: 'invalid-encoding', line: 2, column: 12 });
    expect(read.diagnostics[0]?.message).toMatch(/byte 0xe9 at offset 13/);
  });

  it.each([
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('positions %s at its first byte, not at the end of the file', (_name, bad) => {
    const bytes = Buffer.concat([Buffer.from('{\n  "a": "'), Buffer.from(bad), Buffer.from('"\n}\n' + ' '.repeat(100))]);
    const read = readTextFileSync(file('bad-utf8.json', bytes));
    expect(read.diagnostics[0]).toMatchObject({ code: 'invalid-encoding', line: 2, column: 9 });
    expect(read.diagnostics[0]?.message).toContain(`byte 0x${(bad[0] ?? 0).toString(16)} at offset 10`);
  });

  // A batch's files come from the folder walk, which has seen each as a regular file: those are
  // read without an fstat when they fit the reused buffer, and must read the same either way.
  it.each([['as any path', {}], ['as a file the walk has seen', { seenRegular: true }]])('reads files of any size through its reused buffer, large ones and small ones after them, %s', (_how, options) => {
    const readTextFileSync = (path: string, max?: number) => readText(path, max, options);
    const sizes = [10, 70_000, 2_000_000, 5, 65_536, 65_535, 131_072];
    for (const size of sizes) {
      const text = `"${'é’a'.repeat(size)}"`;
      expect(readTextFileSync(file(`size-${size}.json`, text))).toEqual({ ok: true, value: text, diagnostics: [] });
    }
    // Around the reused buffer's size (256 KiB), longest first, so that a shorter file read after a
    // longer one would show any of the longer one's bytes left behind.
    for (const bytes of [262_145, 262_144, 262_143, 262_142, 3, 0]) {
      const text = 'x'.repeat(Math.max(0, bytes - 2)).padStart(bytes - 1, '"') + (bytes > 0 ? '"' : '');
      expect(text).toHaveLength(bytes);
      expect(readTextFileSync(file(`bytes-${bytes}.json`, text))).toEqual({ ok: true, value: text, diagnostics: [] });
      expect(readTextFileSync(file(`limit-${bytes}.json`, text), Math.max(0, bytes - 1)).ok).toBe(bytes === 0);
    }
  });

  // A file in /proc says it is 0 bytes long, as a file being appended to says less than it will
  // hold: the limit must hold for what is read, not only for the size `fstat` gave.
  it.runIf(existsSync('/proc/self/maps'))('refuses a file that holds more than the limit whatever size it claims', () => {
    const seen = { seenRegular: true };
    for (const read of [readTextFileSync('/proc/self/maps', 100), readFileBytesSync('/proc/self/maps', 100),
      readTextFileSync('/proc/self/maps', 100, seen), readFileBytesSync('/proc/self/maps', 100, () => Buffer.alloc(1024), seen)]) {
      expect(read.ok).toBe(false);
      expect(read.diagnostics[0]).toMatchObject({ code: 'file-too-large' });
      expect(read.diagnostics[0]?.message).toMatch(/more than the limit of 100 bytes \(raise it with --max-file-size\)/);
    }
    expect(readTextFileSync('/proc/self/maps').ok).toBe(true);
  });

  it.each([['as any path', {}], ['as a file the walk has seen', { seenRegular: true }]])('refuses a file over the limit (saying its size), a folder and a missing file, %s', (_how, options) => {
    const big = readText(file('big.json', 'x'.repeat(100)), 99, options).diagnostics[0];
    expect(big).toMatchObject({ code: 'file-too-large', message: 'the file is 100 bytes, over the limit of 99 bytes (raise it with --max-file-size)' });
    const huge = readText(file('huge.json', 'x'.repeat(300_000)), 299_999, options).diagnostics[0];
    expect(huge).toMatchObject({ code: 'file-too-large', message: expect.stringContaining('the file is 300000 bytes') });
    expect(readText(file('limit.json', 'x'.repeat(99)), 99, options).ok).toBe(true);
    mkdirSync(join(scratch, 'folder.json'), { recursive: true });
    expect(readText(join(scratch, 'folder.json'), undefined, options).diagnostics[0]).toMatchObject({ code: 'file-unreadable', message: 'is a directory, not a file' });
    expect(readText(join(scratch, 'missing.json'), undefined, options).diagnostics[0]).toMatchObject({ code: 'file-unreadable', message: 'no such file or directory' });
  });

  // Swapped for a FIFO between the walk and the read: no fstat refuses it, but the non-blocking
  // open and read return at once (no writer: nothing to read), as a file emptied meanwhile would.
  it.runIf(process.platform !== 'win32')('never waits on a FIFO, even one taken for a regular file', () => {
    const fifo = join(scratch, 'swapped.json');
    execFileSync('mkfifo', [fifo]);
    expect(readText(fifo).diagnostics[0]).toMatchObject({ code: 'file-unreadable', message: 'not a regular file (a FIFO); not read' });
    expect(readText(fifo, undefined, { seenRegular: true })).toEqual({ ok: true, value: '', diagnostics: [] });
  });
});
