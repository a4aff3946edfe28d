/**
 * Benchmark: the library's overhead against the bare decimal.js expression at the same settings.
 *
 * Fixed workload: 2,000 input pairs (seeded, reproducible), each timed sample runs every pair
 * through the function; 31 samples after 5 warm-up samples; the median per call is reported.
 * Usage: `npm run bench` (add `-- --check` to exit 1 when a ratio exceeds the 1.3× budget).
 */
import { averageAnnualGrowth, Decimal, growthRate, share } from '../src/index.js';

const PAIRS = 2_000;
const SAMPLES = 31;
const WARM_UP = 5;
const BUDGET = 1.3;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = seededRandom(20_111_231);
const previous: string[] = [];
const current: string[] = [];
const years: number[] = [];
for (let i = 0; i < PAIRS; i += 1) {
  previous.push((1 + random() * 999).toFixed(2));
  current.push((1 + random() * 999).toFixed(2));
  years.push(1 + Math.floor(random() * 15));
}

let sink: unknown;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timePerCall(run: (i: number) => unknown): number {
  const samples: number[] = [];
  for (let s = 0; s < WARM_UP + SAMPLES; s += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < PAIRS; i += 1) sink = run(i);
    const elapsed = Number(process.hrtime.bigint() - start) / PAIRS;
    if (s >= WARM_UP) samples.push(elapsed);
  }
  return median(samples);
}

const one = new Decimal(1);
const cases = [
  {
    name: 'growthRate',
    library: (i: number) => growthRate(previous[i] as string, current[i] as string),
    bare: (i: number) => new Decimal(current[i] as string).div(previous[i] as string).minus(1),
  },
  {
    name: 'share',
    library: (i: number) => share(previous[i] as string, current[i] as string),
    bare: (i: number) => new Decimal(previous[i] as string).div(current[i] as string),
  },
  {
    name: 'averageAnnualGrowth',
    library: (i: number) =>
      averageAnnualGrowth(previous[i] as string, current[i] as string, years[i] as number),
    bare: (i: number) =>
      new Decimal(current[i] as string)
        .div(previous[i] as string)
        .pow(one.div(years[i] as number))
        .minus(1),
  },
] as const;

let failed = false;
const rows = cases.map(({ name, library, bare }) => {
  // Interleave to spread machine noise evenly over both sides.
  const libraryTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    bareTimes.push(timePerCall(bare));
    libraryTimes.push(timePerCall(library));
  }
  const lib = median(libraryTimes);
  const raw = median(bareTimes);
  const ratio = lib / raw;
  if (ratio > BUDGET) failed = true;
  return {
    function: name,
    'library ns/call (median)': Math.round(lib),
    'bare decimal.js ns/call (median)': Math.round(raw),
    ratio: Number(ratio.toFixed(3)),
    [`within ${BUDGET}×`]: ratio <= BUDGET ? 'yes' : 'NO',
  };
});

console.log(
  `town-indicators bench: ${PAIRS} inputs × ${SAMPLES} samples (median), node ${process.version}`,
);
console.table(rows);
if (sink === undefined) console.log('(no result)');
if (failed && process.argv.includes('--check')) process.exit(1);
