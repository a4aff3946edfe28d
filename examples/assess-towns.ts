/**
 * 考核: scoring the sample dataset's towns on two scorecards: one transcribed from a published
 * 小城镇 考核 table (基础设施提升工程, 7分: https://is0817.com/thread-83869-1-1.html), one
 * modelled on the seed reports' 小城市 / 特色镇 建设标准. Then a composite index of the same towns
 * and the progress of one toward a plan target.
 *
 * Run from a clone of the repository: `npx tsx examples/assess-towns.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import { readFileSync } from 'node:fs';
import {
  compositeIndex,
  parseScorecard,
  sampleDataset,
  scoreTowns,
  targetProgress,
} from '../src/index.js';

function readCard(name: string): unknown {
  const url = new URL(`./data/scorecards/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

const dataset = sampleDataset();

// 1. The seed-modelled standard on the sample dataset, 2011: values and growth from the dataset
//    (growth by the comparison rule, else the growth the report states).
const central = parseScorecard(readCard('central-town-standard'));
const result = scoreTowns(central, dataset, { period: '2011' });
console.log(`${central.name}, ${result.period}`);
console.table(
  [...result.towns]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 6)
    .map((town) => ({
      rank: town.rank,
      town: town.name,
      total: `${town.total.toFixed()} / ${town.maxPoints.toFixed()}`,
      passed: town.passed,
      ...Object.fromEntries(
        town.categories.map((c) => [c.name, `${c.points.toFixed()}${c.capped ? ' (capped)' : ''}`]),
      ),
    })),
);
const jianshe = result.towns.find((town) => town.townId === 'jianshe');
console.log(`\n${jianshe?.name}: every item explained`);
for (const item of jianshe?.items ?? []) if (!item.missing) console.log(`  ${item.explanation}`);
console.log(
  `  (${result.warnings.filter((w) => w.townId === 'jianshe').length} items without data scored 0)`,
);

// 2. The transcribed table, on figures an office collects for it (the sample carries none of them).
const infrastructure = parseScorecard(readCard('town-infrastructure'));
const surveyed = scoreTowns(
  infrastructure,
  {
    白塔镇: {
      'hub-travel-minutes': 25,
      'road-area-per-capita': '0.0014公顷',
      'transport-station-floor-area': '1200平方米',
      'tap-water-coverage': '96.5%',
      'sewage-treatment-rate': { previous: '52%', current: '58%' },
      'shelter-area-per-capita': '1.2平方米',
      '1.2-internal-traffic': 0.5,
      '4.1-utility-networks': 0.6,
      '5.3-fire-service': 0.2,
    },
    青山泉镇: {
      'hub-travel-minutes': 12,
      'road-area-per-capita': '16.5平方米',
      'transport-station-floor-area': '800平方米',
      'tap-water-coverage': '93.1%',
      'sewage-treatment-rate': '72%',
      'shelter-area-per-capita': '2平方米',
      '1.2-internal-traffic': 0.5,
      '4.1-utility-networks': 1,
    },
  },
  { locale: 'en' },
);
console.log(`\n${infrastructure.name}`);
for (const town of surveyed.towns) {
  console.log(
    `  ${town.townId}: ${town.total.toFixed()} of ${town.maxPoints.toFixed()}, rank ${town.rank}`,
  );
  for (const item of town.items) if (item.gap !== undefined) console.log(`    ${item.explanation}`);
}

// 3. A composite index (OECD/JRC Handbook, COINr): each indicator min-max normalised onto 1–100,
//    then a geometric mean (less compensating than the arithmetic one; it needs positive values,
//    hence the range from 1), on the towns that report both figures (seed report 002).
const index = compositeIndex(
  [
    { id: '泗门镇', values: { income: 10372, fiscal: 4.22 } },
    { id: '建设镇', values: { income: 9365, fiscal: 0.3643 } },
    { id: '梁弄镇', values: { income: 4500, fiscal: 0.4018 } },
  ],
  {
    indicators: { income: { weight: 1 }, fiscal: { weight: 1 } },
    normalization: { type: 'min-max', range: [1, 100] },
    aggregation: 'geometric',
  },
);
console.log('\nComposite index (min-max onto 1–100, geometric mean):');
for (const unit of index.units)
  console.log(`  ${unit.id}: ${unit.score?.toFixed(2)} (rank ${unit.rank})`);

// 4. A plan target: 城镇化率 from 49% (2011) toward 65% in 2025, 58% reached in 2018.
const progress = targetProgress({
  base: { period: 2011, value: '49%' },
  current: { period: 2018, value: '58%' },
  target: { period: 2025, value: '65%' },
});
console.log(
  `\n城镇化率 49% → 65%: ${progress.achieved.times(100).toFixed(1)}% of the way in ${progress.elapsed.times(100).toFixed(1)}% of the time: ${progress.onTrack ? 'on track' : 'behind'}`,
);
