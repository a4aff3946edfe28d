/**
 * The built command, as a user runs it: `node dist/cli.js …` (run after `npm run build`). The
 * bundle must carry its version, the embedded sample dataset and the library, and end bad input
 * with a message and exit code 2 rather than a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return cliWith(undefined, ...args);
}

function cliWith(
  input: string | undefined,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.js', () => {
  it('starts with a shebang, so that npm can link it as the town-indicators bin', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints the version of package.json', () => {
    expect(cli('--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('converts 116.7公顷 into 1750.5亩 (DOMAIN.md: 1 公顷 = 15 亩)', () => {
    expect(cli('convert', '116.7公顷', '亩')).toEqual({
      status: 0,
      stdout: '1750.5亩\n',
      stderr: '',
    });
  });

  it('reports on the embedded sample as JSON', () => {
    const { status, stdout, stderr } = cli('report', '--format', 'json');
    expect([status, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as {
      town: { id: string };
      rows: { indicator: string; subject: string | null; value: string | null }[];
    };
    expect(report.town.id).toBe('xx-city');
    // seed-claims A01: 40.3 / 60.3 = 0.668325…
    const social = report.rows.find(
      (r) => r.indicator === 'funding-share' && r.subject === 'xx-city-renovation/social-capital',
    );
    expect(social?.value?.slice(0, 8)).toBe('0.668325');
  });

  it('ends bad input with a message and exit code 2, without a stack trace', () => {
    const { status, stdout, stderr } = cli('report', '--town', 'nowhere');
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^town-indicators: townReport: options\.townId names no town/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reads a dataset from standard input with -, a byte order mark included', () => {
    const sample = readFileSync(
      new URL('../../examples/data/sample-dataset.json', import.meta.url),
      'utf8',
    );
    const { status, stdout, stderr } = cliWith(`\uFEFF${sample}`, 'audit', '-', '--locale', 'en');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/4 inconsistent/);
  });

  it('ends empty and non-JSON standard input with one line and exit 2', () => {
    for (const input of ['', 'not json']) {
      const { status, stderr } = cliWith(input, 'report', '-');
      expect(status).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(
        /^town-indicators: (cannot read standard input: it is empty|standard input is not valid JSON)/,
      );
    }
  });
});
