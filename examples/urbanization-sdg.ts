/**
 * Urbanization and SDG indicator 11.3.1: urbanization rates from the seed reports, the ratio of
 * land consumption rate to population growth rate (LCRPGR), built-up area per capita and density.
 *
 * Run from a clone of the repository: `npx tsx examples/urbanization-sdg.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import {
  builtUpAreaPerCapita,
  formatQuantity,
  formatRate,
  impliedTotalPopulation,
  landConsumptionToPopulationGrowth,
  parseQuantity,
  populationDensity,
  quantity,
  urbanizationRate,
} from '../src/index.js';

// Seed report 000 (成都): two groups of towns, each with its built-up area, urban population and
// urbanization rate; the total population is not printed, so it is implied from the rate.
const groups = [
  {
    name: '13个小城市建设示范镇',
    quote: '建成区面积达到88平方公里，城镇居住人口52.7万人，城镇化率达70%',
    builtUp: parseQuantity('88平方公里'),
    urban: parseQuantity('52.7万人'),
    rate: '70%',
  },
  {
    name: '30个特色镇',
    quote: '成区面积达67平方公里、城镇居住人口37.7万人，城镇化率达48%',
    builtUp: parseQuantity('67平方公里'),
    urban: parseQuantity('37.7万人'),
    rate: '48%',
  },
] as const;

console.log('Urbanization of the 成都 town groups (seed report 000)\n');
const rows = groups.map((group) => {
  const total = impliedTotalPopulation(group.urban, group.rate);
  return {
    group: group.name,
    'urban population': String(group.urban),
    'urbanization rate': group.rate,
    'implied total': formatQuantity(total, { decimals: 2 }),
    'rate check': formatRate(urbanizationRate(group.urban, total)),
    'm² per urban resident': builtUpAreaPerCapita(group.builtUp, group.urban).toFixed(1),
    'urban residents per km²': populationDensity(group.urban, group.builtUp).toFixed(0),
  };
});
console.table(rows);
for (const group of groups) console.log(`${group.name}: ${group.quote}`);

// 白塔镇 (seed report 002): 区域面积119平方公里，人口4.2万.
const baita = populationDensity(quantity('4.2', '万人'), quantity('119', '平方公里'));
console.log(`\n白塔镇: 4.2万人 on 119平方公里 = ${baita.toFixed(0)} persons per km²`);

// A rate that lost its % sign ('城镇化率达到49') is refused where a rate must be a fraction.
try {
  impliedTotalPopulation(quantity('10', '万人'), '49');
} catch (error) {
  console.log(`A rate written '49' instead of '49%': ${(error as Error).message}`);
}

// UN SDG 11.3.1 metadata (2021 revision), worked example: built-up area 50 → 70 km², population
// 1.0 M → 1.2 M over 15 years.
const sdg = landConsumptionToPopulationGrowth({
  builtUpArea: [quantity('50', 'km2'), quantity('70', 'km2')],
  population: [quantity('100', '万人'), quantity('120', '万人')],
  years: 15,
});
console.log('\nSDG 11.3.1: built-up area 50 → 70 km², population 1.0 M → 1.2 M, 15 years');
console.table({
  'land consumption rate (LCR)': formatRate(sdg.landConsumptionRate, { decimals: 3 }),
  'population growth rate (PGR)': formatRate(sdg.populationGrowthRate, { decimals: 3 }),
  'LCRPGR = LCR / PGR': sdg.ratio.toFixed(2),
  'built-up area per capita, end (m²)': builtUpAreaPerCapita(
    quantity('70', 'km2'),
    quantity('120', '万人'),
  ).toFixed(2),
});
console.log(
  `LCRPGR ${sdg.ratio.toFixed(2)} > 1: land was built up faster than the population grew` +
    (sdg.warnings.length > 0 ? ` (warnings: ${sdg.warnings.join(', ')})` : '.'),
);

// A declining population flips the sign of the ratio: the result says so.
const declining = landConsumptionToPopulationGrowth({
  builtUpArea: [quantity('50', 'km2'), quantity('70', 'km2')],
  population: [quantity('120', '万人'), quantity('100', '万人')],
  years: 15,
});
console.log(
  `With the population falling 1.2 M → 1.0 M: LCRPGR ${declining.ratio.toFixed(2)}, ` +
    `warnings: ${declining.warnings.join(', ')}`,
);
