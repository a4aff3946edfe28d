import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { averageAnnualGrowth } from './averageAnnualGrowth.js';
import { cumulativeAverageGrowth } from './cumulativeAverageGrowth.js';
import { growthRate } from './growthRate.js';

function expectCode(run: () => unknown, code: string, message?: RegExp): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

/** Σ_{i=1..n} base·(1 + x)^i − Σ values, relative to Σ values. */
function relativeResidual(base: Decimal, values: readonly Decimal[], x: Decimal): Decimal {
  let total = new Decimal(0);
  let level = base;
  for (const value of values) {
    level = level.times(x.plus(1));
    total = total.plus(level).minus(value);
  }
  const sum = values.reduce((s, v) => s.plus(v), new Decimal(0));
  return total.div(sum).abs();
}

describe('cumulativeAverageGrowth', () => {
  it('gives 10.13 % for base 100 then 110 / 120 / 135 (DOMAIN.md, NBS 累计法)', () => {
    const x = cumulativeAverageGrowth('100', ['110', '120', '135']);
    expect(x.times(100).toFixed(2)).toBe('10.13');
    // against 10.52 % by the level method (DOMAIN.md)
    expect(averageAnnualGrowth('100', '135', 3).times(100).toFixed(2)).toBe('10.52');
  });

  it('agrees with a 60-digit reference root to 1e-33 (mpmath 1.3.0 findroot, 60 digits)', () => {
    // 100(1+x) + 100(1+x)² + 100(1+x)³ = 365 → x = 0.10131662425623346406159638445024939142…
    const x = cumulativeAverageGrowth('100', ['110', '120', '135']);
    expect(x.minus('0.10131662425623346406159638445024939142').abs().lte('1e-33')).toBe(true);
    // steep growth: 100 → 1e6, 1e7, 1e8 → x = 102.20440902521678961373440583014016907…
    const steep = cumulativeAverageGrowth(100, [1e6, 1e7, 1e8]);
    expect(steep.minus('102.20440902521678961373440583014016907').abs().lte('1e-30')).toBe(true);
    // collapse over 20 years: 100 → 1 each year → x = −0.83333333333333329534567739178796555…
    const collapse = cumulativeAverageGrowth(
      100,
      Array.from({ length: 20 }, () => 1),
    );
    expect(collapse.minus('-0.83333333333333329534567739178796555').abs().lte('1e-33')).toBe(true);
  });

  it('is correctly rounded in the last of its 34 digits', () => {
    // mpmath at 80 digits (findroot of Σ (1+x)^i = Σ values / base), rounded half up to 34
    // significant digits with Python's decimal module (Context(prec=34, ROUND_HALF_UP)).
    expect(cumulativeAverageGrowth('100', ['110', '120', '135']).toString()).toBe(
      '0.1013166242562334640615963844502494',
    );
    expect(cumulativeAverageGrowth('7', ['7.1', '7.3', '7.2', '8']).toString()).toBe(
      '0.02235192570651716799412163220570801',
    );
  });

  it('is exact in the simple cases', () => {
    expect(cumulativeAverageGrowth('100', ['150']).toString()).toBe('0.5');
    expect(cumulativeAverageGrowth('100', ['100', '100', '100']).toString()).toBe('0');
    // one year: the same as growthRate
    expect(cumulativeAverageGrowth('806', ['940']).eq(growthRate('806', '940'))).toBe(true);
  });

  it('finds the rate of an exactly geometric series within the tolerance', () => {
    const x = cumulativeAverageGrowth(100, ['110', '121', '133.1', '146.41']);
    expect(x.minus('0.1').abs().lte('1e-24')).toBe(true);
    const loose = cumulativeAverageGrowth(100, ['110', '121', '133.1'], { tolerance: '1e-6' });
    expect(loose.minus('0.1').abs().lte('1e-6')).toBe(true);
  });

  it('converts quantities to one unit', () => {
    const x = cumulativeAverageGrowth(quantity('1', '亿元'), [
      quantity('11000', '万元'),
      quantity('1.2', '亿元'),
      '1.35',
    ]);
    expect(x.eq(cumulativeAverageGrowth('100', ['110', '120', '135']))).toBe(true);
  });

  it('solves random series to their tolerance (property: residual and bracket)', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n).div(100));
    fc.assert(
      fc.property(amount, fc.array(amount, { minLength: 1, maxLength: 30 }), (base, values) => {
        const x = cumulativeAverageGrowth(base, values);
        expect(x.gt(-1)).toBe(true);
        expect(relativeResidual(base, values, x).lte('1e-20')).toBe(true);
        const rough = cumulativeAverageGrowth(base, values, { tolerance: '1e-15' });
        expect(rough.minus(x).abs().lte('1.000000001e-15')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the unit of its inputs (property: 万元 vs 亿元)', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n));
    fc.assert(
      fc.property(amount, fc.array(amount, { minLength: 1, maxLength: 10 }), (base, values) => {
        const inWan = cumulativeAverageGrowth(
          quantity(base, '万元'),
          values.map((v) => quantity(v, '万元')),
        );
        const inYi = cumulativeAverageGrowth(
          quantity(base.div(10_000), '亿元'),
          values.map((v) => quantity(v.div(10_000), '亿元')),
        );
        expect(inYi.eq(inWan)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('throws NO_SOLUTION when maxIterations is too small, never looping forever', () => {
    expectCode(
      () => cumulativeAverageGrowth('100', ['110', '120', '135'], { maxIterations: 1 }),
      'NO_SOLUTION',
      /^cumulativeAverageGrowth: no solution/,
    );
  });

  it('throws INVALID_ARGUMENT for empty values and options out of range', () => {
    expectCode(() => cumulativeAverageGrowth('100', []), 'INVALID_ARGUMENT', /values must hold/);
    expectCode(
      () => cumulativeAverageGrowth('100', ['110'], { tolerance: 0 }),
      'INVALID_ARGUMENT',
      /options\.tolerance/,
    );
    expectCode(
      () => cumulativeAverageGrowth('100', ['110'], { tolerance: '1e-41' }),
      'INVALID_ARGUMENT',
    );
    expectCode(
      () => cumulativeAverageGrowth('100', ['110'], { tolerance: '0.1' }),
      'INVALID_ARGUMENT',
    );
    expectCode(
      () => cumulativeAverageGrowth('100', ['110'], { maxIterations: 0 }),
      'INVALID_ARGUMENT',
      /options\.maxIterations/,
    );
    expectCode(
      () => cumulativeAverageGrowth('100', ['110'], { maxIterations: 2.5 }),
      'INVALID_ARGUMENT',
    );
    expectCode(
      () => cumulativeAverageGrowth('100', ['110'], { tolerance: Number.NaN }),
      'INVALID_NUMBER',
    );
  });

  it('throws DIVISION_BY_ZERO for a zero base, NON_POSITIVE_BASE for a negative base or sum (DESIGN §2)', () => {
    expectCode(
      () => cumulativeAverageGrowth(0, ['110']),
      'DIVISION_BY_ZERO',
      /^cumulativeAverageGrowth: base is zero, and the formula divides by it$/,
    );
    expectCode(
      () => cumulativeAverageGrowth(-5, ['110']),
      'NON_POSITIVE_BASE',
      /^cumulativeAverageGrowth: base must be positive, got -5$/,
    );
    expectCode(
      () => cumulativeAverageGrowth(100, ['10', '-20']),
      'NON_POSITIVE_BASE',
      /sum of values must be positive/,
    );
  });

  it('gives −1 when the values sum to zero (the root with 1 + x ≥ 0 of Σ base·(1 + x)^i = 0)', () => {
    expect(cumulativeAverageGrowth(100, ['10', '-10']).toString()).toBe('-1');
    expect(cumulativeAverageGrowth(100, ['0', '0', '0']).toString()).toBe('-1');
  });

  it('accepts single values ≤ 0 when the sum is positive', () => {
    const x = cumulativeAverageGrowth(100, ['-10', '250']);
    expect(
      relativeResidual(new Decimal(100), [new Decimal(-10), new Decimal(250)], x).lte('1e-30'),
    ).toBe(true);
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER', () => {
    expectCode(
      () => cumulativeAverageGrowth(quantity(1, '亿元'), [quantity(1, '亩')]),
      'UNIT_MISMATCH',
      /values\[0\]/,
    );
    expectCode(() => cumulativeAverageGrowth(100, ['1', 'x']), 'INVALID_NUMBER', /values\[1\]/);
  });
});
