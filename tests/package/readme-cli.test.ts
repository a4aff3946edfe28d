/**
 * Every `npx town-indicators …` line of README.md, run as a new user runs it in a clone after the
 * README's own set-up (`npm ci`, `npm run build`): through npx, from the repository's root. A
 * line whose comment says `exit 1` must end with 1; every other line with 0. Files the lines name
 * must exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((block) => (block[1] ?? '').split('\n'))
  .filter((line) => line.startsWith('npx town-indicators'))
  .map((line) => {
    const [command = '', comment = ''] = line.split(/\s+#\s+/, 2);
    return { command: command.trim(), exit: /\bexit 1\b/.test(comment) ? 1 : 0 };
  });

describe('the command lines of README.md', () => {
  it('has command lines to run', () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
  });

  it.each(commands.map((c) => [c.command, c] as const))('%s', (_, { command, exit }) => {
    for (const word of command.split(/\s+/).filter((w) => w.endsWith('.json'))) {
      expect(existsSync(join(root, word)), `${word} exists`).toBe(true);
    }
    const result = spawnSync('sh', ['-c', `${command.replace(/^npx /, 'npx --no-install ')}`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(exit);
    expect(result.stdout.length).toBeGreaterThan(0);
  });
});
