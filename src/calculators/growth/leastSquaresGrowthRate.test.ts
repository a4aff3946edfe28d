import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { averageAnnualGrowth } from './averageAnnualGrowth.js';
import { leastSquaresGrowthRate } from './leastSquaresGrowthRate.js';

function expectCode(run: () => unknown, code: string, message?: RegExp): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

const SALES = [33100, 47300, 69000, 102000, 150000, 220000];

describe('leastSquaresGrowthRate', () => {
  it('matches Excel LOGEST’s documented example: m = 1.463275628 (Microsoft, LOGEST function)', () => {
    const rate = leastSquaresGrowthRate(SALES.map((value, i) => ({ year: 11 + i, value })));
    expect(rate.plus(1).toFixed(9)).toBe('1.463275628');
    // mpmath at 60 digits: e^b − 1 = 0.46327562811617593531727599279069157236…
    expect(rate.minus('0.46327562811617593531727599279069157236').abs().lte('1e-33')).toBe(true);
  });

  it('gives the exact rate of an exactly geometric series (World Bank WDI method)', () => {
    const series = ['100', '110', '121', '133.1', '146.41'].map((value, i) => ({
      year: 2006 + i,
      value,
    }));
    expect(leastSquaresGrowthRate(series).minus('0.1').abs().lte('1e-32')).toBe(true);
  });

  it('equals the end-point rate for two observations', () => {
    const rate = leastSquaresGrowthRate([
      { year: 1996, value: '30.45' },
      { year: 2006, value: '155.3' },
    ]);
    expect(
      rate
        .minus(averageAnnualGrowth('30.45', '155.3', 10))
        .abs()
        .lte('1e-32'),
    ).toBe(true);
  });

  it('does not care about the order of the observations or gaps between years', () => {
    const sorted = leastSquaresGrowthRate([
      { year: 2005, value: 10 },
      { year: 2006, value: 12 },
      { year: 2009, value: 15 },
    ]);
    const shuffled = leastSquaresGrowthRate([
      { year: 2009, value: 15 },
      { year: 2005, value: 10 },
      { year: 2006, value: 12 },
    ]);
    expect(shuffled.minus(sorted).abs().lte('1e-33')).toBe(true);
  });

  it('does not depend on the unit of its inputs (property: 万元 vs 亿元, mixed)', () => {
    const amount = fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => new Decimal(n));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 2, maxLength: 12 }), (values) => {
        const inWan = leastSquaresGrowthRate(
          values.map((v, i) => ({ year: 2000 + i, value: quantity(v, '万元') })),
        );
        const mixed = leastSquaresGrowthRate(
          values.map((v, i) => ({
            year: 2000 + i,
            value: i % 2 === 0 ? quantity(v.div(10_000), '亿元') : quantity(v, '万元'),
          })),
        );
        expect(mixed.eq(inWan)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('throws INVALID_ARGUMENT for fewer than two observations or a single year', () => {
    expectCode(
      () => leastSquaresGrowthRate([]),
      'INVALID_ARGUMENT',
      /series must hold at least two/,
    );
    expectCode(() => leastSquaresGrowthRate([{ year: 2011, value: 1 }]), 'INVALID_ARGUMENT');
    expectCode(
      () =>
        leastSquaresGrowthRate([
          { year: 2011, value: 1 },
          { year: 2011, value: 2 },
        ]),
      'INVALID_ARGUMENT',
      /two different years/,
    );
  });

  it('throws NON_POSITIVE_BASE for a value ≤ 0', () => {
    expectCode(
      () =>
        leastSquaresGrowthRate([
          { year: 2010, value: 1 },
          { year: 2011, value: '0' },
        ]),
      'NON_POSITIVE_BASE',
      /^leastSquaresGrowthRate: series\[1\]\.value must be positive, got "0"$/,
    );
  });

  it('throws INVALID_NUMBER for a year or value that is not a number, and UNIT_MISMATCH', () => {
    expectCode(
      () =>
        leastSquaresGrowthRate([
          { year: Number.NaN, value: 1 },
          { year: 2011, value: 2 },
        ]),
      'INVALID_NUMBER',
      /series\[0\]\.year/,
    );
    expectCode(
      () =>
        leastSquaresGrowthRate([
          { year: 2010, value: quantity(1, '万人') },
          { year: 2011, value: quantity(2, '万亩') },
        ]),
      'UNIT_MISMATCH',
    );
  });
});
