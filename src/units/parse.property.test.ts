import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTownIndicatorsError } from '../errors.js';
import { Decimal } from '../numbers/decimal.js';
import { parseQuantity } from './parse.js';
import { convert, type Qualifier, quantity } from './quantity.js';
import { listUnits, type Unit } from './table.js';

const QUALIFIERS: readonly Qualifier[] = ['about', 'nearly', 'more-than', 'at-least', 'less-than'];

/** `units / 10^scale` written as a plain decimal, computed with integers only. */
function fixed(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/** Decimals with at most 6 decimals and at most 18 digits, as text. */
const shortDecimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => ({ units, scale, text: fixed(units, scale) }));

/** Decimals with all 34 significant digits in use: quotients of two integers. */
const fullDecimal = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
    fc.bigInt({ min: 1n, max: 10n ** 12n }),
  )
  .map(([a, b]) => new Decimal(a.toString()).div(b.toString()));

// A bare number (unit '') is refused by parseQuantity by contract, so the number dimension
// (万, 亿 …) is left out of the round trip; parseFigure reads it.
const anyUnit = fc.constantFrom(...listUnits().filter((unit) => unit.dimension !== 'number'));
const anyQualifier = fc.constantFrom<Qualifier | undefined>(undefined, ...QUALIFIERS);

function make(value: string | Decimal, unit: Unit, qualifier: Qualifier | undefined) {
  return qualifier === undefined
    ? quantity(value, unit.name)
    : quantity(value, unit.name, { qualifier });
}

function toFullWidth(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : char;
  }
  return out;
}

describe('parseQuantity(String(q)) gives back q', () => {
  it('for every unit and qualifier, short decimals', () => {
    fc.assert(
      fc.property(anyUnit, anyQualifier, shortDecimal, (unit, qualifier, { text }) => {
        const q = make(text, unit, qualifier);
        const back = parseQuantity(String(q));
        expect(back.equals(q)).toBe(true);
        expect(back.unit).toBe(unit);
        expect(back.qualifier).toBe(qualifier);
      }),
      { numRuns: 2000 },
    );
  });

  it('for every unit and qualifier, decimals with 34 significant digits', () => {
    fc.assert(
      fc.property(anyUnit, anyQualifier, fullDecimal, (unit, qualifier, value) => {
        const q = make(value, unit, qualifier);
        expect(parseQuantity(String(q)).equals(q)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('through JSON', () => {
    fc.assert(
      fc.property(anyUnit, anyQualifier, shortDecimal, (unit, qualifier, { text }) => {
        const q = make(text, unit, qualifier);
        const json = JSON.parse(JSON.stringify({ q })) as { q: string };
        expect(parseQuantity(json.q).equals(q)).toBe(true);
      }),
    );
  });

  it('written with full-width forms and padded with spaces', () => {
    fc.assert(
      fc.property(anyUnit, anyQualifier, shortDecimal, (unit, qualifier, { text }) => {
        const q = make(text, unit, qualifier);
        expect(parseQuantity(`\u3000${toFullWidth(String(q))} `).equals(q)).toBe(true);
      }),
    );
  });

  it('written with an ASCII alias and a space', () => {
    const withAlias = listUnits().filter((unit) => unit.aliases.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...withAlias), shortDecimal, (unit, { text }) => {
        for (const alias of unit.aliases) {
          expect(parseQuantity(`${text} ${alias}`).equals(quantity(text, unit.name))).toBe(true);
        }
      }),
    );
  });
});

describe('parseQuantity on arbitrary text', () => {
  const pieces = fc.constantFrom(
    ...['0', '1', '5', '9', '.', ',', ' ', '-', '+', '万', '亿', '千', '余', '多', '约', '近'],
    ...['超过', '以上', '不足', '左右', '元', '人', '亩', '米', '平方', '公里', '次', 'yuan', 'ha'],
    ...['%', '、', '１', '．', '，', '\u3000', '斤', 'e', 'm2'],
  );

  function check(text: string): boolean {
    try {
      const q = parseQuantity(text);
      // What was read prints in the normal form, which reads back the same.
      return parseQuantity(String(q)).equals(q);
    } catch (error) {
      return (
        isTownIndicatorsError(error, 'PARSE_ERROR') || isTownIndicatorsError(error, 'UNKNOWN_UNIT')
      );
    }
  }

  it('either reads a quantity or throws PARSE_ERROR / UNKNOWN_UNIT (report-like pieces)', () => {
    fc.assert(fc.property(fc.string({ unit: pieces, maxLength: 12 }), check), { numRuns: 5000 });
  });

  it('either reads a quantity or throws PARSE_ERROR / UNKNOWN_UNIT (any Unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 1000 });
  });
});

/** Factors in 亩, from DESIGN §3 and DOMAIN.md (1 公顷 = 15 亩, 1 平方公里 = 1500 亩, 1 平方米 = 0.0015 亩). */
const MU_PER_UNIT: Readonly<Record<string, readonly [numerator: bigint, powerOfTen: number]>> = {
  平方米: [15n, 4],
  万平方米: [15n, 0],
  亩: [1n, 0],
  万亩: [10_000n, 0],
  公顷: [15n, 0],
  平方公里: [1500n, 0],
  平方千米: [1500n, 0],
  万公顷: [150_000n, 0],
  万平方公里: [15_000_000n, 0],
};

describe('conversion into 亩 is exact', () => {
  const areaUnits = listUnits().filter((unit) => unit.dimension === 'area');

  it('knows the factor of every area unit', () => {
    expect(Object.keys(MU_PER_UNIT).sort()).toEqual(areaUnits.map((unit) => unit.name).sort());
  });

  it('x in any area unit, with ≤ 6 decimals, is x × factor 亩 exactly, and converts back to x', () => {
    fc.assert(
      fc.property(fc.constantFrom(...areaUnits), shortDecimal, (unit, { units, scale, text }) => {
        const [numerator, powerOfTen] = MU_PER_UNIT[unit.name] ?? [0n, 0];
        const expected = fixed(units * numerator, scale + powerOfTen);
        const mu = convert(text, unit.name, '亩');
        expect(mu.eq(expected)).toBe(true);
        expect(mu.decimalPlaces()).toBeLessThanOrEqual(10);
        expect(convert(mu, '亩', unit.name).eq(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Whether `a / b` is a terminating decimal: the reduced denominator has only factors 2 and 5. */
function finiteRatio(a: Unit, b: Unit): boolean {
  const [an, ad] = a.factor.toFraction().map((part) => BigInt(part.toFixed()));
  const [bn, bd] = b.factor.toFraction().map((part) => BigInt(part.toFixed()));
  let denominator = (ad ?? 1n) * (bn ?? 1n);
  const numerator = (an ?? 1n) * (bd ?? 1n);
  let x = numerator;
  let y = denominator;
  while (y !== 0n) [x, y] = [y, x % y];
  denominator /= x;
  while (denominator % 2n === 0n) denominator /= 2n;
  while (denominator % 5n === 0n) denominator /= 5n;
  return denominator === 1n;
}

describe('round trips between the units of one dimension', () => {
  const named = listUnits().filter((unit) => unit.name !== '');
  const pairs = named.flatMap((a) =>
    named
      .filter((b) => a !== b && a.dimension === b.dimension && a.base === b.base)
      .map((b) => [a, b] as const),
  );
  const exactPairs = pairs.filter(([a, b]) => finiteRatio(a, b));
  const name = ([a, b]: readonly [Unit, Unit]): string => `${a.name}→${b.name}`;

  it('finds the pairs whose ratio is a power of ten, an integer or another finite decimal', () => {
    const names = exactPairs.map(name);
    for (const pair of [
      '公顷→亩',
      '平方米→亩',
      '平方公里→公顷',
      '亿元→万元',
      '万元→亿元',
      '千米→米',
    ]) {
      expect(names).toContain(pair);
    }
    for (const pair of ['亩→公顷', '亩→平方米', '万亩→平方公里']) expect(names).not.toContain(pair);
  });

  it('a → b → a gives x exactly when the ratio a/b is a finite decimal', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exactPairs), shortDecimal, ([a, b], { text }) => {
        const there = convert(text, a.name, b.name);
        expect(convert(there, b.name, a.name).eq(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a → b → a is within 34 significant digits of x for every pair', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pairs), shortDecimal, ([a, b], { text }) => {
        const back = convert(convert(text, a.name, b.name), b.name, a.name);
        const x = new Decimal(text);
        expect(back.minus(x).abs().lte(x.abs().times('1e-32'))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never mixes CNY and USD', () => {
    expect(pairs.map(name)).not.toContain('元→美元');
    expect(pairs.map(name)).not.toContain('亿美元→万元');
  });
});
