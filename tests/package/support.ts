/**
 * What the package tests share: the packed package installed into a consumer project, as npm
 * would install it from the registry.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Packs the package (`npm pack`) and unpacks it into `work/node_modules/town-indicators`, then
 * writes the consumer's `package.json`.
 */
export function installPacked(work: string, consumer: Readonly<Record<string, unknown>>): void {
  const target = join(work, 'node_modules', 'town-indicators');
  mkdirSync(target, { recursive: true });
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const tarball = join(work, packed.split('\n').at(-1) ?? '');
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true, ...consumer }));
}
