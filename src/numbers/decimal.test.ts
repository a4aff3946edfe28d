import { Decimal as UserDecimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, decimalsOf, isDecimal, roundHalfUp, toDecimal } from './decimal.js';

function expectCode(run: () => unknown, code: string, message?: string): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
  if (message !== undefined) expect(run).toThrow(message);
}

/** `units / 10^scale` as plain decimal text, computed with integers only. */
function fixed(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

describe('Decimal (the library clone)', () => {
  it('has 34 significant digits and rounds half up', () => {
    expect(Decimal.precision).toBe(34);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(new Decimal(1).div(3).toString()).toBe('0.3333333333333333333333333333333333');
    expect(new Decimal(2).div(3).toString()).toBe('0.6666666666666666666666666666666667');
    expect(new Decimal(-2).div(3).toString()).toBe('-0.6666666666666666666666666666666667');
  });

  it('never writes exponent notation', () => {
    expect(new Decimal('1e-20').toString()).toBe('0.00000000000000000001');
    expect(new Decimal('1.5e25').toString()).toBe('15000000000000000000000000');
    expect(new Decimal(1).div('1e30').toString()).toBe(`0.${'0'.repeat(29)}1`);
  });

  it('adds 0.1 and 0.2 exactly', () => {
    expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
  });
});

describe('toDecimal', () => {
  it('reads a percentage as a fraction (DESIGN §2: 9.5% → 0.095)', () => {
    expect(toDecimal('9.5%').toString()).toBe('0.095');
    expect(toDecimal('66.8%').toString()).toBe('0.668'); // seed-claims A01
    expect(toDecimal('66.8％').toString()).toBe('0.668');
    expect(toDecimal(' 72 % ').toString()).toBe('0.72'); // seed-claims A06
    expect(toDecimal('-3.5%').toString()).toBe('-0.035');
  });

  it('reads plain and signed strings, with spaces around', () => {
    expect(toDecimal('60.3').toString()).toBe('60.3');
    expect(toDecimal(' -0.5 ').toString()).toBe('-0.5');
    expect(toDecimal('+7').toString()).toBe('7');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal('1e3').toString()).toBe('1000');
  });

  it('reads numbers through their shortest decimal string', () => {
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toString()).toBe('0.3');
    expect(toDecimal(0.1 + 0.2).toString()).toBe('0.30000000000000004');
    expect(toDecimal(60.3).toString()).toBe('60.3');
    expect(toDecimal(1.005).toString()).toBe('1.005');
    expect(toDecimal(1e21).toString()).toBe('1000000000000000000000');
    expect(toDecimal(Number.MAX_SAFE_INTEGER).toString()).toBe('9007199254740991');
  });

  it('reads -0 as 0', () => {
    const zero = toDecimal(-0);
    expect(zero.isZero()).toBe(true);
    expect(zero.isNegative()).toBe(false);
    expect(Object.is(zero.toNumber(), 0)).toBe(true);
  });

  it('returns a decimal of the clone as it is', () => {
    const value = new Decimal('1.23');
    expect(toDecimal(value)).toBe(value);
  });

  const invalid: readonly (readonly [string, unknown, string])[] = [
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '-Infinity'],
    ['empty string', '', '""'],
    ['spaces', '   ', '"   "'],
    ['text', 'abc', '"abc"'],
    ['a percent sign alone', '%', '"%"'],
    ['thousands separators', '1,000', '"1,000"'],
    ['two points', '1.2.3', '"1.2.3"'],
    ['Infinity as text', 'Infinity', '"Infinity"'],
    ['NaN as text', 'NaN', '"NaN"'],
    ['hex', '0x10', '"0x10"'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object', {}, '[object Object]'],
    ['a boolean', true, 'true'],
    ['a decimal NaN', new UserDecimal(Number.NaN), '"NaN"'],
    ['a decimal Infinity', new Decimal(Number.POSITIVE_INFINITY), '"Infinity"'],
  ];

  it.each(invalid)('throws INVALID_NUMBER for %s', (_, value, shown) => {
    expectCode(
      () => toDecimal(value as string),
      'INVALID_NUMBER',
      `toDecimal: value must be a finite number, got ${shown}`,
    );
  });

  it('names the function and the argument given, and keeps them in details', () => {
    const run = () => toDecimal('abc', { fn: 'growthRate', arg: 'previous' });
    expectCode(run, 'INVALID_NUMBER', 'growthRate: previous must be a finite number, got "abc"');
    expect(run).toThrow(
      expect.objectContaining({ details: { fn: 'growthRate', arg: 'previous', value: 'abc' } }),
    );
    expectCode(
      () => toDecimal(Number.NaN, { fn: 'share', arg: 'whole' }),
      'INVALID_NUMBER',
      'share: whole must be a finite number, got NaN',
    );
  });
});

describe('roundHalfUp', () => {
  it.each([
    ['66.832504', 1, '66.8'], // seed-claims A01: 40.3 / 60.3 → 66.8%
    ['2.25', 1, '2.3'],
    ['-2.25', 1, '-2.3'],
    ['2.35', 1, '2.4'],
    ['-2.35', 1, '-2.4'],
    ['0.5', 0, '1'],
    ['-0.5', 0, '-1'],
    ['1.5', 0, '2'],
    ['2.5', 0, '3'],
    ['1.005', 2, '1.01'],
    ['1.00499999', 2, '1'],
    ['27.447', 1, '27.4'], // DOMAIN.md: 建设镇 27.447% against a stated 27.5%
    ['0.0952', 3, '0.095'],
    ['123', 2, '123'],
  ] as const)('roundHalfUp(%s, %i) = %s', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals).toString()).toBe(expected);
  });

  it('rounds a number through its shortest string (1.005 → 1.01, not 1.00)', () => {
    expect(roundHalfUp(1.005, 2).toString()).toBe('1.01');
    expect(roundHalfUp('9.5%', 2).toString()).toBe('0.1');
  });

  it('throws INVALID_ARGUMENT for decimals that are not an integer ≥ 0', () => {
    for (const decimals of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectCode(
        () => roundHalfUp('1', decimals),
        'INVALID_ARGUMENT',
        'roundHalfUp: decimals must be an integer ≥ 0',
      );
    }
  });

  it('throws INVALID_NUMBER naming roundHalfUp and value', () => {
    expectCode(
      () => roundHalfUp('x', 1),
      'INVALID_NUMBER',
      'roundHalfUp: value must be a finite number, got "x"',
    );
  });

  it('is within half a unit, keeps at most `decimals` digits, and breaks ties away from zero', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 8 }),
        (units, scale, decimals) => {
          const value = new Decimal(fixed(units, scale));
          const rounded = roundHalfUp(value, decimals);
          const half = new Decimal(10).pow(-decimals).div(2);
          const distance = rounded.minus(value).abs();
          expect(rounded.decimalPlaces()).toBeLessThanOrEqual(decimals);
          expect(distance.lte(half)).toBe(true);
          if (distance.eq(half)) expect(rounded.abs().gt(value.abs())).toBe(true);
          // Integer oracle: half up in magnitude = floor((|units| · 10^d + 10^s / 2) / 10^s).
          if (scale > decimals) {
            const magnitude = units < 0n ? -units : units;
            const divisor = 10n ** BigInt(scale - decimals);
            const up = (magnitude * 2n + divisor) / (2n * divisor);
            expect(rounded.eq(fixed(units < 0n ? -up : up, decimals))).toBe(true);
          } else {
            expect(rounded.eq(value)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('decimalsOf', () => {
  it.each([
    ['66.80%', 2],
    ['66.8%', 1],
    ['66.8％', 1],
    ['22.32', 2], // seed-claims: 22.32亿 has 2 decimals
    ['22', 0],
    ['0.066', 3],
    [' 6.6 ', 1],
    ['-3.25', 2],
    ['.5', 1],
    ['1.', 0],
    ['', 0],
  ] as const)('decimalsOf(%j) = %i', (text, expected) => {
    expect(decimalsOf(text)).toBe(expected);
  });
});

describe('isDecimal', () => {
  it('recognises decimals of any copy of decimal.js', () => {
    expect(isDecimal(new Decimal(1))).toBe(true);
    expect(isDecimal(new UserDecimal(1))).toBe(true);
    for (const value of [1, '1', null, undefined, {}, { d: [1], e: 0, s: 1 }]) {
      expect(isDecimal(value)).toBe(false);
    }
  });
});

describe('roundHalfUp beyond the last digit and numbers beyond the range (found by fuzzing)', () => {
  it('keeps the value when decimals reach past its last digit, even 1e308 of them', () => {
    expect(roundHalfUp('1.23456789', 1e308).toString()).toBe('1.23456789');
    expect(roundHalfUp('1.25', 2147483648).toString()).toBe('1.25');
    expect(roundHalfUp('-0', 5).toString()).toBe('0');
  });

  it('refuses magnitudes beyond 1e±1000000 where they enter: INVALID_NUMBER', () => {
    expectCode(
      () => toDecimal('9e8999999999999999'),
      'INVALID_NUMBER',
      'toDecimal: value must be a finite number between 1e-1000000 and 1e+1000000 in magnitude (or 0), got "9e8999999999999999"',
    );
    expectCode(() => toDecimal('1e-1000001'), 'INVALID_NUMBER');
    expect(toDecimal('1e-1000000').e).toBe(-1_000_000);
    expect(toDecimal('0e-9999999').toString()).toBe('0');
  });
});

describe('percentages keep every digit (found by fuzzing a JSON round trip)', () => {
  it('reads a rate with 35 significant digits exactly', () => {
    expect(toDecimal('12.345678901234567890123456789012345%').toString()).toBe(
      '0.12345678901234567890123456789012345',
    );
    expect(toDecimal('9.5%').toString()).toBe('0.095');
    expect(toDecimal('-1e2%').toString()).toBe('-1');
    expect(toDecimal('.5%').toString()).toBe('0.005');
  });
});
