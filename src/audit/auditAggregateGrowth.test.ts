import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import {
  add,
  compare,
  div,
  fromDecimal,
  halfUnit,
  ONE,
  type Rational,
  sub,
  sumRationals,
  toDecimalValue,
} from '../numbers/rational.js';
import { auditAggregateGrowth } from './auditAggregateGrowth.js';

function code(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return 'no error';
}

// DOMAIN.md / seeds 002 (建设镇): 工农业总产值19.33亿元，增长27.5%。其中，农林牧渔业总产值达1.88亿元，
// 增长7.8%；工业总产值达17.45亿元，增长30% → the parts give 27.447%.
const JIANSHE = [
  { current: '1.88亿元', growth: '7.8%' },
  { current: '17.45亿元', growth: '30%' },
] as const;

describe('auditAggregateGrowth', () => {
  it('finds 建设镇 27.5% inconsistent with its components (27.447%)', () => {
    const r = auditAggregateGrowth({ components: JIANSHE, stated: '27.5%' });
    expect(r.kind).toBe('aggregate-growth');
    expect([r.consistent, r.computed.toFixed(6), r.rounded.toString(), r.decimals]).toEqual([
      false,
      '27.447351',
      '27.4',
      1,
    ]);
    expect(r.difference.toFixed(6)).toBe('-0.052649');
    // 30% is printed to the percent: 29.5%–30.5% moves the total by about ±0.45 points
    expect(r.range.map((x) => x.toFixed(6))).toEqual(['27.000084', '27.894628']);
    expect(r.withinInputRounding).toBe(true);
    expect(r.explanation).toBe(
      'Stated 27.5% but the components give 27.447%, which rounds to 27.4%: inconsistent, although inputs within their rounding give 27.0–27.895%, which can round to 27.5%.',
    );
    expect(r.explanationZh).toBe(
      '报告值27.5%，按分项计算为27.447%，四舍五入为27.4%，不一致，但输入值在舍入误差范围内可得27.0至27.895%，能够得到27.5%。',
    );
  });

  it('is inconsistent with exact inputs, and with the printed total 19.33亿 the value is the same', () => {
    const exact = auditAggregateGrowth(
      { components: JIANSHE, stated: '27.5%' },
      { exactInputs: true },
    );
    expect([exact.consistent, exact.withinInputRounding]).toEqual([false, false]);
    const withTotal = auditAggregateGrowth({
      components: JIANSHE,
      total: '19.33亿元',
      stated: '27.5%',
    });
    expect(withTotal.computed.toFixed(6)).toBe('27.447351');
  });

  // seed-claims B03: 工农业164.8亿 +9% from 工业160亿 +9.5% and 农业4.8亿 +5%: 9.363485%,
  // range over input rounding 8.901535%–9.828254% (with the printed total as the numerator)
  it('reproduces seed-claims B03 with and without the printed total', () => {
    const components = [
      { current: '160亿元', growth: '9.5%' },
      { current: '4.8亿元', growth: '5%' },
    ];
    const r = auditAggregateGrowth({ components, total: '164.8亿元', stated: '9%' });
    expect([r.consistent, r.computed.toFixed(6)]).toEqual([true, '9.363485']);
    expect(r.range.map((x) => x.toFixed(6))).toEqual(['8.901535', '9.828254']);
    const noTotal = auditAggregateGrowth({ components, stated: '9.4%' });
    expect([noTotal.consistent, noTotal.computed.toFixed(6)]).toEqual([true, '9.363485']);
    expect(noTotal.range.map((x) => x.toFixed(6))).toEqual(['9.297219', '9.429250']);
  });

  it('converts the components into one unit and reads fractions', () => {
    const r = auditAggregateGrowth({
      components: [
        { current: '18800万元', growth: 0.078 },
        { current: '17.45亿元', growth: '0.3' },
      ],
      stated: 0.274,
    });
    expect([r.consistent, r.computed.toFixed(6), r.unit]).toEqual([true, '0.274474', '']);
  });

  it('finds the exact range: equal to brute force over every corner (property)', () => {
    const component = fc.record({
      current: fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 0, max: 2 })),
      growth: fc.integer({ min: -800, max: 3000 }),
    });
    fc.assert(
      fc.property(
        fc.array(component, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (rows, withTotal) => {
          const components = rows.map(({ current: [units, places], growth }) => ({
            current: new Decimal(units).div(10 ** places).toFixed(places),
            growth: `${new Decimal(growth).div(10).toFixed(1)}%`,
          }));
          const currents = components.map((c) => fromDecimal(new Decimal(c.current)));
          const total = withTotal ? toDecimalValue(sumRationals(currents)).toFixed() : undefined;
          const r = auditAggregateGrowth({
            components,
            ...(total === undefined ? {} : { total }),
            stated: '0%',
          });
          const [low, high] = bruteForce(components, total);
          expect(r.range[0].eq(toDecimalValue(low))).toBe(true);
          expect(r.range[1].eq(toDecimalValue(high))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('throws the documented codes', () => {
    expect(code(() => auditAggregateGrowth({ components: [], stated: '5%' }))).toBe(
      'INVALID_ARGUMENT',
    );
    // A zero current value makes the component's previous value, the base of its growth, zero;
    // a growth of exactly −100 % makes 1 + growth, the divisor of current, zero.
    expect(
      code(() =>
        auditAggregateGrowth({ components: [{ current: '0', growth: '5%' }], stated: '5%' }),
      ),
    ).toBe('DIVISION_BY_ZERO');
    expect(
      code(() =>
        auditAggregateGrowth({ components: [{ current: '1', growth: '-100%' }], stated: '5%' }),
      ),
    ).toBe('DIVISION_BY_ZERO');
    expect(
      code(() =>
        auditAggregateGrowth({ components: [{ current: '-1', growth: '5%' }], stated: '5%' }),
      ),
    ).toBe('NON_POSITIVE_BASE');
    expect(
      code(() =>
        auditAggregateGrowth({ components: [{ current: '1', growth: '-120%' }], stated: '5%' }),
      ),
    ).toBe('NON_POSITIVE_BASE');
    expect(
      code(() =>
        auditAggregateGrowth({
          components: [{ current: '1', growth: '5%' }],
          total: '0',
          stated: '5%',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      code(() =>
        auditAggregateGrowth({
          components: [
            { current: '1亿元', growth: '5%' },
            { current: '1万人', growth: '5%' },
          ],
          stated: '5%',
        }),
      ),
    ).toBe('UNIT_MISMATCH');
    expect(
      code(() =>
        auditAggregateGrowth({ components: [{ current: '1', growth: 'x' }], stated: '5%' }),
      ),
    ).toBe('INVALID_NUMBER');
    expect(
      code(() =>
        auditAggregateGrowth({ components: [{ current: '1', growth: '5%' }], stated: '?' }),
      ),
    ).toBe('PARSE_ERROR');
    expect(() =>
      auditAggregateGrowth({ components: [{ current: '1', growth: '-120%' }], stated: '5%' }),
    ).toThrow('auditAggregateGrowth: components[0].growth must be above -100%');
    expect(() =>
      auditAggregateGrowth({ components: [{ current: '1', growth: '-100%' }], stated: '5%' }),
    ).toThrow(
      'auditAggregateGrowth: 1 + components[0].growth is zero, and the formula divides by it',
    );
    expect(() =>
      auditAggregateGrowth({
        components: [
          { current: '2', growth: '5%' },
          { current: '0', growth: '5%' },
        ],
        stated: '5%',
      }),
    ).toThrow('auditAggregateGrowth: components[1].current is zero, and the formula divides by it');
  });
});

/** Min and max of the total growth over every corner of the input box, by enumeration. */
function bruteForce(
  components: readonly { readonly current: string; readonly growth: string }[],
  total: string | undefined,
): readonly [Rational, Rational] {
  const intervals = components.map((c) => {
    const current = fromDecimal(new Decimal(c.current));
    const currentHalf = halfUnit(-(c.current.split('.')[1]?.length ?? 0));
    const growth = fromDecimal(new Decimal(c.growth.slice(0, -1)).div(100));
    const growthHalf = halfUnit(-3);
    return {
      current: [sub(current, currentHalf), add(current, currentHalf)] as const,
      growth: [sub(growth, growthHalf), add(growth, growthHalf)] as const,
    };
  });
  const totalValues =
    total === undefined
      ? [undefined]
      : (() => {
          const t = fromDecimal(new Decimal(total));
          const h = halfUnit(-(total.split('.')[1]?.length ?? 0));
          return [sub(t, h), add(t, h)];
        })();
  let low: Rational | undefined;
  let high: Rational | undefined;
  const corners = 4 ** intervals.length;
  for (const t of totalValues) {
    for (let mask = 0; mask < corners; mask += 1) {
      let current: Rational = { n: 0n, d: 1n };
      let previous: Rational = { n: 0n, d: 1n };
      intervals.forEach((interval, index) => {
        const c = interval.current[(mask >> (2 * index)) & 1] as Rational;
        const g = interval.growth[(mask >> (2 * index + 1)) & 1] as Rational;
        current = add(current, c);
        previous = add(previous, div(c, add(ONE, g)));
      });
      const value = sub(div(t ?? current, previous), ONE);
      if (low === undefined || compare(value, low) < 0) low = value;
      if (high === undefined || compare(value, high) > 0) high = value;
    }
  }
  const hundred = { n: 100n, d: 1n };
  return [div(low ?? ONE, div(ONE, hundred)), div(high ?? ONE, div(ONE, hundred))];
}
