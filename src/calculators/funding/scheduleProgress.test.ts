import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../periods/period.js';
import { quantity } from '../../units/quantity.js';
import { scheduleProgress } from './scheduleProgress.js';
import { expectError } from './seedClaims.testing.js';

describe('scheduleProgress', () => {
  it('finds 建设镇 behind schedule at its year-end report (seeds/002, 2011-12-22)', () => {
    // seeds/002: 中共建设镇委员会 … 二○一一年十二月二十二日; the zones' 年内计划投资 sum to 12.81亿
    // and their 已完成投资 to 9.614亿. Elapsed: 356 of 365 days = 0.975342465753424657534246575…;
    // done 0.750507416081186572989851678…; lag −0.224835049672238084544394897 (Python fractions).
    const p = scheduleProgress({
      period: '2011',
      asOf: '2011-12-22',
      planned: quantity('12.81', '亿元'),
      completed: quantity('96140', '万元'),
    });
    expect(p.elapsed.toDecimalPlaces(27).toString()).toBe('0.975342465753424657534246575');
    expect(p.done.toDecimalPlaces(27).toString()).toBe('0.750507416081186572989851678');
    expect(p.lag.toDecimalPlaces(27).toString()).toBe('-0.224835049672238084544394897');
    expect(p.onSchedule).toBe(false);
  });

  it("finds 建设镇's infrastructure zone on schedule (seeds/002: 计划1.5亿, 已完成1.5亿)", () => {
    // done 1, elapsed 356/365: lag 9/365 = 0.024657534246575342465753424657…
    const p = scheduleProgress({
      period: '2011',
      asOf: '2011-12-22',
      planned: quantity('1.5', '亿元'),
      completed: quantity('1.5', '亿元'),
    });
    expect(p.done.toString()).toBe('1');
    expect(p.lag.toDecimalPlaces(27).toString()).toBe('0.024657534246575342465753425');
    expect(p.onSchedule).toBe(true);
  });

  it('applies 时间过半、任务过半 at the end of June (DOMAIN.md), by months or by days', () => {
    // DOMAIN.md: "时间过半、任务过半" = at least half done by the end of June.
    const half = { period: '2011', asOf: '2011-06-30', planned: '100', completed: '50' } as const;
    const byMonths = scheduleProgress(half, { basis: 'months' });
    expect([byMonths.elapsed.toString(), byMonths.lag.toString(), byMonths.onSchedule]).toEqual([
      '0.5',
      '0',
      true,
    ]);
    // by days, 2011-01-01 … 2011-06-30 is 181 of 365 days, a little less than half
    const byDays = scheduleProgress(half);
    // 181/365 = 0.49589041095890410958904109589041… (Python fractions)
    expect(byDays.elapsed.toFixed(30)).toBe('0.495890410958904109589041095890');
    expect(byDays.onSchedule).toBe(true);
    // one yuan short of half is behind by months
    expect(scheduleProgress({ ...half, completed: '49.99' }, { basis: 'months' }).onSchedule).toBe(
      false,
    );
  });

  it('accepts a Period object, a half-year and dates outside the period', () => {
    const before = scheduleProgress({
      period: parsePeriod('2011-H2'),
      asOf: '2011-06-30',
      planned: 10,
      completed: 0,
    });
    expect([before.elapsed.toString(), before.onSchedule]).toEqual(['0', true]);
    const after = scheduleProgress({
      period: '2011-Q1',
      asOf: '2012-01-01',
      planned: 4,
      completed: 3,
    });
    expect([after.elapsed.toString(), after.lag.toString(), after.onSchedule]).toEqual([
      '1',
      '-0.25',
      false,
    ]);
    expect(Object.isFrozen(after)).toBe(true);
  });

  it('throws INVALID_PERIOD naming the input field', () => {
    expectError(
      () => scheduleProgress({ period: '2011-H3', asOf: '2011-06-30', planned: 1, completed: 1 }),
      'INVALID_PERIOD',
      'scheduleProgress: input.period',
    );
    expectError(
      () => scheduleProgress({ period: '2011', asOf: '2011-02-30', planned: 1, completed: 1 }),
      'INVALID_PERIOD',
      'scheduleProgress: input.asOf',
    );
  });

  it('throws DIVISION_BY_ZERO and NON_POSITIVE_BASE for the plan', () => {
    expectError(
      () => scheduleProgress({ period: '2011', asOf: '2011-06-30', planned: 0, completed: 1 }),
      'DIVISION_BY_ZERO',
      'scheduleProgress: input.planned is zero',
    );
    expectError(
      () => scheduleProgress({ period: '2011', asOf: '2011-06-30', planned: -2, completed: 1 }),
      'NON_POSITIVE_BASE',
      'scheduleProgress: input.planned must be positive',
    );
  });

  it('throws INVALID_ARGUMENT for a bad basis or input, and for months of a cut range', () => {
    const input = { period: '2011', asOf: '2011-06-30', planned: 1, completed: 1 } as const;
    expectError(
      () => scheduleProgress(input, { basis: 'weeks' as 'days' }),
      'INVALID_ARGUMENT',
      'scheduleProgress: options.basis',
    );
    expectError(
      () => scheduleProgress(null as unknown as typeof input),
      'INVALID_ARGUMENT',
      'scheduleProgress: input must be an object',
    );
    expectError(
      () => scheduleProgress({ ...input, period: '2011-03-15/2011-09-30' }, { basis: 'months' }),
      'INVALID_ARGUMENT',
      'scheduleProgress: input.period must cover whole calendar months',
    );
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER for the amounts', () => {
    expectError(
      () =>
        scheduleProgress({
          period: '2011',
          asOf: '2011-06-30',
          planned: quantity(1, '亿元'),
          completed: quantity(1, '万美元'),
        }),
      'UNIT_MISMATCH',
      'scheduleProgress: input.completed',
    );
    expectError(
      () => scheduleProgress({ period: '2011', asOf: '2011-06-30', planned: 1, completed: 'x' }),
      'INVALID_NUMBER',
      'scheduleProgress: input.completed',
    );
  });
});
