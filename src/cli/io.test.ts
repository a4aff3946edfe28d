import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'town-indicators-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readInputFile', () => {
  it('reads UTF-8 text and drops a byte order mark', () => {
    expect(readInputFile(file('plain.json', '{"a":"镇"}'))).toBe('{"a":"镇"}');
    expect(readInputFile(file('bom.json', '\uFEFF{"a":1}'))).toBe('{"a":1}');
  });

  it('refuses a directory, an empty file and a binary file in one line each', () => {
    mkdirSync(join(dir, 'folder'));
    expect(() => readInputFile(join(dir, 'folder'))).toThrow('it is a directory, not a file');
    expect(() => readInputFile(file('empty.json', ''))).toThrow('it is empty');
    expect(() => readInputFile(file('binary.json', Buffer.from([0x7b, 0x00, 0x7d])))).toThrow(
      'it is a binary file, not text',
    );
  });

  it('refuses a file over the limit before reading it', () => {
    const big = file('big.json', 'x'.repeat(2048));
    expect(() => readInputFile(big, 1024)).toThrow(/more than the limit of 0 MiB/);
    expect(readInputFile(big, 4096)).toHaveLength(2048);
  });

  it('refuses a named pipe by its path instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => readInputFile(fifo)).toThrow(/not a regular file .*use - to read standard input/);
  });

  it('passes on what the system says of a missing file', () => {
    expect(() => readInputFile(join(dir, 'missing.json'))).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
  });
});
