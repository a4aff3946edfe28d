import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { isQuantity, quantity } from '../../units/quantity.js';
import { landQuotaGap } from './landQuotaGap.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('landQuotaGap', () => {
  it('reproduces the 白塔镇 construction-land gap', () => {
    // seeds/002 (仙居县白塔镇): 可支配建设用地指标116.7公顷 … 实际建设需求283.4公顷，缺口巨大.
    const r = landQuotaGap(quantity('116.7', '公顷'), quantity('283.4', '公顷'));
    expect(String(r.available)).toBe('116.7公顷');
    expect(String(r.demand)).toBe('283.4公顷');
    expect(String(r.gap)).toBe('166.7公顷');
    expect(String(r.surplus)).toBe('0公顷');
    // 116.7 / 283.4 = 0.41178546224417784050… (Python decimal, 50 digits)
    expect(roundHalfUp(r.coverage, 20).toString()).toBe('0.41178546224417784051');
  });

  it('reproduces the 白塔镇 urban construction-land gap', () => {
    // seeds/002: 城镇建设用地指标32.25公顷 … 城镇建设用地需求145.4公顷 → 缺口113.15公顷.
    const r = landQuotaGap(quantity('32.25', '公顷'), quantity('145.4', '公顷'));
    expect(String(r.gap)).toBe('113.15公顷');
  });

  it('answers in the unit of the first quantity', () => {
    // seeds/002 白塔: 116.7公顷 = 1750.5亩, 283.4公顷 = 4251亩 → gap 2500.5亩.
    const r = landQuotaGap(quantity('1750.5', '亩'), quantity('283.4', '公顷'));
    expect(String(r.demand)).toBe('4251亩');
    expect(String(r.gap)).toBe('2500.5亩');
    // plain numbers next to a quantity are in its unit
    expect(String(landQuotaGap('116.7', quantity('283.4', '公顷')).gap)).toBe('166.7公顷');
  });

  it('returns decimals for plain numbers, and a surplus when the quota exceeds the demand', () => {
    // 白塔 figures reversed: 283.4 available against 116.7 needed.
    const r = landQuotaGap('283.4', '116.7');
    expect(isQuantity(r.gap)).toBe(false);
    expect(r.gap.toString()).toBe('0');
    expect(r.surplus.toString()).toBe('166.7');
    expect(roundHalfUp(r.coverage, 6).toString()).toBe('2.428449');
  });

  it('has neither gap nor surplus when the quota meets the demand', () => {
    const r = landQuotaGap(quantity('8000', '亩'), quantity('5.3333', '平方公里'));
    // seed-claims B19: the 8000亩 industrial park = 5.333333平方公里; 5.3333 km² = 7999.95亩.
    expect(String(r.surplus)).toBe('0.05亩');
    const equal = landQuotaGap(quantity('1.5', 'km2'), quantity('2250', '亩'));
    expect(equal.gap.value.isZero() && equal.surplus.value.isZero()).toBe(true);
    expect(equal.coverage.toString()).toBe('1');
  });

  it('gap − surplus = demand − available, and at most one is non-zero (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (a, d) => {
          const available = new Decimal(a).div(100);
          const demand = new Decimal(d).div(100);
          const r = landQuotaGap(quantity(available, '公顷'), quantity(demand, '公顷'));
          const lawHolds = r.gap.value.minus(r.surplus.value).eq(demand.minus(available));
          const nonZero = [r.gap, r.surplus].filter((x) => !x.value.isZero()).length;
          return lawHolds && nonZero === (available.eq(demand) ? 0 : 1);
        },
      ),
    );
  });

  it('never changes with the area unit of the inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (a, d) => {
          const ha = (n: number) => new Decimal(n).div(100);
          const base = landQuotaGap(quantity(ha(a), '公顷'), quantity(ha(d), '公顷'));
          const other = landQuotaGap(
            quantity(ha(a).times(15), '亩'),
            quantity(ha(d).div(100), '平方公里'),
          );
          return (
            other.gap.to('公顷').eq(base.gap.value) &&
            other.surplus.to('公顷').eq(base.surplus.value) &&
            other.coverage.eq(base.coverage)
          );
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero demand', () => {
    expectError(
      () => landQuotaGap(quantity('116.7', '公顷'), 0),
      'DIVISION_BY_ZERO',
      'landQuotaGap: demand',
    );
  });

  it('throws INVALID_ARGUMENT for negative areas', () => {
    expectError(() => landQuotaGap(-1, 10), 'INVALID_ARGUMENT', 'landQuotaGap: available');
    expectError(() => landQuotaGap(1, '-10'), 'INVALID_ARGUMENT', 'landQuotaGap: demand');
  });

  it('throws UNIT_MISMATCH for a quantity that is not an area', () => {
    expectError(
      () => landQuotaGap(quantity('116.7', '公顷'), quantity('283.4', '万元')),
      'UNIT_MISMATCH',
      'landQuotaGap: demand',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => landQuotaGap('116.7公顷', 10), 'INVALID_NUMBER', 'available');
  });
});
