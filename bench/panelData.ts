/**
 * The fixed workload of the panel benchmark: `towns` towns in 2,000 counties (20 towns each)
 * over 20 years (2005–2024) with 20 indicators, as decimal strings with two decimals, seeded so
 * that every run computes the same table; one cell in 1,000 is missing (`''`). Index 0 is the
 * urban population, index 1 the resident population (urban ≤ resident), for the urbanization
 * ratio.
 */
import { writeFileSync } from 'node:fs';
import type { MeasureSpec, PanelSpec, PanelTable } from '../src/index.js';

export const YEARS = 20;
export const FIRST_YEAR = 2005;
export const INDICATORS = 20;
export const TOWNS_PER_COUNTY = 20;

export function indicatorName(k: number): string {
  return k === 0 ? 'urban' : k === 1 ? 'resident' : `x${String(k).padStart(2, '0')}`;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The table, one row per town-year, in town order. */
export function panelTable(towns: number): PanelTable & {
  readonly town: string[];
  readonly period: number[];
  readonly group: string[];
  readonly values: Record<string, string[]>;
} {
  const random = seededRandom(20_240_101);
  const rows = towns * YEARS;
  const town: string[] = new Array(rows);
  const period: number[] = new Array(rows);
  const group: string[] = new Array(rows);
  const values: Record<string, string[]> = {};
  const columns: string[][] = [];
  for (let k = 0; k < INDICATORS; k += 1) {
    const column = new Array<string>(rows);
    values[indicatorName(k)] = column;
    columns.push(column);
  }
  for (let t = 0; t < towns; t += 1) {
    const name = `T${String(t).padStart(5, '0')}`;
    const county = `C${String(Math.floor(t / TOWNS_PER_COUNTY)).padStart(4, '0')}`;
    const levels = columns.map(() => 1_000 + random() * 99_000);
    for (let y = 0; y < YEARS; y += 1) {
      const row = t * YEARS + y;
      town[row] = name;
      period[row] = FIRST_YEAR + y;
      group[row] = county;
      for (let k = 0; k < INDICATORS; k += 1) {
        let level = (levels[k] as number) * (0.95 + random() * 0.2);
        if (k === 0) level = Math.min(level, (levels[1] as number) * 0.9);
        levels[k] = level;
        (columns[k] as string[])[row] = random() < 0.001 ? '' : level.toFixed(2);
      }
    }
  }
  return { town, period, group, values, units: { urban: '人', resident: '人' } };
}

/**
 * The job: YoY growth of every indicator, 20-year average growth of every indicator, each town's
 * share of its county in every indicator, and the urbanization ratio; one decimal, in percent.
 */
export function panelSpec(): PanelSpec {
  const measures: MeasureSpec[] = [];
  for (let k = 0; k < INDICATORS; k += 1) {
    const indicator = indicatorName(k);
    measures.push({ measure: 'growth', indicator });
    measures.push({
      measure: 'average-growth',
      indicator,
      from: FIRST_YEAR,
      to: FIRST_YEAR + YEARS - 1,
    });
    measures.push({ measure: 'share-of-group', indicator });
  }
  measures.push({
    measure: 'ratio',
    numerator: 'urban',
    denominator: 'resident',
    name: 'urbanization',
  });
  return { measures, decimals: 1 };
}

/** Writes the table as a long CSV (town, county, year, indicators), as an office exports it. */
export function writePanelCsv(table: ReturnType<typeof panelTable>, path: string): number {
  const names = Object.keys(table.values);
  const columns = names.map((name) => table.values[name] as string[]);
  const chunks: string[] = [`town,county,year,${names.join(',')}\n`];
  let bytes = 0;
  for (let row = 0; row < table.town.length; row += 1) {
    let line = `${table.town[row]},${table.group[row]},${table.period[row]}`;
    for (const column of columns) line += `,${column[row]}`;
    chunks.push(`${line}\n`);
  }
  const text = chunks.join('');
  writeFileSync(path, text);
  bytes = Buffer.byteLength(text);
  return bytes;
}
