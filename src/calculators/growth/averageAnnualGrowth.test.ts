import { readFileSync } from 'node:fs';
import { RRI } from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { averageAnnualGrowth } from './averageAnnualGrowth.js';

interface SeedInput {
  readonly name: string;
  readonly value: string;
  readonly unit: string;
}
interface SeedClaim {
  readonly id: string;
  readonly kind: string;
  readonly inputs: readonly SeedInput[];
  readonly computed: { readonly value: string; readonly unit: string };
  readonly derived: readonly SeedInput[];
}
const seeds = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/seed-claims.json', import.meta.url), 'utf8'),
) as { readonly claims: readonly SeedClaim[] };

function claim(id: string): SeedClaim {
  const found = seeds.claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`seed claim ${id} not found`);
  return found;
}

function expectCode(run: () => unknown, code: string, message?: RegExp): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

describe('averageAnnualGrowth', () => {
  it('equals Excel RRI(96, 10000, 11000) = 0.0009933073762913303 (DOMAIN.md, @formulajs RRI)', () => {
    const rate = averageAnnualGrowth(10000, 11000, 96);
    // the binary-float figure is itself off by 6e-17, so compare to 15 decimals
    expect(rate.toNumber()).toBeCloseTo(0.0009933073762913303, 15);
    expect(rate.toNumber()).toBeCloseTo(RRI(96, 10000, 11000) as number, 15);
    // mpmath at 60 digits: 0.000993307376291394853640904092649395574…
    expect(rate.minus('0.000993307376291394853640904092649395574').abs().lte('1e-33')).toBe(true);
  });

  it('gives 10.52% for base 100 → 135 in three years (DOMAIN.md, NBS 水平法)', () => {
    expect(averageAnnualGrowth('100', '135', 3).times(100).toFixed(2)).toBe('10.52');
  });

  it('reproduces the seed claims’ CAGR figures over 10/11/12/28 years (seed-claims B15–B18, B22, B23)', () => {
    let checked = 0;
    for (const id of ['B15', 'B16', 'B17', 'B18', 'B22', 'B23']) {
      const c = claim(id);
      const now = c.inputs[0] as SeedInput;
      const second = c.inputs[1] as SeedInput;
      // B15–B18 state "是96年的N倍"; B22/B23 state "比96年增加X"
      const base =
        second.unit === '倍'
          ? quantity(new Decimal(now.value).div(second.value), now.unit)
          : quantity(new Decimal(now.value).minus(second.value), now.unit);
      for (const d of c.derived) {
        const match = /^CAGR if end year = \d+ \((\d+) yrs\)$/.exec(d.name);
        if (match === null) continue;
        const rate = averageAnnualGrowth(base, quantity(now.value, now.unit), match[1] as string);
        const decimals = d.value.split('.')[1]?.length ?? 0;
        expect(rate.times(100).toFixed(decimals), `${id} ${d.name}`).toBe(d.value);
        checked += 1;
      }
    }
    expect(checked).toBe(24);
  });

  it('is the ratio − 1 for one year and zero without change', () => {
    expect(averageAnnualGrowth('100', '110', 1).toString()).toBe('0.1');
    expect(averageAnnualGrowth('100', '100', 7).toString()).toBe('0');
    expect(averageAnnualGrowth('100', '121', 2).toString()).toBe('0.1');
    expect(averageAnnualGrowth('100', '81', '2').toString()).toBe('-0.1');
  });

  it('accepts fractional years (Excel RRI does too)', () => {
    const rate = averageAnnualGrowth(100, 150, 2.5);
    expect(rate.toNumber()).toBeCloseTo(RRI(2.5, 100, 150) as number, 14);
  });

  it('matches Excel RRI on random inputs (@formulajs oracle)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        (base, current, years) => {
          const ours = averageAnnualGrowth(base, current, years).toNumber();
          const excel = RRI(years, base, current) as number;
          expect(Math.abs(ours - excel)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(excel)));
        },
      ),
    );
  });

  const positive = fc
    .tuple(fc.integer({ min: 1, max: 2_000_000_000 }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => new Decimal(units).div(new Decimal(10).pow(scale)));

  // The rate keeps 34 significant digits, so 1 + rate keeps fewer when the value collapses in a
  // single year (−99.9999 % loses six): the law is stated for ratios from 0.001 to 1000.
  const ratio = fc
    .integer({ min: 1_000, max: 1_000_000_000 })
    .map((permille) => new Decimal(permille).div(1_000_000));

  it('compounded over the years gives back current within 1e-25 (property)', () => {
    fc.assert(
      fc.property(positive, ratio, fc.integer({ min: 1, max: 50 }), (base, m, years) => {
        const current = base.times(m);
        const rate = averageAnnualGrowth(base, current, years);
        const back = base.times(rate.plus(1).pow(years));
        expect(back.minus(current).abs().div(current).lte('1e-25')).toBe(true);
      }),
    );
  });

  it('does not depend on the unit of its inputs (property: 万元 vs 亿元)', () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 30 }), (base, current, years) => {
        const inWan = averageAnnualGrowth(quantity(base, '万元'), quantity(current, '万元'), years);
        const inYi = averageAnnualGrowth(
          quantity(base.div(10_000), '亿元'),
          quantity(current, '万元'),
          years,
        );
        expect(inYi.eq(inWan)).toBe(true);
      }),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero base and NON_POSITIVE_BASE for a negative one (DESIGN §2)', () => {
    expectCode(
      () => averageAnnualGrowth(0, 10, 2),
      'DIVISION_BY_ZERO',
      /^averageAnnualGrowth: base is zero, and the formula divides by it$/,
    );
    expectCode(
      () => averageAnnualGrowth(quantity('0', '万元'), quantity('5', '亿元'), 2),
      'DIVISION_BY_ZERO',
    );
    expectCode(
      () => averageAnnualGrowth(-1, 10, 2),
      'NON_POSITIVE_BASE',
      /^averageAnnualGrowth: base must be positive, got -1$/,
    );
  });

  it('gives −1 for a current value of zero: (0 / base)^(1/n) − 1 (a fall of 100 %)', () => {
    expect(averageAnnualGrowth(10, '0', 2).toString()).toBe('-1');
    expect(
      averageAnnualGrowth(quantity('3', '亿元'), quantity('0', '万元'), '2.5').toString(),
    ).toBe('-1');
  });

  it('throws NON_POSITIVE_BASE for a negative current value (no real root)', () => {
    expectCode(
      () => averageAnnualGrowth(10, '-1', 2),
      'NON_POSITIVE_BASE',
      /^averageAnnualGrowth: current must be positive, got "-1"$/,
    );
  });

  it('throws DIVISION_BY_ZERO for zero years, INVALID_ARGUMENT for negative years, INVALID_NUMBER for non-finite years', () => {
    expectCode(
      () => averageAnnualGrowth(10, 20, 0),
      'DIVISION_BY_ZERO',
      /^averageAnnualGrowth: years is zero, and the formula divides by it$/,
    );
    expectCode(
      () => averageAnnualGrowth(10, 20, -3),
      'INVALID_ARGUMENT',
      /^averageAnnualGrowth: years must be positive, got -3$/,
    );
    expectCode(() => averageAnnualGrowth(10, 20, Number.NaN), 'INVALID_NUMBER', /years/);
    expectCode(() => averageAnnualGrowth(10, 20, Number.POSITIVE_INFINITY), 'INVALID_NUMBER');
  });

  it('is correctly rounded in the last of its 34 digits', () => {
    // Reference values: mpmath at 80 digits, (current/base)**(1/years) - 1, then rounded half up
    // to 34 significant digits with Python's decimal module:
    //   from mpmath import mp, mpf; mp.dps = 80
    //   Context(prec=34, rounding=ROUND_HALF_UP).plus(Decimal(mp.nstr(x, 75)))
    expect(averageAnnualGrowth(10000, 11000, 96).toString()).toBe(
      '0.0009933073762913948536409040926493956',
    );
    expect(averageAnnualGrowth(100, 135, 3).toString()).toBe(
      '0.1052094495921159817339468500739422',
    );
    expect(averageAnnualGrowth('1.5', '10.3', 11).toString()).toBe(
      '0.191428034923929204293878765509973',
    );
    expect(averageAnnualGrowth('100', '135', '2.5').toString()).toBe(
      '0.1275440236295189166049521774414631',
    );
  });

  it('throws UNIT_MISMATCH across dimensions', () => {
    expectCode(
      () => averageAnnualGrowth(quantity(1, '万人'), quantity(2, '亿元'), 3),
      'UNIT_MISMATCH',
    );
  });
});
