/**
 * Land quotas: 白塔镇's construction-land quota against its demand, the surplus quota of 成都's
 * 城乡建设用地增减挂钩 projects, and the money value of 泗门镇's 土地折抵指标 and 农保调整指标.
 *
 * Run from a clone of the repository: `npx tsx examples/land-quotas.ts`.
 * This script imports the library from source; in your own project the import is
 * `from 'town-indicators'`.
 */
import {
  formatQuantity,
  formatRate,
  landQuotaGap,
  linkingSurplus,
  parseQuantity,
  quotaUnitPrice,
  quotaValue,
} from '../src/index.js';

// Seed report 002 (白塔镇): 可支配建设用地指标116.7公顷，其中，城镇建设用地指标32.25公顷，而实际建设需求
// 283.4公顷，其中，城镇建设用地需求145.4公顷，缺口巨大.
console.log('白塔镇 construction-land quota (seed report 002)');
const baita = [
  { scope: '建设用地 (all)', available: '116.7公顷', demand: '283.4公顷' },
  { scope: '城镇建设用地', available: '32.25公顷', demand: '145.4公顷' },
].map(({ scope, available, demand }) => {
  const result = landQuotaGap(parseQuantity(available), parseQuantity(demand));
  return {
    scope,
    available: String(result.available),
    demand: String(result.demand),
    gap: String(result.gap),
    'gap in 亩': formatQuantity(result.gap, { unit: '亩' }),
    coverage: formatRate(result.coverage),
  };
});
console.table(baita);

// Seed report 000 (成都): 挂钩周转指标28.20万亩，全部实施完成可节余21.28万亩建设用地指标. The surplus is the
// farmland reclaimed less the resettlement land on farmland: 28.20 − 6.92 = 21.28万亩.
console.log('\n城乡建设用地增减挂钩 surplus quota (节余指标)');
const chengdu = linkingSurplus({
  reclaimed: parseQuantity('28.20万亩'),
  resettlementOnFarmland: parseQuantity('6.92万亩'),
});
console.log(
  `成都: 28.20万亩 reclaimed − 6.92万亩 resettlement on farmland = ${String(chengdu)} ` +
    `(${formatQuantity(chengdu, { unit: '平方公里', decimals: 1 })})`,
);
// Weishan county examples: only the part of the resettlement land on farmland counts.
const weishan = linkingSurplus({
  reclaimed: parseQuantity('17.86公顷'),
  resettlementOnFarmland: parseQuantity('6.50公顷'),
});
console.log(
  `Weishan: 17.86公顷 − 6.50公顷 = ${String(weishan)} (the whole resettlement area was 8.48公顷)`,
);
// A project that occupies more farmland than it reclaims has a shortfall, returned as negative.
const shortfall = linkingSurplus({
  reclaimed: parseQuantity('3公顷'),
  resettlementOnFarmland: parseQuantity('5公顷'),
});
console.log(`A shortfall is negative: 3公顷 − 5公顷 = ${String(shortfall)}`);

// Seed report 002 (泗门镇): 土地折抵指标增加了1200亩，可折合资金7200万元, 农保调整指标增加了1800亩，可折合资金216万元.
console.log('\nMoney value of 泗门镇 quotas (seed report 002)');
const quotas = [
  { quota: '土地折抵指标', area: '1200亩', value: '7200万元' },
  { quota: '农保调整指标', area: '1800亩', value: '216万元' },
].map(({ quota, area, value }) => {
  const price = quotaUnitPrice(parseQuantity(value), parseQuantity(area));
  return {
    quota,
    area,
    value,
    '元 per 亩': price.toString(),
    '万元 per 公顷': quotaUnitPrice(parseQuantity(value), parseQuantity(area), {
      valueUnit: '万元',
      areaUnit: '公顷',
    }).toString(),
    'value again': String(quotaValue(parseQuantity(area), price.div(10000), { valueUnit: '万元' })),
  };
});
console.table(quotas);
const offsetPrice = quotaUnitPrice(parseQuantity('7200万元'), parseQuantity('1200亩'));
const farmlandPrice = quotaUnitPrice(parseQuantity('216万元'), parseQuantity('1800亩'));
console.log(
  `1200亩 at 6万元 a 亩 = ${String(quotaValue(parseQuantity('1200亩'), 6, { valueUnit: '万元' }))}; ` +
    `the 农保调整 price is 1/${offsetPrice.div(farmlandPrice).toString()} of the 折抵 price.`,
);
