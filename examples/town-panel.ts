/**
 * A county office's table of towns and years, read as exported and computed at once: every
 * town's GDP growth, its share of its county, its urbanization rate and its rank, exact to the
 * printed digit; the 合计 rows checked against their towns; and the one cell a float64 loop gets
 * wrong.
 *
 * The table (examples/data/towns-panel.csv) is illustrative — 12 towns of 3 counties, 2020–2024,
 * as an office's statistical software exports it: Chinese headers with units, a title, `—` for a
 * missing figure, a quoted "311,525", a 合计 row per county.
 *
 * Run from a clone of the repository: `npx tsx examples/town-panel.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import { readFileSync } from 'node:fs';
import { computePanel, panelToCsv, readPanelCsv } from '../src/index.js';

const table = readPanelCsv(readFileSync(new URL('./data/towns-panel.csv', import.meta.url)));
console.log(`${table.town.length} town-years, indicators: ${table.indicators.join('、')}`);
console.log(
  `units: ${Object.entries(table.units)
    .map(([name, unit]) => `${name} ${unit}`)
    .join('; ')}`,
);

// The 合计 rows are checks, not towns.
for (const total of table.totals.filter((t) => t.indicator === '地区生产总值')) {
  console.log(
    `${total.group} ${total.label} ${total.period}: stated ${total.stated}万元, towns sum to ${total.audit.computed.toString()} → ${total.audit.consistent ? 'consistent' : 'INCONSISTENT'}`,
  );
}

const result = computePanel(table, {
  measures: [
    { measure: 'growth', indicator: '地区生产总值' },
    { measure: 'share-of-group', indicator: '地区生产总值' },
    { measure: 'ratio', numerator: '城镇人口', denominator: '常住人口', name: '城镇化率' },
    { measure: 'average-growth', indicator: '地区生产总值', from: 2020, to: 2024 },
    { measure: 'rank', indicator: '地区生产总值' },
    { measure: 'growth', indicator: '一般公共预算收入' },
  ],
});
const codes = new Map<string, number>();
for (const e of result.errors) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
console.log(
  `\n${result.length} rows × ${result.measures.length} measures; cells without a value: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`,
);

// 2024, the first county's towns.
const rows = result.rows().filter((r) => r.period === '2024' && r.group === '东湖县');
console.log(
  '\n2024 东湖县: town, GDP growth %, share of county %, urbanization %, 2020–2024 average growth %, rank',
);
for (const r of rows) {
  console.log(
    `  ${r.town} ${r['growth:地区生产总值']} ${r['share-of-group:地区生产总值']} ${r.城镇化率} ${r['average-growth:地区生产总值']} ${r['rank:地区生产总值']}`,
  );
}

// The population growth in float64, as a dataframe computes it ((c / p − 1) · 100, rounded to
// one decimal): 柳河镇 grew from 42000 to 42021 residents, exactly 0.05 %, which prints as 0.1; the
// float quotient is 0.04999…, and prints 0.0.
const exactPopulation = computePanel(table, {
  measures: [{ measure: 'growth', indicator: '常住人口' }],
});
const exact = exactPopulation.columns['growth:常住人口'] as readonly (string | null)[];
const population = table.values.常住人口 as Float64Array;
const rowOf = new Map(table.town.map((town, row) => [`${town}|${table.period[row]}`, row]));
table.town.forEach((town, row) => {
  const before = rowOf.get(`${town}|${Number(table.period[row]) - 1}`);
  if (before === undefined) return;
  const float = (
    Math.round(((population[row] as number) / (population[before] as number) - 1) * 1000) / 10
  ).toFixed(1);
  if (float !== exact[row]) {
    console.log(
      `\n${town} ${table.period[row]} population growth: exact ${exact[row]}%, float64 ${float}%`,
    );
  }
});

console.log('\nCSV out (first lines):');
console.log(panelToCsv(result).split('\n').slice(0, 3).join('\n'));
