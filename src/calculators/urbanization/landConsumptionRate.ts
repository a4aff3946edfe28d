import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { readYears, requireNonNegative } from '../internal/arguments.js';
import { type NamedOperand, readAllInBaseUnitsOf } from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'landConsumptionRate';
const YEARS = { fn: FN, arg: 'years' } as const;

/**
 * The land consumption rate (土地消耗率, 建成区面积年均扩张率) of SDG indicator 11.3.1: the yearly
 * growth of the built-up area, as a simple (not compound) ratio.
 *
 * Formula: LCR = (presentArea − pastArea) / pastArea / years, correctly rounded to 34
 * significant digits (computed in 60 digits, rounded once).
 *
 * Source: UN SDG 11.3.1 metadata, 2021 revision (the earlier ln-based LCR is superseded).
 * Quantities of any area unit combine (公顷, 亩, 平方公里 …); a plain number next to a quantity
 * is taken to be in that quantity's unit.
 *
 * @param pastArea - built-up area (建成区面积) at the start of the period
 * @param presentArea - built-up area at the end of the period
 * @param years - length of the period in years (> 0, need not be whole)
 * @returns the rate per year as a fraction (`0.02667` = 2.667% a year)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `pastArea` is zero or `years` is zero;
 *   `NON_POSITIVE_BASE` when `pastArea` is negative; `INVALID_ARGUMENT` when `presentArea` is
 *   negative or `years` is negative; `UNIT_MISMATCH` when a quantity is not an area;
 *   `INVALID_NUMBER` for an input that is not a number (`years` included)
 * @example
 * ```ts
 * roundHalfUp(landConsumptionRate(quantity('50', 'km2'), quantity('70', 'km2'), 15), 5).toString();
 * // => '0.02667'
 * ```
 *
 * @category Urbanization
 */
export function landConsumptionRate(
  pastArea: AmountInput,
  presentArea: AmountInput,
  years: DecimalInput,
): Decimal {
  return narrow(
    landConsumptionRateOf(
      FN,
      ['pastArea', pastArea],
      ['presentArea', presentArea],
      readYears(years, YEARS),
    ),
    FN,
  );
}

/**
 * The land consumption rate of {@link landConsumptionRate} for a calling function and its
 * argument names (so `landConsumptionToPopulationGrowth` names `builtUpArea[0]`):
 * (present − past) / (past × years) as a 60-digit {@link WideDecimal}, for the caller to narrow
 * once (or to divide further first).
 *
 * @internal
 */
export function landConsumptionRateOf(
  fn: string,
  past: NamedOperand,
  present: NamedOperand,
  years: Decimal,
): Decimal {
  const { values } = readAllInBaseUnitsOf(fn, 'area', '亩', [past, present]);
  const [first, second] = values as [Decimal, Decimal];
  if (first.isZero()) throw divisionByZeroError(fn, past[0]);
  if (first.lt(0)) throw nonPositiveBaseError(fn, past[0], first);
  requireNonNegative(fn, present[0], second);
  const base = new WideDecimal(first);
  return new WideDecimal(second).minus(base).div(base.times(years));
}
