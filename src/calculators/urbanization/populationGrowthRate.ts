import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { readYears } from '../internal/arguments.js';
import { type NamedOperand, readAllInBaseUnitsOf } from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'populationGrowthRate';
const YEARS = { fn: FN, arg: 'years' } as const;

/**
 * The population growth rate (人口年均增长率, exponential) of SDG indicator 11.3.1.
 *
 * Formula: PGR = ln(presentPopulation / pastPopulation) / years, correctly rounded to 34
 * significant digits (the ratio, the logarithm and the division in 60 digits, rounded once).
 *
 * Source: UN SDG 11.3.1 metadata, 2021 revision (the same exponential rate as World Bank WDI
 * SP.POP.GROW). Quantities in 人 and 万人 combine; a plain number next to a quantity is taken to be
 * in that quantity's unit.
 *
 * @param pastPopulation - population at the start of the period
 * @param presentPopulation - population at the end of the period
 * @param years - length of the period in years (> 0, need not be whole)
 * @returns the rate per year as a fraction (`0.01215` = 1.215% a year); negative when the
 *   population declined
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `pastPopulation` is zero or `years` is
 *   zero; `NON_POSITIVE_BASE` when `pastPopulation` is negative, or when `presentPopulation` is
 *   zero or negative (the ratio has no logarithm); `INVALID_ARGUMENT` when `years` is negative;
 *   `UNIT_MISMATCH` when a quantity is not a population; `INVALID_NUMBER` for an input that is
 *   not a number (`years` included)
 * @example
 * ```ts
 * roundHalfUp(populationGrowthRate(quantity('100', '万人'), quantity('120', '万人'), 15), 5).toString();
 * // => '0.01215'
 * ```
 *
 * @category Urbanization
 */
export function populationGrowthRate(
  pastPopulation: AmountInput,
  presentPopulation: AmountInput,
  years: DecimalInput,
): Decimal {
  return narrow(
    populationGrowthRateOf(
      FN,
      ['pastPopulation', pastPopulation],
      ['presentPopulation', presentPopulation],
      readYears(years, YEARS),
    ),
    FN,
  );
}

/**
 * The population growth rate of {@link populationGrowthRate} for a calling function and its
 * argument names (so `landConsumptionToPopulationGrowth` names `population[0]`):
 * ln(present / past) / years as a 60-digit {@link WideDecimal}, for the caller to narrow once
 * (or to divide further first).
 *
 * @internal
 */
export function populationGrowthRateOf(
  fn: string,
  past: NamedOperand,
  present: NamedOperand,
  years: Decimal,
): Decimal {
  const { values } = readAllInBaseUnitsOf(fn, 'population', '人', [past, present]);
  const [first, second] = values as [Decimal, Decimal];
  if (first.isZero()) throw divisionByZeroError(fn, past[0]);
  if (first.isNegative()) throw nonPositiveBaseError(fn, past[0], first);
  if (second.isZero() || second.isNegative()) {
    throw nonPositiveBaseError(fn, present[0], second);
  }
  return new WideDecimal(second).div(first).ln().div(years);
}
