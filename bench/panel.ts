/**
 * Benchmark: a national panel (DESIGN.md §10) — 40,000 towns × 20 years × 20 indicators, the
 * job of bench/panelData.ts (YoY growth, 20-year average growth and share of county of every
 * indicator, and the urbanization ratio: 61 measures, 30.5 million cells), through
 * `computePanel` on the table of decimal strings in memory (reading the strings included), then
 * from the CSV file (`readPanelCsv` included); beside it, in the same run, a float64 loop in Node
 * on the same job (and how many of its cells print a wrong digit), and pandas on the same CSV
 * when python3 has pandas. Every job runs in a child process of its own, so that its peak RSS
 * (the input table included) is its own. 4,000 and 40,000 towns side by side show the cost is
 * linear. It runs the built package, dist/.
 * Usage: `npm run bench` (compiled with esbuild, run on plain node); `TOWNS=4000` for one size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PanelResult } from '../src/index.js';
import {
  FIRST_YEAR,
  INDICATORS,
  indicatorName,
  panelSpec,
  panelTable,
  writePanelCsv,
  YEARS,
} from './panelData.js';

const built = '../dist/index.js';
const here = fileURLToPath(import.meta.url);
const RUNS = 3;

interface JobReport {
  readonly job: string;
  readonly towns: number;
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  readonly peakRssMb: number;
  /** The peak after the first run alone (later runs overlap the previous run's freed memory). */
  readonly firstPeakRssMb?: number;
  readonly cells: number;
  readonly wrongCells?: number;
  readonly csvMb?: number;
  readonly readMs?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** computePanel on the strings in memory. */
async function computeJob(towns: number): Promise<JobReport> {
  const { computePanel }: typeof import('../src/index.js') = await import(built);
  const table = panelTable(towns);
  const spec = panelSpec();
  const runsMs: number[] = [];
  let cells = 0;
  let first = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const result = computePanel(table, spec);
    runsMs.push(performance.now() - start);
    cells = result.length * result.measures.length;
    if (run === 0) first = peakRssMb();
  }
  return {
    job: 'computePanel',
    towns,
    medianMs: median(runsMs),
    runsMs,
    peakRssMb: peakRssMb(),
    firstPeakRssMb: first,
    cells,
  };
}

/** readPanelCsv and computePanel from the CSV file. */
async function csvJob(towns: number, path: string): Promise<JobReport> {
  const { computePanel, readPanelCsv }: typeof import('../src/index.js') = await import(built);
  const spec = panelSpec();
  const runsMs: number[] = [];
  const readsMs: number[] = [];
  let cells = 0;
  let bytes = 0;
  let first = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const data = readFileSync(path);
    bytes = data.length;
    const table = readPanelCsv(data);
    readsMs.push(performance.now() - start);
    const result = computePanel(table, spec);
    runsMs.push(performance.now() - start);
    cells = result.length * result.measures.length;
    if (run === 0) first = peakRssMb();
  }
  return {
    job: 'readPanelCsv + computePanel',
    towns,
    medianMs: median(runsMs),
    runsMs,
    peakRssMb: peakRssMb(),
    firstPeakRssMb: first,
    cells,
    csvMb: Math.round(bytes / 1e5) / 10,
    readMs: median(readsMs),
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Each row's county-year as one index (the rows are in town order, years consecutive). */
function countyYears(table: ReturnType<typeof panelTable>): {
  bucket: Int32Array;
  counties: number;
} {
  const countyIds = new Map<string, number>();
  const bucket = new Int32Array(table.town.length);
  for (let r = 0; r < bucket.length; r += 1) {
    const county = table.group[r] as string;
    let id = countyIds.get(county);
    if (id === undefined) {
      id = countyIds.size;
      countyIds.set(county, id);
    }
    bucket[r] = id * YEARS + ((table.period[r] as number) - FIRST_YEAR);
  }
  return { bucket, counties: countyIds.size };
}

/** One indicator's growth, 20-year average growth and share of county, in float64, into `out`. */
function floatIndicator(
  column: readonly string[],
  period: readonly number[],
  bucket: Int32Array,
  sums: Float64Array,
  v: Float64Array,
  out: readonly [Float64Array, Float64Array, Float64Array],
): readonly Float64Array[] {
  const rows = column.length;
  for (let r = 0; r < rows; r += 1) {
    v[r] = column[r] === '' ? Number.NaN : Number.parseFloat(column[r] as string);
  }
  const [growth, average, share] = out;
  growth.fill(Number.NaN);
  average.fill(Number.NaN);
  sums.fill(0);
  for (let r = 0; r < rows; r += 1) {
    const y = (period[r] as number) - FIRST_YEAR;
    if (y > 0) growth[r] = round1(((v[r] as number) / (v[r - 1] as number)) * 100 - 100);
    if (y === YEARS - 1) {
      average[r] = round1(((v[r] as number) / (v[r - y] as number)) ** (1 / y) * 100 - 100);
    }
    const b = bucket[r] as number;
    if (!Number.isNaN(v[r] as number)) sums[b] = (sums[b] as number) + (v[r] as number);
  }
  for (let r = 0; r < rows; r += 1) {
    share[r] = round1(((v[r] as number) / (sums[bucket[r] as number] as number)) * 100);
  }
  return [growth, average, share];
}

/** How many float cells print another digit than the exact result. */
function wrongDigits(exact: PanelResult, floats: readonly Float64Array[]): number {
  let wrong = 0;
  exact.measures.slice(0, floats.length).forEach((name, index) => {
    const column = exact.columns[name] as readonly (string | null)[];
    const values = floats[index] as Float64Array;
    column.forEach((e, r) => {
      const f = values[r] as number;
      if (e !== null && Number.isFinite(f) && f.toFixed(1) !== e) wrong += 1;
    });
  });
  return wrong;
}

/** The same job in float64, as a user's loop or a dataframe computes it; wrong digits counted. */
async function floatJob(towns: number): Promise<JobReport> {
  const { computePanel }: typeof import('../src/index.js') = await import(built);
  const table = panelTable(towns);
  const rows = table.town.length;
  const runsMs: number[] = [];
  let outputs: Float64Array[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const { bucket, counties } = countyYears(table);
    const sums = new Float64Array(counties * YEARS);
    const v = new Float64Array(rows);
    // One block for every output, as computePanel holds its results (many blocks would make V8
    // collect the input table's heap again and again).
    const block = new Float64Array(INDICATORS * 3 * rows);
    outputs = [];
    for (let k = 0; k < INDICATORS; k += 1) {
      const column = table.values[indicatorName(k)] as string[];
      const at = (i: number): Float64Array =>
        block.subarray((3 * k + i) * rows, (3 * k + i + 1) * rows);
      outputs.push(...floatIndicator(column, table.period, bucket, sums, v, [at(0), at(1), at(2)]));
    }
    runsMs.push(performance.now() - start);
  }
  // Its own peak, before the exact result is computed to compare with.
  const peak = peakRssMb();
  const wrong = wrongDigits(computePanel(table, panelSpec()), outputs);
  return {
    job: 'float64 loop (Node)',
    towns,
    medianMs: median(runsMs),
    runsMs,
    peakRssMb: peak,
    cells: rows * outputs.length,
    wrongCells: wrong,
  };
}

function runChild(args: readonly string[]): JobReport {
  const result = spawnSync(process.execPath, ['--max-old-space-size=6144', here, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as JobReport;
}

function hasPandas(): boolean {
  try {
    execFileSync('python3', ['-c', 'import pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function pandasJob(towns: number, path: string, mode: 'compute' | 'csv'): JobReport {
  const out = execFileSync(
    'python3',
    [fileURLToPath(new URL('../bench/panel_pandas.py', import.meta.url)), path, mode, String(RUNS)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const report = JSON.parse(out.trim().split('\n').at(-1) as string) as Omit<JobReport, 'towns'>;
  return { ...report, towns };
}

function show(reports: readonly JobReport[]): void {
  const rows = reports.map((r) => ({
    job: r.job,
    towns: r.towns,
    'median ms': Math.round(r.medianMs),
    'runs ms': r.runsMs.map(Math.round).join(' '),
    'peak RSS MB': r.peakRssMb,
    ...(r.firstPeakRssMb === undefined ? {} : { 'after run 1': r.firstPeakRssMb }),
    cells: r.cells,
    'ns/cell': Math.round((r.medianMs * 1e6) / r.cells),
    ...(r.wrongCells === undefined ? {} : { 'wrong digits': r.wrongCells }),
    ...(r.readMs === undefined ? {} : { 'read ms': Math.round(r.readMs), 'CSV MB': r.csvMb }),
  }));
  console.table(rows);
}

async function main(): Promise<void> {
  const [mode, townsText, path] = process.argv.slice(2);
  if (mode === 'write') {
    // In a process of its own: the parent keeps no large heap whose collector would run beside
    // the jobs.
    writePanelCsv(panelTable(Number(townsText)), path as string);
    console.log('{}');
    return;
  }
  if (mode !== undefined) {
    const towns = Number(townsText);
    const report =
      mode === 'compute'
        ? await computeJob(towns)
        : mode === 'csv'
          ? await csvJob(towns, path as string)
          : await floatJob(towns);
    console.log(JSON.stringify(report));
    return;
  }
  const sizes = process.env.TOWNS === undefined ? [4_000, 40_000] : [Number(process.env.TOWNS)];
  const pandas = hasPandas();
  const workDir = fileURLToPath(new URL('../.bench/', import.meta.url));
  mkdirSync(workDir, { recursive: true });
  console.log(
    `panel: ${YEARS} years × ${INDICATORS} indicators, ${panelSpec().measures.length} measures; median of ${RUNS} runs`,
  );
  const reports: JobReport[] = [];
  for (const towns of sizes) {
    const csv = `${workDir}panel-${towns}.csv`;
    runChild(['write', String(towns), csv]);
    reports.push(runChild(['compute', String(towns)]));
    reports.push(runChild(['csv', String(towns), csv]));
    reports.push(runChild(['float', String(towns)]));
    if (pandas) {
      reports.push(pandasJob(towns, csv, 'compute'));
      reports.push(pandasJob(towns, csv, 'csv'));
    }
    rmSync(csv, { force: true });
  }
  show(reports);
  if (!pandas) console.log('pandas: not compared (python3 has no pandas on this machine)');
  for (const towns of sizes) {
    const of = (job: string) => reports.find((r) => r.towns === towns && r.job === job);
    const ours = of('computePanel');
    const fromCsv = of('readPanelCsv + computePanel');
    const pd = of('pandas compute');
    const pdCsv = of('pandas read_csv + compute');
    if (ours && pd)
      console.log(
        `${towns} towns: computePanel / pandas compute = ${(ours.medianMs / pd.medianMs).toFixed(2)}`,
      );
    if (fromCsv && pdCsv) {
      console.log(
        `${towns} towns: from CSV, ours / pandas = ${(fromCsv.medianMs / pdCsv.medianMs).toFixed(2)}`,
      );
    }
  }
  if (sizes.length === 2) {
    const [small, large] = sizes as [number, number];
    const perCell = (towns: number) => {
      const r = reports.find((x) => x.towns === towns && x.job === 'computePanel') as JobReport;
      return r.medianMs / r.cells;
    };
    console.log(
      `linearity: ns/cell at ${large} towns / at ${small} towns = ${(perCell(large) / perCell(small)).toFixed(2)}`,
    );
  }
}

await main();
