/**
 * Benchmark: a report for every town of a dataset, at 1,000 and 10,000 towns side by side. The
 * cost of one report must not grow with the dataset (the dataset is indexed once), so the total
 * grows linearly with the number of towns.
 *
 * Fixed workload: a generated dataset of N towns, each with 8 observations over two years (GDP,
 * fiscal revenue with a stated growth, urban and total population), one project with a plan, two
 * funding sources and a pair of land quotas. `townReport` for every town, timed once after a
 * warm-up on the 1,000-town dataset. Usage: `npm run bench` (or `npx tsx bench/reports.ts`).
 */
import { type DatasetInput, parseDataset, townReport } from '../src/index.js';

function datasetOf(towns: number): DatasetInput {
  const input = {
    schemaVersion: 1 as const,
    towns: [] as object[],
    projects: [] as object[],
    fundingSources: [] as object[],
    landQuotas: [] as object[],
    observations: [] as object[],
  };
  for (let i = 0; i < towns; i += 1) {
    const townId = `t${i}`;
    const gdp = 50 + (i % 97);
    input.towns.push({ id: townId, name: `镇${i}` });
    input.observations.push(
      { townId, indicator: 'gdp', period: '2010', value: `${gdp}亿元` },
      { townId, indicator: 'gdp', period: '2011', value: `${gdp + 5}亿元`, growth: '9.5%' },
      {
        townId,
        indicator: 'fiscal-revenue',
        period: '2010',
        value: `${(gdp / 10).toFixed(2)}亿元`,
      },
      { townId, indicator: 'fiscal-revenue', period: '2011', value: `${(gdp / 9).toFixed(2)}亿元` },
      { townId, indicator: 'urban-population', period: '2010', value: `${2 + (i % 5)}万人` },
      { townId, indicator: 'urban-population', period: '2011', value: `${2.5 + (i % 5)}万人` },
      { townId, indicator: 'resident-population', period: '2010', value: `${5 + (i % 7)}万人` },
      { townId, indicator: 'resident-population', period: '2011', value: `${5.2 + (i % 7)}万人` },
    );
    input.projects.push({
      id: `${townId}-p`,
      townId,
      name: '城镇建设',
      totalInvestment: '3.5亿元',
      plans: [{ period: '2011', planned: '1.2亿元', completed: '0.9亿元' }],
    });
    input.fundingSources.push(
      {
        id: `${townId}-f1`,
        projectId: `${townId}-p`,
        kind: 'town-finance',
        amount: '3000万元',
        status: 'received',
        period: '2011',
      },
      {
        id: `${townId}-f2`,
        projectId: `${townId}-p`,
        kind: 'social-capital',
        amount: '9000万元',
        status: 'committed',
        period: '2011',
      },
    );
    input.landQuotas.push(
      { id: `${townId}-a`, townId, kind: 'construction', area: '116.7公顷', period: '2011' },
      {
        id: `${townId}-d`,
        townId,
        kind: 'construction',
        side: 'demand',
        area: '283.4公顷',
        period: '2011',
      },
    );
  }
  return input as DatasetInput;
}

function reportEveryTown(towns: number): { parse: number; reports: number; rows: number } {
  const parseStart = performance.now();
  const dataset = parseDataset(datasetOf(towns));
  const reportStart = performance.now();
  let rows = 0;
  for (const town of dataset.towns) rows += townReport(dataset, { townId: town.id }).rows.length;
  const end = performance.now();
  return { parse: reportStart - parseStart, reports: end - reportStart, rows };
}

reportEveryTown(1_000); // warm-up
const sizes = [1_000, 10_000];
const results = sizes.map((towns) => ({ towns, ...reportEveryTown(towns) }));
console.log(`townReport for every town (node ${process.version})`);
console.table(
  results.map((r) => ({
    towns: r.towns,
    'parseDataset ms': Math.round(r.parse),
    'all reports ms': Math.round(r.reports),
    'ms per report': Number((r.reports / r.towns).toFixed(3)),
    rows: r.rows,
  })),
);
const [small, large] = results;
if (small !== undefined && large !== undefined) {
  const perSmall = small.reports / small.towns;
  const perLarge = large.reports / large.towns;
  console.log(
    `per-report cost at 10,000 towns / at 1,000 towns: ${(perLarge / perSmall).toFixed(2)} (1 = linear); all 10,000 reports: ${(large.reports / 1000).toFixed(1)} s (budget 10 s)`,
  );
}
