import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { claim, claimInput, derived, expectError } from './seedClaims.testing.js';
import { shares } from './shares.js';

describe('shares', () => {
  it("splits 成都's 60.3亿元 by source (seed-claims A01, A02)", () => {
    // seed-claims A02: 0.6亿 市级专项 + 11.2亿 区县配套 + 40.3亿 社会资金 of 60.3亿 invested, and
    // 8.2亿 without a stated source (A02 computed); together they are the whole 60.3亿.
    const a02 = claim('A02');
    const s = shares({
      市级专项: claimInput(a02, '市级专项'),
      区县配套: claimInput(a02, '区(市)县'),
      社会资金: claimInput(a02, '社会资金'),
      未说明来源: quantity(a02.computed?.value ?? '', '亿元'),
    });
    expect(Object.keys(s)).toEqual(['市级专项', '区县配套', '社会资金', '未说明来源']);
    // seed-claims A01: 社会资金 66.832504% (stated 66.8%)
    expect(roundHalfUp(s.社会资金.times(100), 6).toFixed(6)).toBe(claim('A01').computed?.value);
    // seed-claims A02 derived: 财政资金 (0.6 + 11.2) 19.568823% of 60.3亿
    expect(roundHalfUp(s.市级专项.plus(s.区县配套).times(100), 6).toFixed(6)).toBe(
      derived(a02, '财政资金'),
    );
    // … and 已列明来源 (0.6 + 11.2 + 40.3) 86.401327%
    expect(roundHalfUp(s.市级专项.plus(s.区县配套).plus(s.社会资金).times(100), 6).toFixed(6)).toBe(
      derived(a02, '已列明来源'),
    );
  });

  it('adds amounts written in different units (seed-claims A09)', () => {
    // seed-claims A09: 4.6亿 + 2250万 + 31.7亿 + 32.6亿 = 69.125亿 (553/8); 2250万 is 0.2250亿.
    const a09 = claim('A09');
    const s = shares({
      房屋: claimInput(a09, '农村房屋'),
      承包经营权: claimInput(a09, '农村土地承包'),
      集体建设用地: claimInput(a09, '农村集体建设'),
      林权: claimInput(a09, '林权'),
    });
    // 2250万 / 69.125亿 = 0.225 / 69.125 = 18/5530
    expect(s.承包经营权.toString()).toBe(new Decimal(18).div(5530).toString());
    expect(s.房屋.plus(s.承包经营权).plus(s.集体建设用地).plus(s.林权).toFixed(30)).toBe(
      `1.${'0'.repeat(30)}`,
    );
  });

  it('keeps the keys in order, integer-like keys first as JavaScript orders them', () => {
    expect(Object.keys(shares({ b: 1, a: 3 }))).toEqual(['b', 'a']);
    expect(Object.keys(shares({ x: 1, 2011: 1, 2010: 2 }))).toEqual(['2010', '2011', 'x']);
    const s = shares({ __proto__: 1, other: 3 } as unknown as Record<string, number>);
    expect(Object.keys(s)).toEqual(['other']);
    const own = shares(
      Object.fromEntries([
        ['__proto__', 1],
        ['x', 3],
      ]) as Record<string, number>,
    );
    expect(Object.keys(own)).toEqual(['__proto__', 'x']);
    expect(own.x?.toString()).toBe('0.75');
    expect(Object.isFrozen(own)).toBe(true);
  });

  it('computes negative parts as given', () => {
    const s = shares({ gain: 3, loss: -1 });
    expect(s.gain.toString()).toBe('1.5');
    expect(s.loss.toString()).toBe('-0.5');
  });

  it('shares of a partition add up to 1, in any unit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          fc.pre(values.some((v) => v > 0));
          const inWan = Object.fromEntries(values.map((v, i) => [`k${i}`, quantity(v, '万元')]));
          const inYi = Object.fromEntries(
            values.map((v, i) => [`k${i}`, quantity(new Decimal(v).div(10_000), '亿元')]),
          );
          const a = shares(inWan);
          const b = shares(inYi);
          const total = Object.values(a).reduce((sum, s) => sum.plus(s), new Decimal(0));
          return (
            total.minus(1).abs().lte('1e-32') &&
            Object.keys(a).every((key) => a[key]?.eq(b[key] ?? Number.NaN) === true)
          );
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO when the parts sum to zero', () => {
    expectError(() => shares({ a: 0, b: '0' }), 'DIVISION_BY_ZERO', 'shares: the sum of parts');
    expectError(() => shares({ a: 1, b: -1 }), 'DIVISION_BY_ZERO', 'shares: the sum of parts');
  });

  it('throws INVALID_ARGUMENT for an empty or non-record argument', () => {
    expectError(() => shares({}), 'INVALID_ARGUMENT', 'shares: parts must have at least one part');
    for (const bad of [null, [1, 2], 'a', quantity(1, '元'), new Decimal(1)]) {
      expectError(
        () => shares(bad as unknown as Record<string, number>),
        'INVALID_ARGUMENT',
        'shares: parts must be a record',
      );
    }
  });

  it('throws INVALID_NUMBER and UNIT_MISMATCH naming the part', () => {
    expectError(() => shares({ a: 1, b: 'x' }), 'INVALID_NUMBER', 'shares: parts.b');
    expectError(
      () => shares({ a: quantity(1, '亿元'), b: quantity(1, '亿美元') }),
      'UNIT_MISMATCH',
      'shares: parts.b is in 亿美元',
    );
  });
});
