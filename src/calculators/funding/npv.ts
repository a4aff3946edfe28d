import { invalidArgumentError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { toDecimal } from '../../numbers/decimal.js';
import { requireList } from '../../numbers/internal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import {
  type BaseOperands,
  fromBaseUnits,
  namedItems,
  readAllInBaseUnits,
  toAmount,
} from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'npv';
const RATE = { fn: FN, arg: 'rate' } as const;

/**
 * When the first cash flow falls: `'excel'` — one period from now, like Excel's `NPV` (every flow
 * is discounted, the first by one period); `'numpy'` — now, like numpy-financial's `npv` (the
 * first flow is not discounted).
 *
 * @category Funding
 */
export type NpvConvention = 'excel' | 'numpy';

/** Options of {@link npv}. @category Funding */
export interface NpvOptions {
  /**
   * When the first cash flow falls — required, because both conventions are in users' hands and
   * differ by a factor of (1 + rate): `'excel'` discounts the first flow one period, `'numpy'`
   * does not.
   */
  readonly convention: NpvConvention;
}

/**
 * Reads the rate per period and returns its discount base 1 + rate, which must be positive (a rate
 * of −100% or less discounts nothing): `NON_POSITIVE_BASE` otherwise, naming `1 + rate`.
 */
function readDiscountBase(rate: DecimalInput): Decimal {
  const value = toDecimal(rate, RATE);
  const base = value.plus(1);
  if (base.lte(0)) {
    throw nonPositiveBaseError(FN, '1 + rate', base, { arg: 'rate', value: value.toString() });
  }
  return base;
}

/** Reads the `convention` option; a missing or unknown one throws `INVALID_ARGUMENT`. */
function readConvention(fn: string, options: NpvOptions | undefined): NpvConvention {
  const convention = (options as { convention?: unknown } | undefined)?.convention;
  if (convention === 'excel' || convention === 'numpy') return convention;
  const shown = convention === undefined ? 'none' : JSON.stringify(String(convention));
  throw invalidArgumentError(
    fn,
    'options.convention',
    "must be chosen: 'excel' (the first cash flow is one period away and discounted, as in " +
      "Excel NPV) or 'numpy' (the first cash flow is now and not discounted, as in " +
      `numpy-financial npv); got ${shown}`,
    convention,
  );
}

/**
 * The net present value of a series of cash flows at a discount rate (净现值, NPV).
 *
 * Formula: numpy convention NPV = Σ_{t=0..n−1} c_t / (1 + rate)^t; Excel convention
 * NPV = Σ_{t=1..n} c_{t−1} / (1 + rate)^t = numpy NPV / (1 + rate).
 *
 * Source: Microsoft Excel `NPV(rate, value1, …)` and numpy-financial `npv(rate, values)`. The two
 * differ in when the first flow falls, so the caller must choose: for [−40000, 5000, 8000, 12000,
 * 30000] at 8% numpy gives 3065.22 and Excel (over all five values) 2838.17. The sum is computed
 * by Horner's scheme in 60-digit decimals and rounded once, so the result is correctly rounded
 * to 34 significant digits (in the unit of the result). Cash
 * flows may be quantities (converted into the base unit of their dimension; the result is in the
 * unit of the first quantity); a rate may be written `'8%'`.
 *
 * @param rate - the discount rate per period (折现率), a fraction or `'8%'`; must be above −1
 * @param cashflows - the cash flows, one per period, outflows negative (现金流量)
 * @param options - `{ convention: 'excel' | 'numpy' }` (required, see {@link NpvOptions})
 * @returns the net present value: a {@link Quantity} when the flows were quantities, else a
 *   {@link Decimal} (zero for no cash flows)
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when the convention is missing or unknown or
 *   `cashflows` is not a list; `NON_POSITIVE_BASE` when rate ≤ −1 (1 + rate must be positive);
 *   `UNIT_MISMATCH` for cash flows of different dimensions or currencies; `INVALID_NUMBER` for a
 *   rate or cash flow that is not a number
 * @example
 * ```ts
 * const flows = [-40000, 5000, 8000, 12000, 30000];
 * const numpy = npv('8%', flows, { convention: 'numpy' });
 * const excel = npv('8%', flows, { convention: 'excel' });
 * [numpy.toFixed(2), excel.toFixed(2)];
 * // => ['3065.22', '2838.17']
 * ```
 *
 * @category Funding
 */
export function npv<T extends AmountInput>(
  rate: DecimalInput,
  cashflows: readonly T[],
  options: NpvOptions,
): AmountOf<T> {
  const convention = readConvention(FN, options);
  const base = readDiscountBase(rate);
  const { values, unit } = readCashflows(FN, cashflows);
  const value = presentValue(values, new WideDecimal(base), convention === 'excel');
  return toAmount<T>(narrow(fromBaseUnits(value, unit), FN), unit);
}

/**
 * Reads cash flows, one amount per period, into the base unit of the first quantity among them
 * (items named `cashflows[0]` … in messages); shared by {@link npv} and `irr`.
 * Throws `INVALID_ARGUMENT` when `cashflows` is not a list.
 *
 * @internal
 */
export function readCashflows(fn: string, cashflows: readonly AmountInput[]): BaseOperands {
  requireList(fn, 'cashflows', cashflows, 'amounts, one per period');
  return readAllInBaseUnits(fn, namedItems('cashflows', cashflows));
}

/**
 * Σ c_t / base^t by Horner's scheme (from the last flow back), divided once more by `base` when
 * the first flow is one period away; in the precision of `base` (60 digits: a wide decimal).
 */
function presentValue(
  values: readonly Decimal[],
  base: Decimal,
  firstDiscounted: boolean,
): Decimal {
  let value: Decimal = new WideDecimal(0);
  for (let index = values.length - 1; index >= 0; index -= 1) {
    value = value.div(base).plus(values[index] as Decimal);
  }
  return firstDiscounted ? value.div(base) : value;
}
