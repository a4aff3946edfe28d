/**
 * `npm run fuzz`: the fuzz suite of the reliability checks on the built package — 120,000 calls of
 * every exported function with hostile and careless values (tests/fuzz/harness.ts), the ESM and
 * the CommonJS build alternating (and those of `town-indicators/calculators` for its functions), half with a fixed seed and half with a random one (printed, to
 * replay: `FUZZ_SEED=… npm run fuzz`). Exits 1 when a call returns NaN or Infinity, throws anything
 * but a named `TownIndicatorsError` (or the caller's own error), changes an argument, takes more
 * than 1 s, or when a `safeParse*` throws. `npm test` runs a fixed slice of 6,000 calls.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { callOf, check, type FuzzFinding, functionsOf } from '../tests/fuzz/harness.js';

const CALLS = Number(process.env.FUZZ_CALLS ?? 120_000);
const FIXED_SEED = 20261201;
const randomSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const esm = (await import(new URL('../dist/index.js', import.meta.url).href)) as Record<
  string,
  unknown
>;
const cjs = createRequire(import.meta.url)('../dist/index.cjs') as Record<string, unknown>;
const builds = [
  { name: 'ESM', functions: new Map(functionsOf(esm)) },
  { name: 'CJS', functions: new Map(functionsOf(cjs)) },
];
const names = [...(builds[0]?.functions.keys() ?? [])];

const findings: (FuzzFinding & { build: string })[] = [];
let calls = 0;
const start = performance.now();
for (const seed of [FIXED_SEED, randomSeed]) {
  for (const call of fc.sample(callOf(names), { seed, numRuns: CALLS / 2 })) {
    // The root builds in turn, and the calculators entry for the names it exports.
    const calculators = builds[2 + (calls % 2)];
    const build =
      calls % 4 >= 2 && calculators?.functions.has(call.name) ? calculators : builds[calls % 2];
    const fn = build?.functions.get(call.name);
    calls += 1;
    if (fn === undefined || build === undefined) continue;
    for (const finding of check(fn, call)) findings.push({ ...finding, build: build.name });
  }
}
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(
  `fuzz: ${calls.toLocaleString('en')} calls of ${names.length} functions (root and calculators entries, ESM and CJS) in ${seconds} s; seeds ${FIXED_SEED} and ${randomSeed}`,
);
const byKind = new Map<string, (FuzzFinding & { build: string })[]>();
for (const finding of findings)
  byKind.set(finding.kind, [...(byKind.get(finding.kind) ?? []), finding]);
for (const [kind, list] of byKind) {
  console.log(`  ${kind}: ${list.length}`);
  for (const finding of list.slice(0, 5)) {
    console.log(`    ${finding.build} ${finding.name}: ${finding.detail}`);
  }
}
if (findings.length === 0) console.log('  no findings');
process.exitCode = findings.length === 0 ? 0 : 1;
