import { describe, expect, it } from 'vitest';
import { codeOf } from '../../tests/support/expectError.js';
import { auditPerCapita } from './auditPerCapita.js';

describe('auditPerCapita', () => {
  // real-text DC076 (庙镇镇情): 耕地5353公顷, 农业人口5.21万人, 农民人均耕地1.5亩 (5353 × 15 / 52100)
  it('converts the total into the stated unit and the population into persons', () => {
    const r = auditPerCapita({ total: '5353公顷', population: '5.21万人', stated: '1.5亩' });
    expect([r.kind, r.consistent, r.computed.toDecimalPlaces(6).toString(), r.unit]).toEqual([
      'per-capita',
      true,
      '1.541171',
      '亩',
    ]);
  });

  // real-text DC062: 3 864平方公里 / 263.27万人 = 0.1468 公顷 per person
  it('reads space-grouped thousands (3 864平方公里)', () => {
    const r = auditPerCapita({
      total: '3 864平方公里',
      population: '263.27万人',
      stated: '0.15公顷',
    });
    expect([r.consistent, r.computed.toDecimalPlaces(6).toString()]).toEqual([true, '0.146769']);
  });

  it('takes a stated unit per person and a population in persons', () => {
    const r = auditPerCapita({ total: '244394万元', population: '12.5万人', stated: '19552元/人' });
    expect([r.consistent, r.computed.toString()]).toEqual([true, '19551.52']);
    const plain = auditPerCapita({ total: '1500亩', population: 1000, stated: '1.5' });
    expect(plain.consistent).toBe(true);
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => auditPerCapita({ total: '1亩', population: '0人', stated: '1亩' }))).toBe(
      'DIVISION_BY_ZERO',
    );
    expect(codeOf(() => auditPerCapita({ total: '1亩', population: '-5人', stated: '1亩' }))).toBe(
      'NON_POSITIVE_BASE',
    );
    expect(codeOf(() => auditPerCapita({ total: '1亩', population: '5户', stated: '1亩' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(codeOf(() => auditPerCapita({ total: '1亩', population: '5人', stated: '1元' }))).toBe(
      'UNIT_MISMATCH',
    );
    expect(
      codeOf(() => auditPerCapita({ total: '1亩', population: '5人', stated: '1亩/户' })),
    ).toBe('UNIT_MISMATCH');
  });
});
