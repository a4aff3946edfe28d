import { NPV } from '@formulajs/formulajs';
import fc from 'fast-check';
import { npv as numpyNpv } from 'financial';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { isQuantity, quantity } from '../../units/quantity.js';
import { npv } from './npv.js';
import { expectError } from './seedClaims.testing.js';

const EXCEL = { convention: 'excel' } as const;
const NUMPY = { convention: 'numpy' } as const;

/** |a − b| ≤ 1e-9 × scale, for comparisons with floating-point oracles. */
function close(actual: Decimal, expected: number, scale: number): boolean {
  return actual.minus(expected).abs().lte(new Decimal(scale).times('1e-9'));
}

describe('npv', () => {
  it('reproduces both conventions of DOMAIN.md', () => {
    // DOMAIN.md: [−40000, 5000, 8000, 12000, 30000] at 8%: numpy 3065.22,
    // Excel over all five 2838.17.
    const flows = [-40000, 5000, 8000, 12000, 30000];
    expect(npv('8%', flows, NUMPY).toFixed(2)).toBe('3065.22');
    expect(npv(0.08, flows, EXCEL).toFixed(2)).toBe('2838.17');
    // exact (Python fractions): numpy 3065.22266817953451088643894618593…,
    // Excel 2838.16913720327269526522124646843… = numpy / 1.08
    const n = npv('0.08', flows, NUMPY);
    expect(n.toFixed(25)).toBe('3065.2226681795345108864389462');
    expect(npv('0.08', flows, EXCEL).toFixed(25)).toBe('2838.1691372032726952652212465');
    expect(npv('0.08', flows, EXCEL).eq(n.div('1.08'))).toBe(true);
  });

  it('is correctly rounded in the last of its 34 digits (one rounding at the end)', () => {
    // Python `from decimal import *; getcontext().prec = 60`:
    //   f = [-40000, 5000, 8000, 12000, 30000]; x = sum(Decimal(c) / Decimal('1.08')**t for t, c in enumerate(f))
    //   Context(prec=34, rounding=ROUND_HALF_UP).plus(x)          → numpy
    //   Context(prec=34, rounding=ROUND_HALF_UP).plus(x / Decimal('1.08')) → Excel
    const flows = [-40000, 5000, 8000, 12000, 30000];
    expect(npv('0.08', flows, NUMPY).toString()).toBe('3065.222668179534510886438946185936');
    expect(npv('0.08', flows, EXCEL).toString()).toBe('2838.169137203272695265221246468459');
    // In a unit whose factor is not a power of ten, the conversion is inside the one rounding:
    // the same flows in 公顷 (15 亩 each) come back in 公顷 with the same digits.
    const inHectares = npv(
      '0.08',
      flows.map((flow) => quantity(flow, '公顷')),
      NUMPY,
    );
    expect(String(inHectares)).toBe('3065.222668179534510886438946185936公顷');
  });

  it('reproduces the numpy-financial and Excel documentation examples', () => {
    // numpy-financial npv docstring: npv(0.281, [-100, 39, 59, 55, 20]) = -0.0084785916384548798
    // (floats; exact: -0.00847859163842613074466970927…)
    expect(npv('0.281', [-100, 39, 59, 55, 20], NUMPY).toFixed(28)).toBe(
      '-0.0084785916384261307446697093',
    );
    // Excel NPV help: rate 10%, values −10000, 3000, 4200, 6800 → 1188.44
    // (exact: 1188.44341233522300389317669558…)
    expect(npv('10%', [-10000, 3000, 4200, 6800], EXCEL).toFixed(2)).toBe('1188.44');
  });

  it('agrees with formulajs NPV (Excel) and financial npv (numpy) (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -900, max: 2000 }),
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), {
          minLength: 1,
          maxLength: 30,
        }),
        (permille, flows) => {
          const rate = permille / 1000;
          const scale = flows.reduce((s, c) => s + Math.abs(c), 1);
          const excel = npv(rate, flows, EXCEL);
          const numpy = npv(rate, flows, NUMPY);
          const excelOracle = NPV(rate, ...flows) as number;
          const numpyOracle = numpyNpv(rate, flows);
          // the discount factors grow like 1/(1+r)^n: scale the tolerance with them
          const growth = Math.max(1, (1 + rate) ** -(flows.length + 1));
          expect(close(excel, excelOracle, scale * growth)).toBe(true);
          expect(close(numpy, numpyOracle, scale * growth)).toBe(true);
        },
      ),
    );
  });

  it('is zero for no cash flows and the flow itself for one flow (numpy)', () => {
    expect(npv('5%', [], NUMPY).toString()).toBe('0');
    expect(npv('5%', [], EXCEL).toString()).toBe('0');
    expect(npv('5%', ['100'], NUMPY).toString()).toBe('100');
    expect(npv('25%', ['100'], EXCEL).toString()).toBe('80');
    expect(npv(0, [1, 2, 3], EXCEL).toString()).toBe('6');
    expect(npv('-50%', [0, 1], NUMPY).toString()).toBe('2');
  });

  it('returns a quantity in the unit of the first quantity, independent of the units', () => {
    const inWan = npv('8%', [quantity(-40000, '万元'), 5000, 8000, 12000, 30000], NUMPY);
    expect(isQuantity(inWan)).toBe(true);
    expect(inWan.unit.name).toBe('万元');
    expect(inWan.value.toFixed(2)).toBe('3065.22');
    const inYi = npv(
      '8%',
      [-4, 0.5, 0.8, 1.2, 3].map((v) => quantity(v, '亿元')),
      NUMPY,
    );
    expect(inYi.to('元').eq(inWan.to('元'))).toBe(true);
    const mixed = npv('8%', [quantity('-4', '亿元'), quantity('5000', '万元')], EXCEL);
    expect(String(mixed)).toBe(
      `${new Decimal(-4).plus(new Decimal('0.5').div('1.08')).div('1.08').toString()}亿元`,
    );
  });

  it('throws INVALID_ARGUMENT when the convention is missing or unknown', () => {
    const flows = [-100, 110];
    const choose = "npv: options.convention must be chosen: 'excel'";
    expectError(
      () => npv('8%', flows, undefined as unknown as typeof NUMPY),
      'INVALID_ARGUMENT',
      choose,
    );
    expectError(() => npv('8%', flows, {} as typeof NUMPY), 'INVALID_ARGUMENT', 'got none');
    expectError(
      () => npv('8%', flows, { convention: 'Excel' } as unknown as typeof NUMPY),
      'INVALID_ARGUMENT',
      'got "Excel"',
    );
    expectError(
      () => npv('8%', 5 as unknown as number[], NUMPY),
      'INVALID_ARGUMENT',
      'npv: cashflows must be a list',
    );
  });

  it('throws NON_POSITIVE_BASE for a rate of −100% or below', () => {
    expectError(
      () => npv(-1, [1, 2], NUMPY),
      'NON_POSITIVE_BASE',
      'npv: 1 + rate must be positive, got "0"',
    );
    expectError(() => npv('-150%', [1, 2], EXCEL), 'NON_POSITIVE_BASE', 'npv: 1 + rate');
  });

  it('throws INVALID_NUMBER and UNIT_MISMATCH naming the argument', () => {
    expectError(() => npv('x', [1], NUMPY), 'INVALID_NUMBER', 'npv: rate');
    expectError(() => npv('8%', [1, 'y'], NUMPY), 'INVALID_NUMBER', 'npv: cashflows[1]');
    expectError(
      () => npv('8%', [quantity(1, '万元'), quantity(1, '万美元')], NUMPY),
      'UNIT_MISMATCH',
      'npv: cashflows[1] is in 万美元',
    );
  });
});
