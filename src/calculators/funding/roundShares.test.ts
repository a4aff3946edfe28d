import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { roundShares } from './roundShares.js';
import { claim, claimInput, expectError } from './seedClaims.testing.js';

const texts = (record: Readonly<Record<string, Decimal>>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value.toString()]));

describe('roundShares', () => {
  it("makes 成都's funding structure add up to 100% (seed-claims A01, A02)", () => {
    // seed-claims A02: 0.6 + 11.2 + 40.3 + 8.2 (no stated source) = 60.3亿; exact percentages
    // 0.995025 / 18.573798 / 66.832504 / 13.598673. Cut to one decimal they add up to 99.7; the
    // three units go to the largest remainders (.0987, .0950, .0738), so 66.8 keeps its
    // stated value (seed-claims A01: 66.8%).
    const a02 = claim('A02');
    const p = roundShares(
      {
        市级专项: claimInput(a02, '市级专项'),
        区县配套: claimInput(a02, '区(市)县'),
        社会资金: claimInput(a02, '社会资金'),
        未说明来源: quantity('82000', '万元'),
      },
      1,
    );
    expect(texts(p)).toEqual({
      市级专项: '1',
      区县配套: '18.6',
      社会资金: '66.8',
      未说明来源: '13.6',
    });
    expect(p.社会资金.toFixed(1)).toBe(claim('A01').stated?.value);
  });

  it("makes 建设镇's four zones add up to 100% of their 22.362亿元 (seeds/002)", () => {
    // seeds/002 建设镇: 总投资 基础设施3.41亿, 产业发展10.3亿, 城镇建设7.55亿, 水利1.102亿 (sum
    // 22.362亿, stated 22.32亿). Exact: 15.2491 / 46.0603 / 33.7626 / 4.9280 %.
    const zones = {
      基础设施: quantity('3.41', '亿元'),
      产业发展: quantity('10.3', '亿元'),
      城镇建设: quantity('75500', '万元'),
      水利: quantity('1.102', '亿元'),
    };
    expect(texts(roundShares(zones, 1))).toEqual({
      基础设施: '15.2',
      产业发展: '46.1',
      城镇建设: '33.8',
      水利: '4.9',
    });
    expect(texts(roundShares(zones, 0))).toEqual({
      基础设施: '15',
      产业发展: '46',
      城镇建设: '34',
      水利: '5',
    });
    expect(texts(roundShares(zones, 3))).toEqual({
      基础设施: '15.249',
      产业发展: '46.06',
      城镇建设: '33.763',
      水利: '4.928',
    });
  });

  it('gives equal remainders to the earlier key', () => {
    expect(texts(roundShares({ a: 1, b: 1, c: 1 }, 0))).toEqual({ a: '34', b: '33', c: '33' });
    expect(texts(roundShares({ c: 1, b: 1, a: 1 }, 1))).toEqual({
      c: '33.4',
      b: '33.3',
      a: '33.3',
    });
    // 1/6 = 16.666…%: the remainders tie, the first two of six parts get the units
    expect(texts(roundShares({ a: 1, b: 1, c: 1, d: 1, e: 1, f: 1 }, 0))).toEqual({
      a: '17',
      b: '17',
      c: '17',
      d: '17',
      e: '16',
      f: '16',
    });
  });

  it('is exact: ties are real ties and no digit is lost', () => {
    // 1/7 each: 14.285714…, seven equal remainders, 100 − 7 × 14 = 2 units to the first two
    const seven = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [k, '1e-30']));
    expect(Object.values(texts(roundShares(seven, 0)))).toEqual([
      '15',
      '15',
      '14',
      '14',
      '14',
      '14',
      '14',
    ]);
    // a tiny part next to a huge one still shows as 0, and the total stays 100
    const p = roundShares({ big: '123456789012345678901234567890.123', tiny: '0.001' }, 20);
    expect(p.big?.plus(p.tiny ?? 0).toString()).toBe('100');
    expect(p.tiny?.toString()).toBe('0');
    // zero parts are allowed
    expect(texts(roundShares({ a: 0, b: 2, c: 0 }, 2))).toEqual({ a: '0', b: '100', c: '0' });
  });

  it('always adds up to 100 and moves no share by a unit of the last digit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 })),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 3 }),
        (raw, decimals) => {
          const values = raw.map(([digits, scale]) => new Decimal(digits).div(10 ** scale));
          fc.pre(values.some((v) => !v.isZero()));
          const parts = Object.fromEntries(values.map((v, i) => [`p${i}`, v]));
          const result = roundShares(parts, decimals);
          const total = values.reduce((a, b) => a.plus(b), new Decimal(0));
          const unit = new Decimal(10).pow(-decimals);
          const sum = Object.values(result).reduce((a, b) => a.plus(b), new Decimal(0));
          expect(sum.toString()).toBe('100');
          values.forEach((value, i) => {
            const rounded = result[`p${i}`] as Decimal;
            const exact = value.times(100).div(total);
            expect(rounded.decimalPlaces()).toBeLessThanOrEqual(decimals);
            expect(rounded.minus(exact).abs().lt(unit)).toBe(true);
          });
        },
      ),
    );
  });

  it('does not depend on the unit of the parts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (values, decimals) => {
          fc.pre(values.some((v) => v > 0));
          const inWan = Object.fromEntries(values.map((v, i) => [`k${i}`, quantity(v, '万元')]));
          const inYi = Object.fromEntries(
            values.map((v, i) => [`k${i}`, quantity(new Decimal(v).div(10_000), '亿元')]),
          );
          expect(texts(roundShares(inYi, decimals))).toEqual(texts(roundShares(inWan, decimals)));
        },
      ),
    );
  });

  it('throws INVALID_ARGUMENT for a negative part, bad decimals or no parts', () => {
    expectError(
      () => roundShares({ a: 1, b: '-0.5' }, 1),
      'INVALID_ARGUMENT',
      'roundShares: parts.b must not be negative, got "-0.5"',
    );
    expect(roundShares({ a: 1, b: -0 }, 0).a?.toString()).toBe('100');
    for (const bad of [-1, 1.5, 21, Number.NaN]) {
      expectError(() => roundShares({ a: 1 }, bad), 'INVALID_ARGUMENT', 'roundShares: decimals');
    }
    expectError(() => roundShares({}, 1), 'INVALID_ARGUMENT', 'roundShares: parts');
  });

  it('throws DIVISION_BY_ZERO, INVALID_NUMBER and UNIT_MISMATCH', () => {
    expectError(
      () => roundShares({ a: 0, b: 0 }, 1),
      'DIVISION_BY_ZERO',
      'roundShares: the sum of parts',
    );
    expectError(() => roundShares({ a: 'x' }, 1), 'INVALID_NUMBER', 'roundShares: parts.a');
    expectError(
      () => roundShares({ a: quantity(1, '亩'), b: quantity(1, '元') }, 1),
      'UNIT_MISMATCH',
      'roundShares: parts.b',
    );
  });
});
