import { IRR } from '@formulajs/formulajs';
import fc from 'fast-check';
import { irr as numpyIrr } from 'financial';
import { describe, expect, it } from 'vitest';
import { Decimal, type DecimalInput } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { irr } from './irr.js';
import { irrRoots } from './irrRoots.js';
import { npv } from './npv.js';
import { pmt } from './pmt.js';
import { expectError } from './seedClaims.testing.js';

/** |actual − expected| ≤ tolerance × max(1, |expected|). */
function near(actual: Decimal, expected: DecimalInput, tolerance: DecimalInput): boolean {
  const e = new Decimal(expected);
  return actual
    .minus(e)
    .abs()
    .lte(new Decimal(tolerance).times(Decimal.max(1, e.abs())));
}

describe('irr', () => {
  it('reproduces IRR([−100, 39, 59, 55, 20]) = 0.28095 (DOMAIN.md, numpy-financial)', () => {
    // DOMAIN.md / numpy-financial docstring: 0.28095; the root to 35 digits (mpmath polyroots,
    // 50 digits): 0.28094842115996110457656195134518059
    const r = irr([-100, 39, 59, 55, 20]);
    expect(r.toFixed(5)).toBe('0.28095');
    expect(near(r, '0.28094842115996110457656195134518059', '1e-30')).toBe(true);
  });

  it('is correctly rounded in the last of its 34 digits', () => {
    // mpmath at 80 digits (findroot of Σ c_t / (1 + r)^t from 0.1), rounded half up to 34
    // significant digits with Python's decimal module (Context(prec=34, ROUND_HALF_UP)).
    expect(irr([-100, 39, 59, 55, 20]).toString()).toBe('0.2809484211599611045765619513451806');
    expect(irr([-40000, 5000, 8000, 12000, 30000]).toString()).toBe(
      '0.1058225984089016630316817227061624',
    );
    // A loose tolerance stops the refinement early; the polish still gives every digit.
    expect(irr([-100, 39, 59, 55, 20], { tolerance: '1e-6' }).toString()).toBe(
      '0.2809484211599611045765619513451806',
    );
  });

  it('reproduces the other numpy-financial docstring examples', () => {
    // numpy-financial irr docstring: -0.0955, -0.0833, 0.06206, 0.0886; roots by mpmath.
    expect(near(irr([-100, 0, 0, 74]), '-0.095495830348972519838392549530610056', '1e-30')).toBe(
      true,
    );
    expect(irr([-100, 100, 0, 7]).toFixed(5)).toBe('0.06206');
    // two IRRs, −0.67889… and −0.08330…: the one nearest the guess 0.1 is returned
    const two = irr([-100, 100, 0, -7]);
    expect(near(two, '-0.083299666184932686483571488886515797', '1e-30')).toBe(true);
    // three IRRs, −0.87020…, 0.08860…, 0.70956…
    const three = irr([-5, 10.5, 1, -8, 1]);
    expect(near(three, '0.08859833852775534567034710383764947', '1e-30')).toBe(true);
  });

  it('returns the root nearest to the guess when there are several', () => {
    // Lorie & Savage's pump problem (1955): −1600, +10000, −10000 has IRRs of 25% and 400%.
    const pump = [-1600, 10000, -10000];
    expect(irr(pump).toString()).toBe('0.25');
    expect(irr(pump, { guess: '300%' }).toString()).toBe('4');
    expect(irr(pump, { guess: 100 }).toString()).toBe('4');
    // [−1, 5, −6] = −(2x − 1)(3x − 1) with x = 1/(1+r): IRRs 1 and 2 (x = 1/2 exactly, x = 1/3)
    expect(irr([-1, 5, -6]).toString()).toBe('1');
    expect(near(irr([-1, 5, -6], { guess: 1.9 }), 2, '1e-30')).toBe(true);
    // [1, −6, 8] = (1 − 2x)(1 − 4x): IRRs 1 and 3, both exact; midway, the lower rate wins
    expect(irr([1, -6, 8], { guess: 2 }).toString()).toBe('1');
    expect(irr([1, -6, 8], { guess: '2.0000001' }).toString()).toBe('3');
    // [−5, 10.5, 1, −8, 1]: nearest to −0.8 and to 0.5
    expect(
      near(
        irr([-5, 10.5, 1, -8, 1], { guess: '-0.8' }),
        '-0.87020124748474117852775461229842897',
        '1e-30',
      ),
    ).toBe(true);
    expect(
      near(
        irr([-5, 10.5, 1, -8, 1], { guess: 0.5 }),
        '0.70955952768618357114799421047850577',
        '1e-30',
      ),
    ).toBe(true);
  });

  it('finds every root of cash flows built from known roots (property)', () => {
    // Cash flows Π (8x − m_i) · (x² + 1)^j: the IRRs are 8/m_i − 1 (x = m_i/8), nothing else
    // (x² + 1 has no real root). The rate nearest the guess must be returned.
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.integer({ min: -90, max: 700 }),
        (ms, complex, guessPercent) => {
          let poly: bigint[] = [1n];
          const multiply = (factor: readonly bigint[]): void => {
            const next = new Array<bigint>(poly.length + factor.length - 1).fill(0n);
            poly.forEach((a, i) => {
              factor.forEach((b, j) => {
                next[i + j] = (next[i + j] ?? 0n) + a * b;
              });
            });
            poly = next;
          };
          for (const m of ms) multiply([-BigInt(m), 8n]);
          if (complex) multiply([1n, 0n, 1n]);
          const flows = poly.map((c) => c.toString());
          const guess = new Decimal(guessPercent).div(100);
          const rates = ms.map((m) => new Decimal(8).div(m).minus(1));
          const distances = rates.map((r) => r.minus(guess).abs());
          const best = Decimal.min(...distances);
          // skip exact ties between two different roots
          fc.pre(distances.filter((d) => d.minus(best).abs().lt('1e-20')).length === 1);
          const expected = rates[distances.findIndex((d) => d.eq(best))] as Decimal;
          const r = irr(flows, { guess });
          expect(near(r, expected, '1e-24')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with financial irr (numpy-financial) and formulajs IRR (property)', () => {
    // One change of sign (an outlay, then returns of up to the outlay each): exactly one IRR,
    // in (−1, 1]. Both floating-point oracles find it by Newton's method from their guess 0.1,
    // except that financial's diverges (or lands on a root below −1, where 1 + r < 0) when the
    // IRR is far below zero: those runs are not compared, and counted.
    let compared = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }),
        (outlay, permilles) => {
          const flows = [-outlay, ...permilles.map((p) => Math.round((outlay * p) / 1000))];
          fc.pre(flows.some((v) => v > 0));
          runs += 1;
          const r = irr(flows);
          const numpy = numpyIrr(flows, 0.1, 1e-12, 1000);
          if (Number.isFinite(numpy) && numpy > -1) {
            compared += 1;
            expect(near(r, numpy, '1e-9')).toBe(true);
          }
          const excel = IRR(flows) as unknown;
          expect(typeof excel).toBe('number');
          expect(near(r, excel as number, '1e-9')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    // the comparison with numpy-financial must not be vacuous
    expect(compared).toBeGreaterThan(runs * 0.6);
  });

  it('returns a rate at which the NPV is zero (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), {
          minLength: 2,
          maxLength: 25,
        }),
        (flows) => {
          fc.pre(flows.some((v) => v > 0) && flows.some((v) => v < 0));
          let r: Decimal;
          try {
            r = irr(flows);
          } catch (error) {
            // several sign changes may leave no real root at all
            expect(error).toMatchObject({ code: 'NO_SOLUTION' });
            return;
          }
          expect(r.gt(-1)).toBe(true);
          // |NPV(r)| relative to the size of the discounted flows
          const base = r.plus(1);
          const size = flows.reduce(
            (sum, c, t) => sum.plus(new Decimal(c).abs().div(base.pow(t))),
            new Decimal(0),
          );
          const value = npv(r, flows, { convention: 'numpy' });
          expect(value.abs().lte(size.times('1e-18'))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds exact and multiple roots', () => {
    // flows adding up to zero: r = 0 exactly
    expect(irr([-100, 50, 50]).toString()).toBe('0');
    // a double root at r = 0: [1, −2, 1] = (1 − x)²
    expect(irr([1, -2, 1]).toString()).toBe('0');
    // a double root at r = 2 (x = 1/3): [1, −6, 9] = (1 − 3x)²
    expect(near(irr([1, -6, 9]), 2, '1e-25')).toBe(true);
    // zeros before and after the flows change nothing
    expect(irr([0, -100, 39, 59, 55, 20, 0, 0]).eq(irr([-100, 39, 59, 55, 20]))).toBe(true);
  });

  it('handles extreme rates and long series', () => {
    expect(irr([-1, 1e12]).toString()).toBe('999999999999');
    expect(irr([-1e6, 1]).toString()).toBe('-0.999999');
    expect(irr(['-1', '1.000000000000000000000000000001']).toString()).toBe(
      '0.000000000000000000000000000001',
    );
    // 30 years of monthly payments: 1,000,000 borrowed, 5,995.51 a month → 0.5% a month
    // (Excel PMT(0.5%, 360, −1000000) = 5995.51)
    const monthly = irr([-1_000_000, ...new Array<string>(360).fill('5995.51')]);
    expect(monthly.toFixed(6)).toBe('0.005000');
  });

  it('does not depend on the unit of the cash flows', () => {
    const wan = irr([-40000, 5000, 8000, 12000, 30000].map((v) => quantity(v, '万元')));
    const yi = irr(['-4', '0.5', '0.8', '1.2', '3'].map((v) => quantity(v, '亿元')));
    expect(wan.eq(yi)).toBe(true);
    // mpmath: 0.10582259840890166303168172270616243
    expect(near(wan, '0.10582259840890166303168172270616243', '1e-30')).toBe(true);
  });

  it('honours the tolerance and the iteration cap', () => {
    const exact = new Decimal('0.28094842115996110457656195134518059');
    const loose = irr([-100, 39, 59, 55, 20], { tolerance: '1e-6' });
    expect(near(loose, exact, '1e-6')).toBe(true);
    const tight = irr([-100, 39, 59, 55, 20], { tolerance: '1e-40', maxIterations: 1000 });
    expect(near(tight, exact, '1e-32')).toBe(true);
    expectError(
      () => irr([-100, 39, 59, 55, 20], { maxIterations: 1 }),
      'NO_SOLUTION',
      'irr: no solution: the refinement did not converge in 1 steps',
    );
  });

  it('throws NO_SOLUTION without a change of sign or without a real root', () => {
    const sign = 'irr: no solution: the cash flows need at least one positive and one negative';
    expectError(() => irr([100, 200]), 'NO_SOLUTION', sign);
    expectError(() => irr([-100, -200, 0]), 'NO_SOLUTION', sign);
    expectError(() => irr([]), 'NO_SOLUTION', sign);
    expectError(() => irr([0, 0]), 'NO_SOLUTION', sign);
    // 100 − 300x + 250x² > 0 for every x: the NPV is never zero
    expectError(() => irr([100, -300, 250]), 'NO_SOLUTION', 'irr: no solution: no rate above −1');
  });

  it('throws INVALID_ARGUMENT for bad options or a non-list', () => {
    const flows = [-100, 110];
    expectError(() => irr(flows, { guess: -1 }), 'INVALID_ARGUMENT', 'irr: options.guess');
    expectError(() => irr(flows, { tolerance: 0 }), 'INVALID_ARGUMENT', 'irr: options.tolerance');
    expectError(() => irr(flows, { tolerance: '1' }), 'INVALID_ARGUMENT', 'irr: options.tolerance');
    for (const maxIterations of [0, 1.5, Number.NaN]) {
      expectError(
        () => irr(flows, { maxIterations }),
        'INVALID_ARGUMENT',
        'irr: options.maxIterations',
      );
    }
    expectError(() => irr('1,2' as unknown as number[]), 'INVALID_ARGUMENT', 'irr: cashflows');
  });

  it('throws INVALID_NUMBER and UNIT_MISMATCH naming the argument', () => {
    expectError(() => irr([-1, 'x']), 'INVALID_NUMBER', 'irr: cashflows[1]');
    expectError(() => irr([-1, 2], { guess: 'a' }), 'INVALID_NUMBER', 'irr: options.guess');
    expectError(
      () => irr([quantity(-1, '万元'), quantity(2, '亩')]),
      'UNIT_MISMATCH',
      'irr: cashflows[1] is in 亩',
    );
  });
});

describe('irr on long flows with one sign change (Descartes: one root, no isolation needed)', () => {
  it('solves 10,000 flows — an outlay of 1,000 and 9,999 payments of 1 — to the annuity identity', () => {
    // Found by fuzzing: the root isolation's Taylor shifts took 12 s on 10,000 flows.
    const flows = [-1000, ...Array.from({ length: 9999 }, () => 1)];
    const r = irr(flows);
    // An annuity of 1 for 9,999 periods is worth 1,000 at the IRR: pmt(r, 9999, −1000) = 1.
    expect(pmt(r, 9999, -1000).minus(1).abs().lt('1e-25')).toBe(true);
    expect(irrRoots(flows).map(String)).toEqual([r.toString()]);
  });

  it('finds the root below zero and at zero the same way', () => {
    // mpmath findroot, 30 digits: −0.0699264745632278327485031313971
    expect(irr([-100, 50, 40]).toFixed(20)).toBe('-0.06992647456322783275');
    expect(irr([-100, 60, 40]).toString()).toBe('0');
  });
});
