import { describe, expect, it } from 'vitest';
import { findUnit } from '../units/table.js';
import {
  getIndicator,
  INDICATOR_DIMENSIONS,
  isStandardIndicator,
  listIndicators,
} from './indicators.js';
import { INDICATOR_CODE_PATTERN } from './observation.js';

describe('the indicator registry', () => {
  it('holds the indicators the seed reports carry (DOMAIN.md list)', () => {
    const names = listIndicators().map((indicator) => indicator.nameZh);
    for (const name of [
      '工农业总产值',
      '工业总产值',
      '农业总产值',
      '地区生产总值',
      '财政总收入',
      '农民人均纯收入',
      '规模以上工业产值',
      '固定资产投资',
      '建成区面积',
      '城镇居住人口',
      '城镇化率',
      '农民集中居住人口',
      '自来水普及率',
      '污水处理率',
      '游客人次',
      '旅游收入',
      '涉农贷款余额',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('gives unique, well-formed codes whose default unit fits the dimension', () => {
    const all = listIndicators();
    expect(new Set(all.map((i) => i.code)).size).toBe(all.length);
    for (const indicator of all) {
      expect(INDICATOR_CODE_PATTERN.test(indicator.code)).toBe(true);
      expect(INDICATOR_DIMENSIONS).toContain(indicator.dimension);
      if (indicator.dimension === 'rate') expect(indicator.defaultUnit).toBe('%');
      else expect(findUnit(indicator.defaultUnit ?? '')?.dimension).toBe(indicator.dimension);
    }
  });

  it('looks codes up in the standard registry, then in custom declarations', () => {
    expect(getIndicator('urbanization-rate')).toEqual({
      code: 'urbanization-rate',
      nameZh: '城镇化率',
      nameEn: 'Urbanization rate',
      dimension: 'rate',
      defaultUnit: '%',
      description: 'urban population / total population',
    });
    const custom = [{ code: 'gdp', nameZh: '别的', nameEn: 'Other', dimension: 'number' as const }];
    expect(getIndicator('gdp', { custom })?.nameZh).toBe('地区生产总值');
    expect(getIndicator('nope')).toBeUndefined();
    expect(isStandardIndicator('tourist-visits')).toBe(true);
    expect(isStandardIndicator('Tourist-visits')).toBe(false);
  });

  it('returns the same frozen list every time', () => {
    expect(listIndicators()).toBe(listIndicators());
    expect(Object.isFrozen(listIndicators())).toBe(true);
    expect(Object.isFrozen(getIndicator('gdp'))).toBe(true);
  });
});
