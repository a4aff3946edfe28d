import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { completionRate } from './completionRate.js';
import { expectError } from './seedClaims.testing.js';

// seeds/002 (建设镇, 2011-12-22): 年内计划投资 / 已完成投资 of the four 战区 (亿元).
const zones = {
  基础设施: ['1.5', '1.5'],
  产业发展: ['4.38', '2.98'],
  城镇建设: ['6.43', '4.72'],
  水利: ['0.5', '0.414'],
} as const;

describe('completionRate', () => {
  it("reproduces the completion of 建设镇's four zones (seeds/002)", () => {
    // Python fractions: 1, 2.98/4.38 = 0.680365296803652968036529680365…,
    // 4.72/6.43 = 0.734059097978227060653188180404…, 0.414/0.5 = 0.828
    const rates = Object.fromEntries(
      Object.entries(zones).map(([zone, [planned, done]]) => [
        zone,
        completionRate(quantity(planned, '亿元'), quantity(done, '亿元')).toDecimalPlaces(30),
      ]),
    );
    expect(Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, v.toString()]))).toEqual({
      基础设施: '1',
      产业发展: '0.680365296803652968036529680365',
      城镇建设: '0.734059097978227060653188180404',
      水利: '0.828',
    });
  });

  it('adds up the zones: 9.614亿 of 12.81亿 planned, 75.05% (seeds/002)', () => {
    // seeds/002: the zones' 已完成投资 sum to 9.614亿 (stated 9.6亿), their plans to 12.81亿.
    // 9.614 / 12.81 = 0.750507416081186572989851678376… (Python fractions)
    const r = completionRate(quantity('12.81', '亿元'), quantity('96140', '万元'));
    expect(r.toDecimalPlaces(30).toString()).toBe('0.750507416081186572989851678376');
  });

  it('exceeds 1 when the plan is exceeded (超额完成) and reads plain numbers', () => {
    expect(completionRate('80', '100').toString()).toBe('1.25');
    expect(completionRate(4, 1).toString()).toBe('0.25');
    expect(completionRate('100', '-5').toString()).toBe('-0.05');
    expect(completionRate(3, 1).eq(new Decimal(1).div(3))).toBe(true);
  });

  it('throws DIVISION_BY_ZERO for a zero plan and NON_POSITIVE_BASE for a negative one', () => {
    // DOMAIN.md: a completion rate with a plan ≤ 0 has no meaning.
    expectError(
      () => completionRate('0', '5'),
      'DIVISION_BY_ZERO',
      'completionRate: planned is zero',
    );
    expectError(
      () => completionRate(quantity('-1', '亿元'), quantity('1', '亿元')),
      'NON_POSITIVE_BASE',
      'completionRate: planned must be positive, got "-1亿元"',
    );
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER naming the argument', () => {
    expectError(
      () => completionRate(quantity('1', '亿元'), quantity('1', '公顷')),
      'UNIT_MISMATCH',
      'completionRate: actual is in 公顷',
    );
    expectError(() => completionRate('a', '1'), 'INVALID_NUMBER', 'completionRate: planned');
    expectError(() => completionRate('1', 'b'), 'INVALID_NUMBER', 'completionRate: actual');
  });
});
