import { divisionByZeroError, invalidArgumentError } from '../../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireObject } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import {
  type PaymentTiming,
  paymentOf,
  readPeriodRate,
  readTiming,
  readTvmAmounts,
} from '../internal/annuity.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'amortizationSchedule';

/** The most rows a schedule has: 1,200 periods (a hundred years of monthly payments). */
const MAX_ROWS = 1_200;

/**
 * The loan of {@link amortizationSchedule}: Excel's PMT arguments by name.
 *
 * @category Funding
 */
export interface AmortizationInput {
  /** The rate per period (`'0.5%'` a month), above −100 %. */
  readonly rate: DecimalInput;
  /** The number of payments: a whole number from 1 to 1,200. */
  readonly nper: DecimalInput;
  /** The amount of the loan (a quantity fixes the unit of the rows). */
  readonly pv: AmountInput;
  /** The balance after the last payment. Default 0. */
  readonly fv?: AmountInput;
  /** `'end'` (default, Excel type 0) or `'begin'` (type 1). */
  readonly when?: PaymentTiming;
}

/**
 * One row of an {@link amortizationSchedule}: Excel's PMT, IPMT and PPMT of the period, and the
 * balance after its payment, each correctly rounded to 34 significant digits from the exact value.
 *
 * @category Funding
 */
export interface AmortizationRow {
  /** The period, from 1. */
  readonly period: number;
  /** The payment (Excel PMT; negative for a loan received). */
  readonly payment: Decimal;
  /** Its interest part (Excel IPMT). */
  readonly interest: Decimal;
  /** Its principal part (Excel PPMT): payment − interest. */
  readonly principal: Decimal;
  /** The balance after the payment, in the sign of pv: exactly −fv after the last one (0 by default). */
  readonly balance: Decimal;
}

function readRows(value: DecimalInput): number {
  const n = toDecimal(value, { fn: FN, arg: 'input.nper' });
  if (!n.isInteger() || n.lt(0) || n.gt(MAX_ROWS)) {
    throw invalidArgumentError(
      FN,
      'input.nper',
      `must be a whole number of payments from 1 to ${MAX_ROWS}, got ${n.toString()}`,
      n,
    );
  }
  if (n.isZero()) throw divisionByZeroError(FN, 'input.nper');
  return n.toNumber();
}

/**
 * The repayment table of a loan at a constant rate with equal payments (等额本息还款计划表): for
 * each period its payment, interest, principal and the balance left, the last balance exactly zero
 * (or what fv leaves).
 *
 * Formula: the payment is PMT = −(fv + pv·q^n)·r / ((1 + r·t)(q^n − 1)) with q = 1 + r; with
 * F_0 = −pv and F_k = q·F_(k−1) − PMT·(1 + r·t) (the future value after k periods), the interest
 * of period k is F_(k−1)·r (at the beginning: 0 for k = 1, F_(k−1)·r / q after), the principal is
 * PMT − interest, and the balance after payment k is −F_k / (1 + r·t). Every value is computed
 * in 60 digits and rounded once to 34, so the rows equal Excel's PMT, IPMT and PPMT of each
 * period; the last balance is the exact −fv / (1 + r·t), 0 for a loan paid off.
 *
 * Source: Microsoft Excel PMT, IPMT and PPMT; numpy-financial `pmt`, `ipmt`, `ppmt` (the same
 * equation, OASIS OpenFormula §6.12).
 *
 * @param input - `{ rate, nper, pv, fv?, when? }` (see {@link AmortizationInput})
 * @returns the rows, periods 1 to nper, frozen; amounts in the unit of the first quantity among
 *   pv and fv, else plain numbers
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when nper is not a whole number from 1 to 1,200,
 *   `input` is not an object or `when` is bad; `DIVISION_BY_ZERO` when nper is 0;
 *   `NON_POSITIVE_BASE` when 1 + rate ≤ 0; `INVALID_NUMBER` for an amount that is not a number;
 *   `UNIT_MISMATCH` for amounts of different currencies
 * @example
 * ```ts
 * // 8000 over 3 years at 10 % a year (Excel's IPMT example): the last balance is exactly 0.
 * const rows = amortizationSchedule({ rate: '10%', nper: 3, pv: 8000 });
 * rows.map((row) => [row.interest.toFixed(2), row.principal.toFixed(2), row.balance.toFixed(2)]);
 * // => [['-800.00', '-2416.92', '5583.08'], ['-558.31', '-2658.61', '2924.47'], ['-292.45', '-2924.47', '0.00']]
 * ```
 *
 * @category Funding
 */
export function amortizationSchedule(input: AmortizationInput): readonly AmortizationRow[] {
  requireObject(FN, 'input', input, '{ rate, nper, pv, fv?, when? }');
  const timing = readTiming(FN, input);
  const rate = readPeriodRate(FN, input.rate, 'input.rate');
  const rows = readRows(input.nper);
  const { unit, values } = readTvmAmounts(FN, [
    ['input.pv', input.pv],
    ['input.fv', input.fv ?? 0],
  ]);
  const [pv, fv] = values as [Decimal, Decimal];

  const q = new WideDecimal(1).plus(rate);
  const due = new WideDecimal(1).plus(rate.times(timing));
  const payment = paymentOf(rate, new WideDecimal(rows), pv, fv, timing);
  const scale = unit === undefined ? new WideDecimal(1) : new WideDecimal(unit.factor);
  const out = (value: Decimal): Decimal => narrow(value.div(scale), FN);
  const result: AmortizationRow[] = [];
  let future = pv.neg();
  for (let period = 1; period <= rows; period += 1) {
    let interest = future.times(rate);
    if (timing === 1) interest = period === 1 ? new WideDecimal(0) : interest.div(q);
    future = q.times(future).minus(payment.times(due));
    // After the last payment the balance is −fv / (1 + r·t) exactly (F_n = fv by the choice of
    // the payment): the 60-digit recurrence is replaced by the exact value there.
    const balance = period === rows ? fv.neg().div(due) : future.neg().div(due);
    result.push(
      Object.freeze({
        period,
        payment: out(payment),
        interest: out(interest),
        principal: out(payment.minus(interest)),
        balance: out(balance),
      }),
    );
  }
  return Object.freeze(result);
}
