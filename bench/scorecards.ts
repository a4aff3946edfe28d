/**
 * Benchmark: scoring 40,000 towns on a 50-item 考核 scorecard (DESIGN.md §11; budget ≤ 2 s).
 *
 * Fixed workload, modelled on the shipped scorecards (examples/data/scorecards/): 5 categories of
 * 10 items, capped: 20 thresholds (8 rates, 6 areas in 平方米 against data in 公顷, 6 counts), 8
 * tier ladders, 5 any-of rules (a level or a growth: "达70%或较上年增长10%"), 3 proportional
 * rules on money, 4 penalties (2 on a growth), 10 manual items. The data is what a table export
 * gives once read: JS numbers, Quantities and `{ previous, current }` pairs, one datum in 20
 * missing. Timed: `scoreTowns` (totals, categories, caps, penalties, ranks, warnings), median of
 * 7 runs after a warm-up; then reading every item of every town (items are made when first read),
 * and, on 4,000 towns, the same data as report text ('96.2%', '0.0016公顷'). It runs the built
 * package, dist/.
 * Usage: `npm run bench`, which compiles this file with esbuild and runs it on plain node, as a
 * user's program runs (under tsx the same runs are 5–10 % slower).
 */
import type { ScoreData } from '../src/index.js';

// The built package (`npm run bench` builds it first), typed by its source.
const built = '../dist/index.js';
const { parseScorecard, quantity, scoreTowns }: typeof import('../src/index.js') = await import(
  built
);

const TOWNS = Number(process.env.TOWNS ?? 40_000);
const RUNS = 7;
const BUDGET_MS = 2_000;

type Kind =
  | 'rate'
  | 'area'
  | 'count'
  | 'tiers'
  | 'any'
  | 'proportional'
  | 'penalty'
  | 'penalty-growth'
  | 'manual';

const KINDS: readonly Kind[] = [
  ...Array<Kind>(8).fill('rate'),
  ...Array<Kind>(6).fill('area'),
  ...Array<Kind>(6).fill('count'),
  ...Array<Kind>(8).fill('tiers'),
  ...Array<Kind>(5).fill('any'),
  ...Array<Kind>(3).fill('proportional'),
  ...Array<Kind>(2).fill('penalty'),
  ...Array<Kind>(2).fill('penalty-growth'),
  ...Array<Kind>(10).fill('manual'),
];

function ruleOf(kind: Kind): object {
  switch (kind) {
    case 'rate':
      return { type: 'threshold', op: '>=', value: '95%' };
    case 'area':
      return { type: 'threshold', op: '>=', value: '15平方米' };
    case 'count':
      return { type: 'threshold', op: '>=', value: '3个' };
    case 'tiers':
      return {
        type: 'tiers',
        tiers: [
          { op: '<=', value: 15, points: 1 },
          { op: '<=', value: 30, points: 0.6 },
        ],
      };
    case 'any':
      return {
        type: 'any',
        rules: [
          { type: 'threshold', op: '>=', value: '70%' },
          { type: 'threshold', op: '>=', value: '10%', measure: 'growth' },
        ],
      };
    case 'proportional':
      return { type: 'proportional', full: '100亿元' };
    case 'penalty':
      return { type: 'penalty', op: '<', value: 0, points: 0.5 };
    case 'penalty-growth':
      return { type: 'penalty', op: '<', value: '0%', points: 0.5 };
    default:
      return { type: 'manual' };
  }
}

const items = KINDS.map((kind, index) => ({
  id: `item-${index}`,
  name: `指标${index}`,
  ...(kind === 'manual' ? {} : { indicator: `indicator-${index}` }),
  ...(kind === 'penalty-growth' ? { measure: 'growth' } : {}),
  points: kind === 'penalty' || kind === 'penalty-growth' ? 0.5 : 1,
  rule: ruleOf(kind),
}));
// Interleave the kinds over the 5 categories, as real tables mix them.
const categories = [0, 1, 2, 3, 4].map((c) => ({
  id: `category-${c}`,
  name: `类别${c}`,
  maxPoints: 7,
  items: items.filter((_, index) => index % 5 === c),
}));
const scorecard = parseScorecard({ id: 'bench', name: '基准考核表', passMark: 20, categories });

function datumOf(kind: Kind, town: number, item: number, asText: boolean): unknown {
  const k = (town * 31 + item * 7) % 100;
  switch (kind) {
    case 'rate':
      return asText ? `${90 + k / 10}%` : 0.9 + k / 1000;
    case 'area':
      return asText
        ? `${(10 + k / 10) / 10000}公顷`
        : quantity(String((10 + k / 10) / 10000), '公顷');
    case 'count':
      return asText ? `${k % 6}个` : k % 6;
    case 'tiers':
      return asText ? String(k / 2) : k / 2;
    case 'any':
      return asText
        ? { previous: `${50 + (k % 20)}%`, current: `${55 + (k % 25)}%` }
        : { previous: 0.5 + (k % 20) / 100, current: 0.55 + (k % 25) / 100 };
    case 'proportional':
      return asText ? `${k * 1.5}亿元` : quantity(String(k * 1.5), '亿元');
    case 'penalty':
      return asText ? String(k - 10) : k - 10;
    case 'penalty-growth':
      return asText
        ? { previous: '100', current: String(95 + k / 10) }
        : { previous: 100, current: 95 + k / 10 };
    default:
      return (k % 3) / 2;
  }
}

function dataOf(towns: number, asText: boolean): ScoreData {
  const data: Record<string, Record<string, unknown>> = {};
  for (let t = 0; t < towns; t += 1) {
    const row: Record<string, unknown> = {};
    KINDS.forEach((kind, i) => {
      if ((t + i) % 20 === 0) return; // one datum in 20 missing
      const item = items[i];
      if (item === undefined) return;
      row[item.indicator ?? item.id] = datumOf(kind, t, i, asText);
    });
    data[`town-${t}`] = row;
  }
  return data as ScoreData;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time<T>(run: () => T): [number, T] {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

const data = dataOf(TOWNS, false);
scoreTowns(scorecard, dataOf(1_000, false)); // warm-up
const times: number[] = [];
let last: ReturnType<typeof scoreTowns> | undefined;
for (let run = 0; run < RUNS; run += 1) {
  last = undefined; // let the previous result go before the next run
  // Each run starts from a collected heap (run with --expose-gc), as a single call would.
  (globalThis as { gc?: () => void }).gc?.();
  const [ms, result] = time(() => scoreTowns(scorecard, data));
  times.push(ms);
  last = result;
}
const scored = median(times);
const [readMs, itemCount] = time(() => {
  let count = 0;
  for (const town of last?.towns ?? []) count += town.items.length;
  return count;
});
const text = dataOf(4_000, true);
const [textMs] = time(() => scoreTowns(scorecard, text));

const top = last?.towns.find((town) => town.rank === 1);
console.log(
  `scoreTowns: ${TOWNS.toLocaleString('en')} towns × ${items.length} items: median ${scored.toFixed(0)} ms of ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(', ')}); budget ${BUDGET_MS} ms: ${scored <= BUDGET_MS ? 'within' : 'OVER'}`,
);
console.log(
  `  then reading all ${itemCount.toLocaleString('en')} items: ${readMs.toFixed(0)} ms; warnings: ${last?.warnings.length.toLocaleString('en')}; top total ${top?.total.toString()} (${top?.townId})`,
);
console.log(`  4,000 towns with every datum as report text: ${textMs.toFixed(0)} ms`);
