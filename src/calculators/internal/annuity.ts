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
  return new WideDecimal(1).plus(rate).pow(periods);
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
    .times(compound(rate, periods).minus(1))
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
