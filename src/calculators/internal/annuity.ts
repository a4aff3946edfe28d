/**
 * The time-value-of-money equation that Excel's PV, FV, PMT, NPER, RATE, IPMT and PPMT share, in
 * 60-digit decimals, with the readers of its arguments:
 *
 *   pv·(1 + r)^n + pmt·(1 + r·t)·((1 + r)^n − 1) / r + fv = 0      (r ≠ 0)
 *   pv + pmt·n + fv = 0                                            (r = 0)
 *
 * with t = 0 for payments at the end of each period and t = 1 at the beginning.
 *
 * Source: Microsoft Excel, PV/FV/PMT/NPER function reference; OASIS OpenFormula (ODF 1.2 part 2)
 * §6.12, the same equation numpy-financial documents.
 *
 * @example
 * ```ts
 * // Internal: pmt, pv, fv and nper solve the one equation, e.g. Excel's PMT(8%/12, 10, 10000):
 * pmt(new Decimal('0.08').div(12), 10, 10000).toFixed(2);
 * // => '-1037.03'
 * ```
 *
 * @internal
 * @module
 */
import { divisionByZeroError, invalidArgumentError, nonPositiveBaseError } from '../../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { isQuantity, type Quantity } from '../../units/quantity.js';
import type { Unit } from '../../units/table.js';
import { readInBaseUnits } from './operands.js';
import { readPeriodCount } from './periodCount.js';
import { WideDecimal } from './wide.js';

/**
 * When payments fall in each period: `'end'` (Excel type 0, the default; numpy-financial
 * `when='end'`) or `'begin'` (type 1, an annuity due).
 *
 * @example
 * ```ts
 * const when: PaymentTiming = 'begin';
 * when;
 * // => 'begin'
 * ```
 *
 * @category Funding
 */
export type PaymentTiming = 'end' | 'begin';

/**
 * Reads a rate per period; `1 + rate` must be positive (the equation raises it to a power).
 *
 * @internal
 */
export function readPeriodRate(fn: string, value: DecimalInput, arg = 'rate'): Decimal {
  const rate = toDecimal(value, { fn, arg });
  if (rate.lte(-1)) {
    throw nonPositiveBaseError(fn, `1 + ${arg}`, rate.plus(1), { arg, value: rate.toString() });
  }
  return new WideDecimal(rate);
}

/**
 * Reads `options.when`: `'end'` (default) or `'begin'`, as t = 0 or 1.
 *
 * @internal
 */
export function readTiming(fn: string, options: { readonly when?: PaymentTiming }): 0 | 1 {
  requireOptions(fn, options);
  const when: unknown = options.when;
  if (when === undefined || when === 'end') return 0;
  if (when === 'begin') return 1;
  throw invalidArgumentError(
    fn,
    'options.when',
    `must be 'end' (Excel type 0) or 'begin' (type 1), got ${JSON.stringify(String(when))}`,
    when,
  );
}

/**
 * Reads the amounts of the equation (pv, fv, pmt) as wide decimals in the base unit of the first
 * quantity among them (plain numbers as they are): `[arg, value]` pairs, values in the same order.
 *
 * @internal
 */
export function readTvmAmounts(
  fn: string,
  operands: readonly (readonly [arg: string, value: AmountInput])[],
): { readonly unit: Unit | undefined; readonly values: readonly Decimal[] } {
  const unit = operands.find(([, value]) => isQuantity(value))?.[1] as Quantity | undefined;
  const values = operands.map(
    ([arg, value]) => new WideDecimal(readInBaseUnits({ fn, arg }, value, unit?.unit)),
  );
  return { unit: unit?.unit, values };
}

/**
 * `(1 + r)^n` in 60 digits.
 *
 * @internal
 */
export function compound(rate: Decimal, periods: Decimal): Decimal {
  // decimal.js's pow writes its exponent out as text: a period count of 1e-999999 would be a
  // million zeros on every call of a solver. Whole counts keep pow (exact by squaring).
  if (periods.isInteger() && periods.abs().lte(1e9))
    return new WideDecimal(1).plus(rate).pow(periods);
  return log1p(rate).times(periods).exp();
}

/**
 * Below it, ln(1 + x) and e^x − 1 are summed as series: 1 + x is 1 at 60 digits.
 *
 * @internal
 */
export const SERIES_BELOW = /* @__PURE__ */ new WideDecimal('1e-15');

/**
 * ln(1 + x) in 60 digits, by its series where 1 + x is 1 at that precision (|x| < 1e-15).
 *
 * @internal
 */
export function log1p(x: Decimal): Decimal {
  if (x.abs().gte(SERIES_BELOW)) return new WideDecimal(1).plus(x).ln();
  const w = new WideDecimal(x);
  return w.minus(w.pow(2).div(2)).plus(w.pow(3).div(3)).minus(w.pow(4).div(4));
}

/**
 * `(1 + r)^n − 1` in 60 digits, also when `n·ln(1 + r)` is too small for `(1 + r)^n` to differ
 * from 1 at that precision (a rate of 1e-999999, a period count of 5e-323): then by the series
 * x + x²/2 + x³/6 + x⁴/24 of e^x − 1, so that an annuity factor is never 0 / r.
 *
 * @internal
 */
export function compoundMinusOne(rate: Decimal, periods: Decimal): Decimal {
  const x = log1p(rate).times(periods);
  if (x.abs().gte(SERIES_BELOW)) return compound(rate, periods).minus(1);
  return x.plus(x.pow(2).div(2)).plus(x.pow(3).div(6)).plus(x.pow(4).div(24));
}

/**
 * The annuity factor `(1 + r·t)·((1 + r)^n − 1) / r`, `n` when r = 0: what a payment of 1 per
 * period is worth at the end of period n.
 *
 * @internal
 */
export function annuityFactor(rate: Decimal, periods: Decimal, timing: 0 | 1): Decimal {
  if (rate.isZero()) return new WideDecimal(periods);
  return new WideDecimal(1)
    .plus(rate.times(timing))
    .times(compoundMinusOne(rate, periods))
    .div(rate);
}

/**
 * The future value that closes the equation: `−(pv·(1 + r)^n + pmt·A)`.
 *
 * @internal
 */
export function futureValue(
  rate: Decimal,
  periods: Decimal,
  payment: Decimal,
  present: Decimal,
  timing: 0 | 1,
): Decimal {
  return present
    .times(compound(rate, periods))
    .plus(payment.times(annuityFactor(rate, periods, timing)))
    .neg();
}

/**
 * The payment that closes the equation: `−(fv + pv·(1 + r)^n) / A`; `n` must not be 0.
 *
 * @internal
 */
export function paymentOf(
  rate: Decimal,
  periods: Decimal,
  present: Decimal,
  future: Decimal,
  timing: 0 | 1,
): Decimal {
  return future
    .plus(present.times(compound(rate, periods)))
    .neg()
    .div(annuityFactor(rate, periods, timing));
}

/**
 * The rate, number of periods and timing of an annuity function, read and checked.
 *
 * @internal
 */
export function readAnnuity(
  fn: string,
  rate: DecimalInput,
  nper: DecimalInput,
  options: { readonly when?: PaymentTiming },
): { readonly timing: 0 | 1; readonly rate: Decimal; readonly periods: Decimal } {
  const timing = readTiming(fn, options);
  return { timing, rate: readPeriodRate(fn, rate), periods: readPeriodCount(fn, nper) };
}

/**
 * A loan as PMT, IPMT and PPMT read it — rate, periods, timing, pv and fv in one unit, and the
 * period `per` (1 ≤ per ≤ nper) when one is asked about — with the payment that pays it off
 * (Excel PMT), in 60 digits.
 *
 * @throws TownIndicatorsError `INVALID_ARGUMENT` for a `per` outside 1…nper; `DIVISION_BY_ZERO`
 *   when nper is 0; the readers' codes
 * @internal
 */
export function readLoan(
  fn: string,
  rate: DecimalInput,
  nper: DecimalInput,
  pv: AmountInput,
  options: { readonly fv?: AmountInput; readonly when?: PaymentTiming },
  per?: DecimalInput,
): {
  readonly timing: 0 | 1;
  readonly rate: Decimal;
  readonly periods: Decimal;
  readonly period: Decimal | undefined;
  readonly present: Decimal;
  readonly payment: Decimal;
  readonly unit: Unit | undefined;
} {
  const annuity = readAnnuity(fn, rate, nper, options);
  const period = per === undefined ? undefined : readPeriodCount(fn, per, 'per');
  if (period !== undefined && (period.lt(1) || period.gt(annuity.periods))) {
    throw invalidArgumentError(
      fn,
      'per',
      `must be a period from 1 to nper (${annuity.periods.toString()}), got ${period.toString()}`,
      period,
    );
  }
  const { unit, values } = readTvmAmounts(fn, [
    ['pv', pv],
    ['options.fv', options.fv ?? 0],
  ]);
  const [present, future] = values as [Decimal, Decimal];
  if (annuity.periods.isZero()) throw divisionByZeroError(fn, 'nper');
  const payment = paymentOf(annuity.rate, annuity.periods, present, future, annuity.timing);
  return { ...annuity, period, present, payment, unit };
}
