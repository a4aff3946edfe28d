import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { isQuantity, quantity } from '../../units/quantity.js';
import { fundingGap } from './fundingGap.js';
import { claim, claimInput, derived, expectError } from './seedClaims.testing.js';

describe('fundingGap', () => {
  it("finds the 8.2亿元 of 成都's investment with no stated source (seed-claims A02)", () => {
    // seed-claims A02: 60.3亿 invested; 0.6亿 市级专项, 11.2亿 区县配套, 40.3亿 社会资金 stated;
    // computed 8.2亿 without a source; derived 已列明来源 86.401327%.
    const a02 = claim('A02');
    const g = fundingGap(claimInput(a02, '小城镇改造实际'), [
      claimInput(a02, '市级专项'),
      claimInput(a02, '区(市)县'),
      claimInput(a02, '社会资金'),
    ]);
    expect(String(g.required)).toBe('60.3亿元');
    expect(String(g.secured)).toBe('52.1亿元');
    expect(g.gap.value.toFixed(6)).toBe(a02.computed?.value);
    expect(String(g.gap)).toBe('8.2亿元');
    expect(String(g.surplus)).toBe('0亿元');
    expect(roundHalfUp(g.coverage.times(100), 6).toFixed(6)).toBe(derived(a02, '已列明来源'));
    // … and 6.2亿 when the 2亿 of 城建资金 is counted as well (A02 derived)
    const with2 = fundingGap(claimInput(a02, '小城镇改造实际'), [
      claimInput(a02, '市城建资金'),
      claimInput(a02, '市级专项'),
      claimInput(a02, '区(市)县'),
      claimInput(a02, '社会资金'),
    ]);
    expect(with2.gap.value.toFixed(6)).toBe(derived(a02, '未说明来源 (also'));
  });

  it('answers in the unit of the first quantity, reading other units exactly', () => {
    // seed-claims A09: 4.6亿 + 2250万 + 31.7亿 + 32.6亿 = 69.125亿 against a stated 69亿
    const a09 = claim('A09');
    const g = fundingGap(quantity('69', '亿元'), [
      claimInput(a09, '农村房屋'),
      claimInput(a09, '农村土地承包'),
      claimInput(a09, '农村集体建设'),
      claimInput(a09, '林权'),
    ]);
    expect(String(g.secured)).toBe('69.125亿元');
    expect(String(g.surplus)).toBe('0.125亿元');
    expect(String(g.gap)).toBe('0亿元');
    expect(g.coverage.toString()).toBe(new Decimal('69.125').div(69).toString());
    // plain numbers next to a quantity are in its unit, even when the first quantity comes later
    const later = fundingGap('603000', ['6000', quantity('11.2', '亿元')]);
    expect(String(later.required)).toBe('603000亿元');
    expect(String(later.gap)).toBe('596988.8亿元');
  });

  it('returns decimals for plain numbers, with one secured amount or none', () => {
    const g = fundingGap('100', '30');
    expect(isQuantity(g.gap)).toBe(false);
    expect(g.gap.toString()).toBe('70');
    expect(g.coverage.toString()).toBe('0.3');
    const none = fundingGap(100, []);
    expect(none.secured.toString()).toBe('0');
    expect(none.gap.toString()).toBe('100');
    expect(none.coverage.toString()).toBe('0');
    const met = fundingGap('100', ['40', '60']);
    expect([met.gap.toString(), met.surplus.toString(), met.coverage.toString()]).toEqual([
      '0',
      '0',
      '1',
    ]);
    // a negative secured amount (a withdrawn commitment) is added as given
    expect(fundingGap(100, [80, -10]).gap.toString()).toBe('30');
    expect(Object.isFrozen(g)).toBe(true);
  });

  it('gap − surplus = required − secured, and one of them is zero (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: -1_000_000, max: 10_000_000_000 }), { maxLength: 6 }),
        (required, secured) => {
          const g = fundingGap(required, secured);
          const total = secured.reduce((a, b) => a.plus(b), new Decimal(0));
          expect(g.secured.eq(total)).toBe(true);
          expect(g.gap.minus(g.surplus).eq(new Decimal(required).minus(total))).toBe(true);
          expect(g.gap.isZero() || g.surplus.isZero()).toBe(true);
          expect(g.gap.gte(0) && g.surplus.gte(0)).toBe(true);
          expect(g.coverage.eq(total.div(required))).toBe(true);
        },
      ),
    );
  });

  it('does not depend on the unit of the inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { maxLength: 5 }),
        (required, secured) => {
          const wan = fundingGap(
            quantity(required, '万元'),
            secured.map((s) => quantity(s, '万元')),
          );
          const yi = fundingGap(
            quantity(new Decimal(required).div(10_000), '亿元'),
            secured.map((s) => quantity(new Decimal(s).div(10_000), '亿元')),
          );
          expect(wan.coverage.eq(yi.coverage)).toBe(true);
          expect(wan.gap.to('元').eq(yi.gap.to('元'))).toBe(true);
          expect(wan.surplus.to('元').eq(yi.surplus.to('元'))).toBe(true);
          expect(yi.gap.unit.name).toBe('亿元');
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for nothing required and NON_POSITIVE_BASE below zero', () => {
    expectError(() => fundingGap(0, [1]), 'DIVISION_BY_ZERO', 'fundingGap: required is zero');
    expectError(
      () => fundingGap(quantity(0, '亿元'), quantity(1, '亿元')),
      'DIVISION_BY_ZERO',
      'fundingGap: required',
    );
    expectError(
      () => fundingGap(quantity('-5', '万元'), quantity('1', '亿元')),
      'NON_POSITIVE_BASE',
      'fundingGap: required must be positive, got "-5万元"',
    );
    expectError(
      () => fundingGap('-5', '1'),
      'NON_POSITIVE_BASE',
      'fundingGap: required must be positive, got "-5"',
    );
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER naming the secured item', () => {
    // seeds/002: 协议引进外资1665万美元 is USD; it cannot be added to 万元
    expectError(
      () => fundingGap(quantity('9000', '万元'), [quantity('850', '万美元')]),
      'UNIT_MISMATCH',
      'fundingGap: secured[0] is in 万美元',
    );
    expectError(
      () => fundingGap(quantity('1', '亿元'), quantity('1', '亩')),
      'UNIT_MISMATCH',
      'fundingGap: secured is in 亩',
    );
    expectError(() => fundingGap('1', ['2', 'x']), 'INVALID_NUMBER', 'fundingGap: secured[1]');
    expectError(() => fundingGap('y', '1'), 'INVALID_NUMBER', 'fundingGap: required');
    expectError(
      () => fundingGap('1', [1, undefined as unknown as number]),
      'INVALID_NUMBER',
      'fundingGap: secured[1]',
    );
  });
});
