/**
 * Benchmark: what importing the library adds to a process's start, measured in fresh processes
 * on the built package (`dist/`): the time of `import` (ESM) and `require` (CJS) of an entry,
 * against importing decimal.js alone. Budget: the calculators entry adds at most 15 ms.
 *
 * Fixed workload: 15 fresh `node` processes per entry and format, each timing its one import
 * with `performance.now()`; medians. Usage: `npm run bench` (builds first), or
 * `npx tsx bench/startup.ts` after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = 15;
const BUDGET_MS = 15;
const root = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(`${root}dist/index.js`)) {
  console.log('startup bench: no dist/ — run `npm run build` first');
  process.exit(1);
}

const targets = {
  'decimal.js alone': 'decimal.js',
  'town-indicators/calculators': `${root}dist/entries/calculators`,
  'town-indicators (root)': `${root}dist/index`,
} as const;

function timeOnce(format: 'esm' | 'cjs', specifier: string): number {
  const script =
    format === 'esm'
      ? `const t=performance.now();await import(${JSON.stringify(specifier.startsWith('/') ? `${specifier}.js` : specifier)});console.log(performance.now()-t)`
      : `const t=performance.now();require(${JSON.stringify(specifier.startsWith('/') ? `${specifier}.cjs` : specifier)});console.log(performance.now()-t)`;
  const args = format === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script];
  return Number(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim());
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

let failed = false;
const rows = (['esm', 'cjs'] as const).flatMap((format) => {
  const times = Object.fromEntries(
    Object.entries(targets).map(([name, specifier]) => {
      const samples: number[] = [];
      // Interleaving would share a warm file cache anyway; one warm-up run per target.
      timeOnce(format, specifier);
      for (let i = 0; i < RUNS; i += 1) samples.push(timeOnce(format, specifier));
      return [name, median(samples)];
    }),
  );
  const base = times['decimal.js alone'] ?? 0;
  return Object.entries(times).map(([name, ms]) => {
    const added = ms - base;
    if (name === 'town-indicators/calculators' && added > BUDGET_MS) failed = true;
    return {
      format,
      entry: name,
      'import ms (median)': Number(ms.toFixed(1)),
      'added to decimal.js ms': Number(added.toFixed(1)),
    };
  });
});
console.log(`import time in fresh processes, ${RUNS} runs each (node ${process.version})`);
console.table(rows);
console.log(
  `budget: the calculators entry adds ≤ ${BUDGET_MS} ms — ${failed ? 'EXCEEDED' : 'met'}`,
);
if (failed && process.argv.includes('--check')) process.exit(1);
