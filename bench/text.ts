/**
 * Benchmark: reading report text at scale (DESIGN.md §9; goal ≥ 5 MB/s for extractFigures on
 * real text, and time proportional to the size on hostile text).
 *
 * Fixed workload: 1 MB (2^20 UTF-16 code units) of
 * - real text: the 13 annotated passages of tests/fixtures/real-text/passages.json and the 13 of
 *   more-passages.json, repeated;
 * - hostile text: digits (one 1 MB run, and 60-digit runs), 万万万…, 1.1.1.1…, nested brackets
 *   ((((…)))), ratio colons 1:1:1…, 下降下降…, 百分之百分之…;
 * and the same texts at 256 KB and 512 KB, to show time grows linearly (the ratio of time per
 * MB at 1 MB over 256 KB stays near 1). Timed: extractFigures, extractClaims, auditText, median
 * of 5 runs after a warm-up, on the built package (dist/). Usage: `npm run bench`.
 */
import { readFileSync } from 'node:fs';

const built = '../dist/index.js';
const { auditText, extractClaims, extractFigures }: typeof import('../src/index.js') = await import(
  built
);

const MB = 1 << 20;
const RUNS = 5;
const GOAL_MB_PER_S = 5;

function passages(file: string): string[] {
  const url = new URL(`../tests/fixtures/real-text/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { passages: { text: string }[] }).passages.map(
    (p) => p.text,
  );
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const real = [...passages('passages.json'), ...passages('more-passages.json')].join('\n');

const TEXTS: Readonly<Record<string, (size: number) => string>> = {
  'real text': (size) => repeatTo(`${real}\n`, size),
  'one digit run': (size) => '7'.repeat(size),
  'digit runs': (size) => repeatTo(`${'9'.repeat(60)}万元,`, size),
  万万万: (size) => repeatTo('3万万万万', size),
  '1.1.1.1': (size) => repeatTo('1.1.', size),
  'nested brackets': (size) => '('.repeat(size / 2) + ')'.repeat(size / 2),
  'ratio colons': (size) => repeatTo('1:', size),
  'sign words': (size) => repeatTo('下降', size),
  百分之: (size) => repeatTo('百分之', size),
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const FUNCTIONS = { extractFigures, extractClaims, auditText } as const;
console.log(
  `text bench: median of ${RUNS} runs, MB/s at 1 MB, and ms per MB at 1 MB over 256 KB (1 = linear)`,
);
let slowest = Number.POSITIVE_INFINITY;
for (const [name, make] of Object.entries(TEXTS)) {
  const small = make(MB / 4);
  const large = make(MB);
  for (const [fn, run] of Object.entries(FUNCTIONS)) {
    const smallMs = time(() => run(small));
    const largeMs = time(() => run(large));
    const rate = 1000 / largeMs;
    const ratio = largeMs / 4 / smallMs;
    if (name === 'real text' && fn === 'extractFigures') slowest = rate;
    console.log(
      `  ${name.padEnd(16)} ${fn.padEnd(15)} ${largeMs.toFixed(0).padStart(6)} ms/MB  ${rate.toFixed(1).padStart(6)} MB/s  growth ${ratio.toFixed(2)}`,
    );
  }
}
console.log(
  `extractFigures on real text: ${slowest.toFixed(1)} MB/s (goal ≥ ${GOAL_MB_PER_S}) — ${slowest >= GOAL_MB_PER_S ? 'ok' : 'BELOW GOAL'}`,
);
