import { describe, expect, it } from 'vitest';
import { compareObservation } from '../dataset/compareObservation.js';
import { formatObservationValue } from '../models/value.js';
import { readDatasetCsv } from './readDatasetCsv.js';

describe('readDatasetCsv', () => {
  it('reads standard indicators by their Chinese names, others by the codes given', () => {
    const csv =
      '2023年各镇主要指标\n乡镇,所属县,年份,常住人口（万人）,城镇化率（%）,地区生产总值（亿元）,亩均税收（万元/亩）,备注\n甲镇,A县,2022,2.5,40.1,40,3.2,\n甲镇,A县,2023,2.6,41.5,44.1,3.5,新设\n乙镇,A县,2023,1.9,—,30.2,2.1,\n';
    const { dataset, issues } = readDatasetCsv(csv, {
      indicators: { 地区生产总值: 'gdp', 亩均税收: 'tax-per-mu' },
      title: '示例',
    });
    expect(issues).toEqual([]);
    expect(dataset.title).toBe('示例');
    expect(dataset.towns.map((t) => [t.id, t.region?.county])).toEqual([
      ['甲镇', 'A县'],
      ['乙镇', 'A县'],
    ]);
    // A compound unit is no dimension of the indicator table: the figures are plain numbers.
    expect(dataset.indicators.map((i) => [i.code, i.nameZh, i.dimension, i.description])).toEqual([
      ['tax-per-mu', '亩均税收', 'number', 'in 万元/亩'],
    ]);
    expect(
      dataset.observations
        .filter((o) => o.townId === '甲镇' && o.period === '2023')
        .map((o) => [o.indicator, formatObservationValue(o.value)]),
    ).toEqual([
      ['resident-population', '2.6万人'],
      ['urbanization-rate', '41.5%'],
      ['gdp', '44.1亿元'],
      ['tax-per-mu', '3.5'],
    ]);
    // The dataset works with the library: 甲镇's GDP of 2023 is compared with 2022's.
    const gdp = dataset.observations.find(
      (o) => o.townId === '甲镇' && o.indicator === 'gdp' && o.period === '2023',
    );
    const comparison = compareObservation(dataset, gdp as never);
    expect([
      comparison.basePeriod,
      comparison.previous && formatObservationValue(comparison.previous.value),
    ]).toEqual(['2022', '40亿元']);
  });

  it('leaves out a column without a code, with an issue naming it', () => {
    const { dataset, issues } = readDatasetCsv('镇,年份,奇怪指标\n甲镇,2023,3\n');
    expect(dataset.observations).toEqual([]);
    expect(issues[0]?.message).toContain('column "奇怪指标" names no standard indicator');
    expect(() =>
      readDatasetCsv('镇,年份,x\n甲镇,2023,3\n', { indicators: { x: 'Not A Code' } }),
    ).toThrow('options.indicators["x"]');
  });
});
