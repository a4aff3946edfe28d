/**
 * src/entries/core.ts re-exports every module of the core layers: the build bundles it into
 * dist/core.js, and every import of a core module from the layers above is rewritten to it, so a
 * module missing here would be missing at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    const isModule =
      /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$|\.testing\.ts$/.test(entry.name);
    return isModule && entry.name !== 'index.ts' ? [relative(src, path)] : [];
  });
}

describe('the core entry', () => {
  it('re-exports every module of numbers, units, periods, calculators and audit, and errors', () => {
    const core = ['numbers', 'units', 'periods', 'calculators', 'audit']
      .flatMap((dir) => modules(join(src, dir)))
      .filter((path) => path !== 'periods/dateFns.ts')
      .concat('errors.ts')
      .map((path) => `../${path.replace(/\.ts$/, '.js')}`)
      .sort();
    const listed = [
      ...readFileSync(join(src, 'entries/core.ts'), 'utf8').matchAll(/from '([^']+)'/g),
    ]
      .map((m) => m[1])
      .sort();
    expect(listed).toEqual(core);
  });
});
