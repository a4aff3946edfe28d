import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { figureNamed, printedLike, seedClaim } from '../../../tests/support/seedClaims.js';
import { Decimal, isDecimal } from '../../numbers/decimal.js';
import { isQuantity, type Quantity, quantity } from '../../units/quantity.js';
import { growthContributions } from './growthContributions.js';
import { impliedPrevious } from './impliedPrevious.js';

/** A component given the way reports give it: the current value and its growth. */
function fromGrowth(name: string, current: Quantity, rate: string) {
  return { name, previous: impliedPrevious(current, rate), current };
}

describe('growthContributions', () => {
  it('reproduces 工业 and 农业 pulls and contribution rates (seed-claims B03)', () => {
    const c = seedClaim('B03');
    expect(c.kind).toBe('aggregate_growth');
    const amount = (name: string): Quantity => {
      const item = figureNamed(c.inputs, name);
      return quantity(item.value, item.unit);
    };
    const result = growthContributions([
      fromGrowth('工业', amount('工业总产值'), `${figureNamed(c.inputs, '工业增长').value}%`),
      fromGrowth('农业', amount('农业总产值'), `${figureNamed(c.inputs, '农业增长').value}%`),
    ]);
    // implied total growth 9.363485% (stated 9%)
    expect(printedLike(result.growth.times(100), c.computed.value)).toBe(c.computed.value);
    const exact = new Decimal(67595).div(7219).div(100);
    expect(result.growth.minus(exact).abs().lte('1e-33')).toBe(true);
    expect(String(result.current)).toBe('164.8亿元');
    const [industry, farming] = result.components as [
      (typeof result.components)[number],
      (typeof result.components)[number],
    ];
    const expectDerived = (name: string, value: Decimal): void => {
      const d = figureNamed(c.derived, name);
      expect(printedLike(value, d.value), name).toBe(d.value);
    };
    expectDerived('上年工业', industry.previous.value);
    expectDerived('上年农业', farming.previous.value);
    expectDerived('上年合计', result.previous.value);
    expectDerived('工业拉动', industry.pull.times(100));
    expectDerived('农业拉动', farming.pull.times(100));
    expectDerived('工业贡献率', industry.contributionRate.times(100));
    expectDerived('农业贡献率', farming.contributionRate.times(100));
  });

  it('finds 建设镇’s 27.447 % against a stated 27.5 % (DOMAIN.md; seed 002 part 4)', () => {
    const result = growthContributions([
      fromGrowth('农林牧渔业', quantity('1.88', '亿元'), '7.8%'),
      fromGrowth('工业', quantity('17.45', '亿元'), '30%'),
    ]);
    expect(result.growth.times(100).toFixed(3)).toBe('27.447');
    // rounded at the stated precision it is 27.4, not the printed 27.5
    expect(result.growth.times(100).toFixed(1)).toBe('27.4');
    // mpmath at 60 digits: 0.27447351459179208754604777206411637677…
    expect(result.growth.minus('0.27447351459179208754604777206411637677').abs().lte('1e-33')).toBe(
      true,
    );
  });

  it('returns totals, increments, pulls and contribution rates on plain numbers', () => {
    const result = growthContributions([
      { name: 'a', previous: '60', current: '66' },
      { previous: '40', current: '38' },
    ]);
    expect(isDecimal(result.previous) && result.previous.toString()).toBe('100');
    expect(result.current.toString()).toBe('104');
    expect(result.increment.toString()).toBe('4');
    expect(result.growth.toString()).toBe('0.04');
    const [a, b] = result.components;
    expect(a?.name).toBe('a');
    expect(b?.name).toBe('component 2');
    expect(a?.increment.toString()).toBe('6');
    expect(a?.pull.toString()).toBe('0.06');
    expect(a?.contributionRate.toString()).toBe('1.5');
    expect(b?.pull.toString()).toBe('-0.02');
    expect(b?.contributionRate.toString()).toBe('-0.5');
  });

  it('returns quantities in the unit of the first quantity', () => {
    const result = growthContributions([
      { previous: quantity('5000', '万元'), current: quantity('0.6', '亿元') },
      { previous: quantity('1', '亿元'), current: quantity('11000', '万元') },
    ]);
    expect(isQuantity(result.previous)).toBe(true);
    expect(String(result.previous)).toBe('15000万元');
    expect(String(result.current)).toBe('17000万元');
    expect(String(result.components[0]?.current)).toBe('6000万元');
    expect(String(result.components[1]?.increment)).toBe('1000万元');
    expect(result.growth.toString()).toBe(new Decimal(2).div(15).toString());
  });

  it('takes plain numbers among quantities to be in the first quantity’s unit', () => {
    const result = growthContributions([
      { previous: '0.5', current: quantity('0.6', '亿元') },
      { previous: 1, current: '1.1' },
    ]);
    expect(String(result.previous)).toBe('1.5亿元');
    expect(String(result.components[1]?.current)).toBe('1.1亿元');
  });

  it('throws INVALID_ARGUMENT for no components', () => {
    expectCode(
      () => growthContributions([]),
      'INVALID_ARGUMENT',
      /components must hold at least one/,
    );
  });

  it('throws DIVISION_BY_ZERO for a zero previous total or a zero total increment', () => {
    expectCode(
      () => growthContributions([{ previous: 0, current: 5 }]),
      'DIVISION_BY_ZERO',
      /^growthContributions: the previous total is zero/,
    );
    expectCode(
      () =>
        growthContributions([
          { previous: 10, current: 12 },
          { previous: 10, current: 8 },
        ]),
      'DIVISION_BY_ZERO',
      /the total increment is zero/,
    );
  });

  it('throws NON_POSITIVE_BASE for a negative previous total', () => {
    expectCode(
      () => growthContributions([{ previous: quantity(-3, '万元'), current: 5 }]),
      'NON_POSITIVE_BASE',
      /previous total must be positive, got "-3万元"/,
    );
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER naming the component', () => {
    expectCode(
      () =>
        growthContributions([
          { previous: quantity(1, '亿元'), current: quantity(2, '亿元') },
          { previous: quantity(1, '亿美元'), current: quantity(2, '亿美元') },
        ]),
      'UNIT_MISMATCH',
      /components\[1\]\.previous/,
    );
    expectCode(
      () => growthContributions([{ previous: 1, current: 'n/a' }]),
      'INVALID_NUMBER',
      /components\[0\]\.current/,
    );
  });

  const amount = fc
    .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([units, scale]) => new Decimal(units).div(new Decimal(10).pow(scale)));
  const components = fc.array(fc.record({ previous: amount, current: amount }), {
    minLength: 1,
    maxLength: 8,
  });

  it('pulls sum to the total growth and contribution rates to 1 (property)', () => {
    fc.assert(
      fc.property(components, (parts) => {
        const total = parts.reduce((s, p) => s.plus(p.current).minus(p.previous), new Decimal(0));
        fc.pre(!total.isZero());
        const result = growthContributions(parts);
        const pulls = result.components.reduce((s, c) => s.plus(c.pull), new Decimal(0));
        const rates = result.components.reduce(
          (s, c) => s.plus(c.contributionRate),
          new Decimal(0),
        );
        const scale = result.components.reduce(
          (s, c) => Decimal.max(s, c.contributionRate.abs()),
          new Decimal(1),
        );
        expect(
          pulls.minus(result.growth).abs().lte(scale.times(result.growth.abs()).times('1e-30')),
        ).toBe(true);
        expect(rates.minus(1).abs().lte(scale.times('1e-30'))).toBe(true);
        for (const c of result.components) {
          // 拉动 = 贡献率 × total growth
          const product = c.contributionRate.times(result.growth);
          expect(
            c.pull.minus(product).abs().lte(scale.times(result.growth.abs()).times('1e-32')),
          ).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the unit of its inputs (property: 万元 vs 亿元)', () => {
    fc.assert(
      fc.property(components, (parts) => {
        const total = parts.reduce((s, p) => s.plus(p.current).minus(p.previous), new Decimal(0));
        fc.pre(!total.isZero());
        const inWan = growthContributions(
          parts.map((p) => ({
            previous: quantity(p.previous, '万元'),
            current: quantity(p.current, '万元'),
          })),
        );
        const inYi = growthContributions(
          parts.map((p) => ({
            previous: quantity(p.previous.div(10_000), '亿元'),
            current: quantity(p.current, '万元'),
          })),
        );
        expect(inYi.growth.eq(inWan.growth)).toBe(true);
        expect(inYi.previous.to('元').eq(inWan.previous.to('元'))).toBe(true);
        inYi.components.forEach((c, i) => {
          const other = inWan.components[i];
          expect(c.pull.eq(other?.pull ?? 0)).toBe(true);
          expect(c.contributionRate.eq(other?.contributionRate ?? 0)).toBe(true);
          expect(c.increment.to('元').eq(other?.increment.to('元') ?? 0)).toBe(true);
        });
      }),
    );
  });
});
